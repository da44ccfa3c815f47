package org.directivetracker.core.api.query;

/** Every meeting, the latest start first. Answers a list of {@link MeetingView}. */
public record FindMeetings() {
}
