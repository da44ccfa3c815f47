package org.directivetracker.projections.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.FindMeeting;
import org.directivetracker.core.api.query.FindMeetings;
import org.directivetracker.core.api.query.FindPreviousMeeting;
import org.directivetracker.core.api.query.MeetingView;

/** Answers the meetings, the latest start first, and one meeting. */
public class MeetingQueries {

    private static final Comparator<MeetingView> LATEST_FIRST = Comparator.comparing(MeetingView::startsAt)
            .reversed().thenComparing(MeetingView::id);

    private final MeetingsReadModel meetings;

    public MeetingQueries(MeetingsReadModel meetings) {
        this.meetings = meetings;
    }

    @QueryHandler
    public List<MeetingView> handle(FindMeetings query) {
        List<MeetingView> all = new ArrayList<>(meetings.all().values());
        all.sort(LATEST_FIRST);
        return all;
    }

    /** The meeting, or null when none was scheduled under that id. */
    @QueryHandler
    public MeetingView handle(FindMeeting query) {
        return meetings.all().get(query.meetingId());
    }

    /** The meeting that started last before the instant, or null when none did. */
    @QueryHandler
    public MeetingView handle(FindPreviousMeeting query) {
        return meetings.all().values().stream()
                .filter(meeting -> meeting.startsAt().isBefore(query.before()))
                .max(Comparator.comparing(MeetingView::startsAt).thenComparing(MeetingView::id))
                .orElse(null);
    }
}
