package org.directivetracker.core.api.event;

/** The province returned the submission; the commune works on. */
public record CompletionReturned(String directiveId, String communeCode, String reason) implements CommuneEvent {
}
