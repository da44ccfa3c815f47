package org.directivetracker.core.api.event;

import java.time.LocalDate;

/** A commune was assigned the directive, with its own deadline. */
public record CommuneAssigned(String directiveId, String communeCode, LocalDate deadline) implements CommuneEvent {
}
