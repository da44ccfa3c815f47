package org.directivetracker.core.api.event;

import org.directivetracker.core.api.value.Priority;

import java.time.LocalDate;

/** The province issued a directive; one CommuneAssigned per commune follows in the same commit. */
public record DirectiveIssued(String directiveId, String title, String description, String reference, String field, Priority priority, LocalDate deadline) implements DirectiveEvent {
}
