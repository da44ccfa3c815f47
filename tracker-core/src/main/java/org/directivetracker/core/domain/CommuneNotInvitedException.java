package org.directivetracker.core.domain;

/** Attendance or a conclusion names a commune the meeting did not invite. */
public class CommuneNotInvitedException extends MeetingRuleViolation {

    CommuneNotInvitedException(String meetingId, String communeCode) {
        super("commune " + communeCode + " is not invited to meeting " + meetingId);
    }
}
