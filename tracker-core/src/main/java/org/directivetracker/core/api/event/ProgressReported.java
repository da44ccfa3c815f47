package org.directivetracker.core.api.event;

/** The commune reported its progress. */
public record ProgressReported(String directiveId, String communeCode, int percent, String note) implements CommuneEvent {
}
