package org.directivetracker.core.api.event;

import java.time.LocalDate;
import java.time.Instant;

/** The province accepted the submission made at submittedAt; completion is dated by that submission. */
public record CompletionAccepted(String directiveId, String communeCode, Instant submittedAt, LocalDate deadline, String note) implements CommuneEvent {
}
