package org.directivetracker.core.api.event;

/** The commune reported the directive done, waiting for the province's acceptance. */
public record CompletionSubmitted(String directiveId, String communeCode, String summary) implements CommuneEvent {
}
