package org.directivetracker.core.api.query;

/** One meeting; answers a {@link MeetingView}, or nothing when no such meeting was scheduled. */
public record FindMeeting(String meetingId) {
}
