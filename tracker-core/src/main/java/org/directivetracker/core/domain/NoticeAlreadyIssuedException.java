package org.directivetracker.core.domain;

/** The meeting's conclusion notice was issued: its record is closed, and the notice is issued once. */
public class NoticeAlreadyIssuedException extends MeetingRuleViolation {

    NoticeAlreadyIssuedException(String meetingId, String number) {
        super("the conclusion notice " + number + " of meeting " + meetingId
                + " has been issued; the meeting's record is closed");
    }
}
