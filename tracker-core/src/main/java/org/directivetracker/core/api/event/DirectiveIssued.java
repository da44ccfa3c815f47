package org.directivetracker.core.api.event;

import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;

import java.time.LocalDate;

/**
 * The province issued a directive; one CommuneAssigned per commune follows in the same commit. {@code origin} names
 * the meeting conclusion that issued it; null for a directive issued directly, and in every event stored before
 * meetings existed (they read back with it absent).
 */
public record DirectiveIssued(String directiveId, String title, String description, String reference, String field, Priority priority, LocalDate deadline, Origin origin) implements DirectiveEvent {

    /** A directive issued directly, not from a meeting. */
    public DirectiveIssued(String directiveId, String title, String description, String reference, String field,
                           Priority priority, LocalDate deadline) {
        this(directiveId, title, description, reference, field, priority, deadline, null);
    }
}
