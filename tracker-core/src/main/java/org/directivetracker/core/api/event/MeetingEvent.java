package org.directivetracker.core.api.event;

/** Something that happened to a meeting, in the meeting's own stream; who did it and when travel as metadata. */
public sealed interface MeetingEvent
        permits MeetingScheduled, AttendanceRecorded, ConclusionRecorded, ConclusionNoticeIssued {

    String meetingId();
}
