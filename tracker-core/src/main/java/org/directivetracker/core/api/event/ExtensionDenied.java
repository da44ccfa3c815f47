package org.directivetracker.core.api.event;

/** The province denied the open request; the deadline stays. */
public record ExtensionDenied(String directiveId, String communeCode, String reason) implements CommuneEvent {
}
