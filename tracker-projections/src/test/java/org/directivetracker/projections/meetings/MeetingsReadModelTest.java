package org.directivetracker.projections.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionNoticeIssued.DirectiveToIssue;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.MeetingScheduled;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindMeeting;
import org.directivetracker.core.api.query.FindMeetings;
import org.directivetracker.core.api.query.MeetingView;
import org.directivetracker.core.api.status.MeetingStage;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meetings read model, fed a meeting's stream and the directive its notice issued, as the store delivers them. */
class MeetingsReadModelTest {

    static final String MEETING = "meeting-1";
    static final Instant STARTS = Instant.parse("2026-05-05T01:30:00Z");
    static final DirectiveTerms TERMS = new DirectiveTerms("Rà soát hộ nghèo", "Các xã rà soát và báo cáo.",
            LocalDate.of(2026, 6, 15), List.of("31951", "32248"));
    static final Origin ORIGIN = new Origin(MEETING, "k2");

    private final ReadModels readModels = new ReadModels();
    private final MeetingQueries queries = new MeetingQueries(readModels.room.readModel(MeetingsReadModel.REGISTRATION));
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    @AfterEach
    void close() {
        readModels.close();
    }

    private void meetingEvent(long sequence, Object event) {
        events.add(new GenericDomainEventMessage<>("Meeting", MEETING, sequence, event,
                Map.of(MetadataKeys.ACCOUNT, "leader", MetadataKeys.ROLE, "PROVINCE"), UUID.randomUUID().toString(),
                STARTS.plusSeconds(60 * sequence)));
    }

    private void wholeMeeting() {
        meetingEvent(0, new MeetingScheduled(MEETING, "Giao ban tháng 5", STARTS, List.of("32248", "31951", "32025")));
        meetingEvent(1, new AttendanceRecorded(MEETING, "31951", true, "Chủ tịch UBND xã"));
        meetingEvent(2, new AttendanceRecorded(MEETING, "32025", false, null));
        meetingEvent(3, new ConclusionRecorded(MEETING, "k1", "Đôn đốc xã Đất Mũi.", null, "32248", null, null));
        meetingEvent(4, new ConclusionRecorded(MEETING, "k2", "Giao rà soát hộ nghèo.", null, null, null, TERMS));
        meetingEvent(5, new ConclusionNoticeIssued(MEETING, "125/TB-UBND",
                List.of(new DirectiveToIssue("k2", ORIGIN.directiveId(), TERMS))));
        events.add(new GenericDomainEventMessage<>("Directive", ORIGIN.directiveId(), 0,
                new DirectiveIssued(ORIGIN.directiveId(), TERMS.title(), TERMS.description(), null, null, Priority.NORMAL,
                        TERMS.deadline(), ORIGIN), Map.of(MetadataKeys.ACCOUNT, "leader"), UUID.randomUUID().toString(),
                STARTS.plusSeconds(400)));
    }

    @Test
    void canShowAMeetingWithItsAttendanceConclusionsNoticeAndIssuedDirective() {
        wholeMeeting();
        readModels.deliver(events);

        MeetingView meeting = queries.handle(new FindMeeting(MEETING));
        assertThat(meeting.communes()).containsExactly("32248", "31951", "32025");
        assertThat(meeting.state()).isEqualTo(MeetingStage.CONCLUDED);
        assertThat(meeting.attendance()).extracting(MeetingView.Attendance::commune, MeetingView.Attendance::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("31951", true), org.assertj.core.groups.Tuple.tuple("32025", false));
        assertThat(meeting.conclusions()).extracting(MeetingView.Conclusion::id).containsExactly("k1", "k2");
        MeetingView.Conclusion withDirective = meeting.conclusions().get(1);
        assertThat(withDirective.issuedDirectiveId()).isEqualTo(ORIGIN.directiveId());
        assertThat(withDirective.directiveIssued()).isTrue();
        assertThat(withDirective.newDirective().communes()).containsExactly("31951", "32248");
        assertThat(meeting.notice().number()).isEqualTo("125/TB-UBND");
        assertThat(meeting.notice().issuedBy()).isEqualTo("leader");
        assertThat(meeting.notice().directiveIds()).containsExactly(ORIGIN.directiveId());
    }

    @Test
    void canDeliverTheMeetingTwiceWithoutChangingIt() {
        wholeMeeting();
        readModels.deliver(events);
        MeetingView once = queries.handle(new FindMeeting(MEETING));
        readModels.deliver(events);
        assertThat(queries.handle(new FindMeeting(MEETING))).isEqualTo(once);
        assertThat(queries.handle(new FindMeetings())).hasSize(1);
    }

    @Test
    void cannotFindAMeetingBeforeItWasScheduledEvenWhenADirectiveNamesIt() {
        wholeMeeting();
        readModels.deliver(events.subList(events.size() - 1, events.size()));
        assertThat(queries.handle(new FindMeeting(MEETING))).isNull();
        assertThat(queries.handle(new FindMeetings())).isEmpty();
    }

    @Test
    void canKeepTheOriginOfADirectiveInItsSummary() {
        wholeMeeting();
        readModels.deliver(events);
        List<DirectiveSummary> directives = readModels.progressQueries.handle(
                new FindDirectives(null, null, null, null, null));
        assertThat(directives).extracting(DirectiveSummary::origin).containsExactly(ORIGIN);
    }
}
