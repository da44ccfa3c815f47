package org.directivetracker.core.domain;

/** Scheduling again an id that is already a meeting, with another request id. */
public class MeetingAlreadyScheduledException extends MeetingRuleViolation {

    MeetingAlreadyScheduledException(String meetingId) {
        super("meeting " + meetingId + " has already been scheduled; choose a new id");
    }
}
