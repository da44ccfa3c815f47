package org.directivetracker.core.domain;

import static org.directivetracker.core.domain.DirectiveTestData.AUDITOR;
import static org.directivetracker.core.domain.DirectiveTestData.DAM_DOI;
import static org.directivetracker.core.domain.DirectiveTestData.LANG_TRON;
import static org.directivetracker.core.domain.DirectiveTestData.LEADER;
import static org.directivetracker.core.domain.DirectiveTestData.NAM_CAN;
import static org.directivetracker.core.domain.DirectiveTestData.NOT_IN_PROVINCE;
import static org.directivetracker.core.domain.DirectiveTestData.NOW;
import static org.directivetracker.core.domain.DirectiveTestData.REGISTRY;
import static org.directivetracker.core.domain.DirectiveTestData.TAN_THANH;
import static org.directivetracker.core.domain.DirectiveTestData.TODAY;
import static org.directivetracker.core.domain.DirectiveTestData.chairOf;
import static org.directivetracker.core.domain.DirectiveTestData.withRequestId;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.IssueConclusionNotice;
import org.directivetracker.core.api.command.RecordAttendance;
import org.directivetracker.core.api.command.RecordConclusion;
import org.directivetracker.core.api.command.ScheduleMeeting;
import org.directivetracker.core.api.event.AttendanceRecorded;
import org.directivetracker.core.api.event.ConclusionNoticeIssued;
import org.directivetracker.core.api.event.ConclusionNoticeIssued.DirectiveToIssue;
import org.directivetracker.core.api.event.ConclusionRecorded;
import org.directivetracker.core.api.event.ConclusionRecorded.DirectiveTerms;
import org.directivetracker.core.api.event.MeetingScheduled;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.NewDirective;
import org.directivetracker.core.api.value.NoticeNumber;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Origin;
import org.directivetracker.core.api.value.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A meeting is scheduled, attended and concluded; its notice closes its record and names the directives to issue. */
class MeetingTest {

    static final String MEETING = "meeting-2026-05-05";
    static final String TITLE = "Họp trực tuyến giao ban tháng 5/2026 với các xã, phường";
    static final Instant STARTS_AT = Instant.parse("2026-05-05T01:30:00Z");
    static final LocalDate NEW_DEADLINE = LocalDate.of(2026, 6, 15);
    static final DirectiveTerms TERMS = new DirectiveTerms("Rà soát hộ nghèo cuối năm",
            "Các xã rà soát danh sách hộ nghèo, cận nghèo và báo cáo về tỉnh.", NEW_DEADLINE,
            List.of(LANG_TRON.value(), NAM_CAN.value()));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(REGISTRY);
        fixture.givenCurrentTime(NOW);
    }

    static ScheduleMeeting schedule(Actor actor, CommuneCode... communes) {
        return new ScheduleMeeting(MEETING, new Title(TITLE), STARTS_AT, List.of(communes), actor, "schedule");
    }

    static MeetingScheduled scheduled() {
        return new MeetingScheduled(MEETING, TITLE, STARTS_AT, List.of(LANG_TRON.value(), TAN_THANH.value(), NAM_CAN.value()));
    }

    static RecordConclusion conclude(String conclusionId, NewDirective newDirective) {
        return new RecordConclusion(MEETING, conclusionId, new Note("Giao các xã rà soát hộ nghèo trước kỳ họp sau."),
                null, null, null, newDirective, LEADER, "conclude-" + conclusionId);
    }

    static NewDirective newDirective(LocalDate deadline, CommuneCode... communes) {
        return new NewDirective(new Title(TERMS.title()), new Description(TERMS.description()), new Deadline(deadline),
                List.of(communes));
    }

    static ConclusionRecorded concluded(String conclusionId, DirectiveTerms terms) {
        return new ConclusionRecorded(MEETING, conclusionId, "Giao các xã rà soát hộ nghèo trước kỳ họp sau.", null, null,
                null, terms);
    }

    static IssueConclusionNotice issueNotice(String requestId) {
        return new IssueConclusionNotice(MEETING, new NoticeNumber("125/TB-UBND"), LEADER, requestId);
    }

    static ConclusionNoticeIssued noticeIssued(DirectiveToIssue... directives) {
        return new ConclusionNoticeIssued(MEETING, "125/TB-UBND", List.of(directives));
    }

    @Test
    void canScheduleAMeetingWithItsCommunes() {
        fixture.givenNoPriorActivity()
               .when(schedule(LEADER, LANG_TRON, TAN_THANH, NAM_CAN))
               .expectEvents(scheduled())
               .expectResultMessagePayload(MEETING);
    }

    @Test
    void cannotScheduleAMeetingWithAnUnknownCommune() {
        fixture.givenNoPriorActivity()
               .when(schedule(LEADER, LANG_TRON, NOT_IN_PROVINCE))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("not a commune of the province"));
    }

    @Test
    void cannotScheduleAMeetingAsACommune() {
        fixture.givenNoPriorActivity()
               .when(schedule(chairOf(LANG_TRON), LANG_TRON))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void canRetryTheSchedulingWithoutASecondEvent() {
        fixture.given(withRequestId(scheduled(), "schedule"))
               .when(schedule(LEADER, LANG_TRON, TAN_THANH, NAM_CAN))
               .expectNoEvents()
               .expectResultMessagePayload(MEETING);
    }

    @Test
    void canRecordAnInvitedCommuneAsPresentWithItsRepresentative() {
        fixture.given(scheduled())
               .when(new RecordAttendance(MEETING, TAN_THANH, true, "Phó Chủ tịch UBND xã Tân Thành", LEADER, "present"))
               .expectEvents(new AttendanceRecorded(MEETING, TAN_THANH.value(), true, "Phó Chủ tịch UBND xã Tân Thành"));
    }

    @Test
    void cannotRecordAttendanceOfACommuneNotInvited() {
        fixture.given(scheduled())
               .when(new RecordAttendance(MEETING, DAM_DOI, true, null, LEADER, "present"))
               .expectNoEvents()
               .expectException(CommuneNotInvitedException.class);
    }

    @Test
    void cannotRecordAttendanceAsAnAuditor() {
        fixture.given(scheduled())
               .when(new RecordAttendance(MEETING, TAN_THANH, false, null, AUDITOR, "absent"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void canRecordAConclusionThatAsksForANewDirective() {
        fixture.given(scheduled())
               .when(conclude("k1", newDirective(NEW_DEADLINE, LANG_TRON, NAM_CAN)))
               .expectEvents(concluded("k1", TERMS))
               .expectResultMessagePayload("k1");
    }

    @Test
    void canRecordAConclusionAboutACommuneAndItsObstacle() {
        RecordConclusion aboutObstacle = new RecordConclusion(MEETING, "k2", new Note("Giao Sở Xây dựng hướng dẫn ngay."),
                "chi-thi-07-2026", LANG_TRON, "vuong-mac-1", null, LEADER, "conclude-k2");
        fixture.given(scheduled())
               .when(aboutObstacle)
               .expectEvents(new ConclusionRecorded(MEETING, "k2", "Giao Sở Xây dựng hướng dẫn ngay.", "chi-thi-07-2026",
                       LANG_TRON.value(), "vuong-mac-1", null));
    }

    @Test
    void cannotRecordAConclusionAboutAnObstacleWithoutItsDirectiveAndCommune() {
        RecordConclusion obstacleAlone = new RecordConclusion(MEETING, "k2", new Note("Giao Sở Xây dựng hướng dẫn."),
                null, null, "vuong-mac-1", null, LEADER, "conclude-k2");
        fixture.given(scheduled())
               .when(obstacleAlone)
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotRecordAConclusionWhoseNewDirectiveIsDueInThePast() {
        fixture.given(scheduled())
               .when(conclude("k1", newDirective(TODAY.minusDays(1), LANG_TRON)))
               .expectNoEvents()
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("must not be in the past"));
    }

    @Test
    void cannotRecordAConclusionWhoseNewDirectiveNamesAnUnknownCommune() {
        fixture.given(scheduled())
               .when(conclude("k1", newDirective(NEW_DEADLINE, NOT_IN_PROVINCE)))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }

    @Test
    void cannotRecordTwoConclusionsUnderOneId() {
        fixture.given(scheduled(), concluded("k1", null))
               .when(conclude("k1", null))
               .expectNoEvents()
               .expectException(ConclusionAlreadyRecordedException.class);
    }

    @Test
    void cannotRecordAConclusionAfterTheNotice() {
        fixture.given(scheduled(), concluded("k1", null), noticeIssued())
               .when(conclude("k2", null))
               .expectNoEvents()
               .expectException(NoticeAlreadyIssuedException.class)
               .expectExceptionMessage(containsString("125/TB-UBND"));
    }

    @Test
    void canIssueTheNoticeNamingEachNewDirectiveUnderAnIdDerivedFromMeetingAndConclusion() {
        Origin origin = new Origin(MEETING, "k2");
        fixture.given(scheduled(), concluded("k1", null), concluded("k2", TERMS))
               .when(issueNotice("notice"))
               .expectEvents(noticeIssued(new DirectiveToIssue("k2", origin.directiveId(), TERMS)));
    }

    @Test
    void canRetryTheNoticeWithoutASecondEvent() {
        ConclusionNoticeIssued notice = noticeIssued();
        fixture.given(scheduled(), concluded("k1", null), withRequestId(notice, "notice"))
               .when(issueNotice("notice"))
               .expectNoEvents()
               .expectResultMessagePayload(notice);
    }

    @Test
    void cannotIssueTheNoticeTwice() {
        fixture.given(scheduled(), concluded("k1", null), withRequestId(noticeIssued(), "notice"))
               .when(issueNotice("notice-again"))
               .expectNoEvents()
               .expectException(NoticeAlreadyIssuedException.class);
    }

    @Test
    void cannotIssueTheNoticeOfAMeetingWithoutConclusions() {
        fixture.given(scheduled())
               .when(issueNotice("notice"))
               .expectNoEvents()
               .expectException(NothingConcludedException.class);
    }

    @Test
    void cannotIssueTheNoticeWhenANewDirectiveHasFallenDueMeanwhile() {
        fixture.given(scheduled(), concluded("k1", TERMS))
               .andGivenCurrentTime(NEW_DEADLINE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
               .when(issueNotice("notice"))
               .expectNoEvents()
               .expectException(ConclusionDeadlinePassedException.class);
    }

    @Test
    void cannotIssueTheNoticeWithANumberThatIsNoNumberAndSymbol() {
        fixture.given(scheduled(), concluded("k1", null))
               .when(new IssueConclusionNotice(MEETING, null, LEADER, "notice"))
               .expectNoEvents()
               .expectException(InvalidValueException.class);
    }
}
