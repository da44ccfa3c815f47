package org.directivetracker.core.api.command;

import org.directivetracker.core.api.Actor;

/**
 * A write on one meeting, in the meeting's own stream. Like a directive's commands, each names who acts and a request
 * id: a retried request adds no event and answers as the first one did.
 */
public sealed interface MeetingCommand
        permits ScheduleMeeting, RecordAttendance, RecordConclusion, IssueConclusionNotice {

    String meetingId();

    Actor actor();

    String requestId();
}
