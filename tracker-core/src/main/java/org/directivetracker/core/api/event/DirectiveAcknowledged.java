package org.directivetracker.core.api.event;

/** The commune confirmed it received the directive. */
public record DirectiveAcknowledged(String directiveId, String communeCode) implements CommuneEvent {
}
