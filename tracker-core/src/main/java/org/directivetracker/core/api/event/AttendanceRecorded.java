package org.directivetracker.core.api.event;

/** An invited commune was present at the meeting, or absent; the representative is optional. */
public record AttendanceRecorded(String meetingId, String communeCode, boolean present, String representative)
        implements MeetingEvent {
}
