package org.directivetracker.api.meetings;

import java.time.Instant;
import java.util.List;

import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.status.MeetingStage;

/** A meeting as {@code GET /api/meetings/{id}} answers it: the meeting's record and its agenda. */
public record MeetingDetail(String id, String title, Instant startsAt, MeetingStage state, List<String> communes,
                            MeetingAgenda agendaDetails, List<MeetingAgenda.Item> agenda,
                            List<MeetingView.Attendance> attendance, List<MeetingView.Conclusion> conclusions,
                            MeetingView.Notice notice) {

    /** The commune's attendance as recorded, or null while none is. */
    public MeetingView.Attendance attendanceOf(String commune) {
        return attendance.stream().filter(a -> a.commune().equals(commune)).findFirst().orElse(null);
    }

    public long presentCount() {
        return attendance.stream().filter(MeetingView.Attendance::present).count();
    }

    static MeetingDetail of(MeetingView meeting, MeetingAgenda agenda) {
        return new MeetingDetail(meeting.id(), meeting.title(), meeting.startsAt(), meeting.state(), meeting.communes(),
                agenda, agenda.communes(), meeting.attendance(), meeting.conclusions(), meeting.notice());
    }
}
