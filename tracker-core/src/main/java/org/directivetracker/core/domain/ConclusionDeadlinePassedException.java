package org.directivetracker.core.domain;

import java.time.LocalDate;

/** A conclusion's new directive would be issued with a deadline that has passed since the conclusion was recorded. */
public class ConclusionDeadlinePassedException extends MeetingRuleViolation {

    ConclusionDeadlinePassedException(String conclusionId, LocalDate deadline, LocalDate today) {
        super("the new directive of conclusion " + conclusionId + " is due " + deadline + ", before today, " + today
                + "; record a new conclusion with a later deadline");
    }
}
