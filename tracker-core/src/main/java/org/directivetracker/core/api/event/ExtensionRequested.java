package org.directivetracker.core.api.event;

import java.time.LocalDate;

/** The commune asked for a later deadline. */
public record ExtensionRequested(String directiveId, String communeCode, LocalDate currentDeadline, LocalDate proposedDeadline, String reason) implements CommuneEvent {
}
