package org.directivetracker.core.api.event;

/** The province withdrew the directive; nothing more is accepted on it. */
public record DirectiveWithdrawn(String directiveId, String reason) implements DirectiveEvent {
}
