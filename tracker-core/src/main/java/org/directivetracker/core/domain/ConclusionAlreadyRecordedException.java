package org.directivetracker.core.domain;

/** A conclusion id is used once per meeting. */
public class ConclusionAlreadyRecordedException extends MeetingRuleViolation {

    ConclusionAlreadyRecordedException(String conclusionId) {
        super("conclusion " + conclusionId + " has already been recorded; choose a new id");
    }
}
