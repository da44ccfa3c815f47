package org.directivetracker.core.api.event;

import java.time.LocalDate;
import java.util.List;

/** The province moved the deadline; it applies to the listed communes, those that had not completed. */
public record DeadlineChanged(String directiveId, LocalDate previousDeadline, LocalDate deadline, String reason, List<String> communeCodes) implements DirectiveEvent {
}
