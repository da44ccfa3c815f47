package org.directivetracker.core.domain;

/** A conclusion notice states what was concluded: a meeting without conclusions has nothing to give notice of. */
public class NothingConcludedException extends MeetingRuleViolation {

    NothingConcludedException(String meetingId) {
        super("meeting " + meetingId + " has no conclusion yet; record what was concluded before issuing the notice");
    }
}
