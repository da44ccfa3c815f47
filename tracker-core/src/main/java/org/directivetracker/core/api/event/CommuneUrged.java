package org.directivetracker.core.api.event;

/** The province urged the commune on its open assignment. */
public record CommuneUrged(String directiveId, String communeCode, String note) implements CommuneEvent {
}
