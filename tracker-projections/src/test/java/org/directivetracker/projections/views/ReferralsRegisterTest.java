package org.directivetracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.directivetracker.projections.Scenario.ISSUED;
import static org.directivetracker.projections.Scenario.LANG_TRON;
import static org.directivetracker.projections.Scenario.THOI_BINH;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.DepartmentReferrals;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who owes the next step on each open obstacle, as of any day: the province, a department or the commune. */
class ReferralsRegisterTest {

    final ReadModels readModels = new ReadModels();
    final Scenario given = new Scenario();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    private ObstacleEntry obstacleOn(LocalDate day, String obstacleId) {
        return readModels.obstacleQueries.handle(new FindObstacles(null, null, null, day)).stream()
                .filter(entry -> entry.obstacleId().equals(obstacleId)).findFirst().orElseThrow();
    }

    @Test
    void anObstacleWaitsOnTheProvinceThenTheDepartmentThenTheCommuneThenTheProvinceAgain() {
        given.issue("d-1", LANG_TRON);
        given.raise("d-1", LANG_TRON, "o-1", "LEGAL_DOCUMENTS", ISSUED.plusDays(1));
        given.refer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(12), ISSUED.plusDays(2));
        given.answer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(5));
        given.escalate("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(7));
        readModels.deliver(given.events());

        assertThat(obstacleOn(ISSUED.plusDays(1), "o-1")).extracting(ObstacleEntry::waitingOn, ObstacleEntry::waitingSince,
                ObstacleEntry::referredTo).containsExactly(WaitingOn.PROVINCE, nineOClock(ISSUED.plusDays(1)), null);
        assertThat(obstacleOn(ISSUED.plusDays(3), "o-1")).extracting(ObstacleEntry::waitingOn, ObstacleEntry::waitingSince,
                ObstacleEntry::referredTo, ObstacleEntry::referredToName, ObstacleEntry::answerBy, ObstacleEntry::answer)
                .containsExactly(WaitingOn.DEPARTMENT, nineOClock(ISSUED.plusDays(2)), "SXD", "Sở Xây dựng",
                        ISSUED.plusDays(12), null);
        assertThat(obstacleOn(ISSUED.plusDays(6), "o-1")).extracting(ObstacleEntry::waitingOn, ObstacleEntry::answer)
                .containsExactly(WaitingOn.COMMUNE, "answer of SXD");
        assertThat(obstacleOn(ISSUED.plusDays(8), "o-1")).extracting(ObstacleEntry::waitingOn, ObstacleEntry::waitingSince,
                ObstacleEntry::referredTo).containsExactly(WaitingOn.PROVINCE, nineOClock(ISSUED.plusDays(7)), "SXD");
    }

    @Test
    void aReferralIsOverdueFromTheDayAfterItsAnswerByDateUntilTheDepartmentAnswers() {
        given.issue("d-1", LANG_TRON);
        given.raise("d-1", LANG_TRON, "o-1", "FUNDING", ISSUED);
        given.refer("d-1", LANG_TRON, "o-1", "STC", ISSUED.plusDays(5), ISSUED.plusDays(1));
        given.answer("d-1", LANG_TRON, "o-1", "STC", ISSUED.plusDays(9));
        readModels.deliver(given.events());

        assertThat(obstacleOn(ISSUED.plusDays(5), "o-1").overdue()).isFalse();
        assertThat(obstacleOn(ISSUED.plusDays(6), "o-1").overdue()).isTrue();
        assertThat(obstacleOn(ISSUED.plusDays(9), "o-1").overdue()).isFalse();
    }

    @Test
    void theRegisterFiltersByWhoOwesTheNextStepAndByDepartment() {
        given.issue("d-1", LANG_TRON, THOI_BINH);
        given.raise("d-1", LANG_TRON, "o-raised", "STAFFING", ISSUED);
        given.raise("d-1", LANG_TRON, "o-sxd", "LEGAL_DOCUMENTS", ISSUED);
        given.raise("d-1", THOI_BINH, "o-stc", "FUNDING", ISSUED);
        given.raise("d-1", THOI_BINH, "o-answered", "EQUIPMENT", ISSUED);
        given.refer("d-1", LANG_TRON, "o-sxd", "SXD", ISSUED.plusDays(9), ISSUED.plusDays(1));
        given.refer("d-1", THOI_BINH, "o-stc", "STC", ISSUED.plusDays(9), ISSUED.plusDays(1));
        given.refer("d-1", THOI_BINH, "o-answered", "SXD", ISSUED.plusDays(9), ISSUED.plusDays(1));
        given.answer("d-1", THOI_BINH, "o-answered", "SXD", ISSUED.plusDays(2));
        readModels.deliver(given.events());
        LocalDate asOf = ISSUED.plusDays(3);

        assertThat(ids(new FindObstacles(true, null, null, asOf, WaitingOn.PROVINCE, null))).containsExactly("o-raised");
        assertThat(ids(new FindObstacles(true, null, null, asOf, WaitingOn.DEPARTMENT, null)))
                .containsExactlyInAnyOrder("o-sxd", "o-stc");
        assertThat(ids(new FindObstacles(true, null, null, asOf, WaitingOn.COMMUNE, null))).containsExactly("o-answered");
        assertThat(ids(new FindObstacles(null, null, null, asOf, null, "SXD"))).containsExactlyInAnyOrder("o-sxd", "o-answered");
        assertThat(ids(new FindObstacles(null, null, null, asOf, WaitingOn.DEPARTMENT, "SXD"))).containsExactly("o-sxd");
    }

    @Test
    void aReReferralMovesTheObstacleToTheNewDepartment() {
        given.issue("d-1", LANG_TRON);
        given.raise("d-1", LANG_TRON, "o-1", "LEGAL_DOCUMENTS", ISSUED);
        given.refer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(5), ISSUED.plusDays(1));
        given.refer("d-1", LANG_TRON, "o-1", "SNNMT", ISSUED.plusDays(8), ISSUED.plusDays(2));
        readModels.deliver(given.events());

        assertThat(ids(new FindObstacles(null, null, null, ISSUED.plusDays(3), null, "SXD"))).isEmpty();
        assertThat(ids(new FindObstacles(null, null, null, ISSUED.plusDays(3), null, "SNNMT"))).containsExactly("o-1");
        assertThat(obstacleOn(ISSUED.plusDays(3), "o-1").answerBy()).isEqualTo(ISSUED.plusDays(8));
    }

    @Test
    void aResolvedObstacleWaitsOnNobody() {
        given.issue("d-1", LANG_TRON);
        given.raise("d-1", LANG_TRON, "o-1", "LEGAL_DOCUMENTS", ISSUED);
        given.refer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(2), ISSUED.plusDays(1));
        given.resolve("d-1", LANG_TRON, "o-1", ISSUED.plusDays(4));
        readModels.deliver(given.events());

        ObstacleEntry resolved = obstacleOn(ISSUED.plusDays(5), "o-1");
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.waitingOn()).isNull();
        assertThat(resolved.overdue()).isFalse();
        assertThat(ids(new FindObstacles(null, null, null, ISSUED.plusDays(5), WaitingOn.DEPARTMENT, null))).isEmpty();
    }

    @Test
    void theBriefingListsOverdueReferralsPerDepartmentTheMostOverdueFirst() {
        LocalDate meeting = ISSUED.plusDays(20);
        given.issue("d-1", "One", ISSUED, meeting.plusDays(30), LANG_TRON, THOI_BINH);
        given.raise("d-1", LANG_TRON, "o-1", "LEGAL_DOCUMENTS", ISSUED);
        given.raise("d-1", THOI_BINH, "o-2", "LEGAL_DOCUMENTS", ISSUED.plusDays(1));
        given.raise("d-1", THOI_BINH, "o-3", "FUNDING", ISSUED.plusDays(2));
        given.raise("d-1", LANG_TRON, "o-4", "FUNDING", ISSUED.plusDays(2));
        given.raise("d-1", LANG_TRON, "o-5", "FUNDING", ISSUED.plusDays(2));
        given.refer("d-1", LANG_TRON, "o-1", "SXD", meeting.minusDays(5), ISSUED.plusDays(3));
        given.refer("d-1", THOI_BINH, "o-2", "SXD", meeting.minusDays(1), ISSUED.plusDays(3));
        given.refer("d-1", THOI_BINH, "o-3", "STC", meeting.minusDays(2), ISSUED.plusDays(3));
        given.refer("d-1", LANG_TRON, "o-4", "STC", meeting, ISSUED.plusDays(3));                  // due today: not overdue
        given.refer("d-1", LANG_TRON, "o-5", "SNV", meeting.minusDays(3), ISSUED.plusDays(3));
        given.answer("d-1", LANG_TRON, "o-5", "SNV", ISSUED.plusDays(4));                          // answered: not overdue
        readModels.deliver(given.events());

        Briefing briefing = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7)));

        assertThat(briefing.overdueReferrals()).extracting(DepartmentReferrals::departmentCode,
                DepartmentReferrals::departmentName, referrals -> referrals.overdue().size())
                .containsExactly(tuple("SXD", "Sở Xây dựng", 2), tuple("STC", "Sở Tài chính", 1));
        assertThat(briefing.overdueReferrals().get(0).overdue()).extracting(ObstacleEntry::obstacleId)
                .containsExactly("o-1", "o-2");
    }

    @Test
    void aReferralDeliveredTwiceIsRecordedOnce() {
        given.issue("d-1", LANG_TRON);
        given.raise("d-1", LANG_TRON, "o-1", "LEGAL_DOCUMENTS", ISSUED);
        given.refer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(5), ISSUED.plusDays(1));
        given.answer("d-1", LANG_TRON, "o-1", "SXD", ISSUED.plusDays(2));
        readModels.deliver(given.events());
        readModels.deliver(given.events());

        assertThat(readModels.obstacles.all()).singleElement()
                .satisfies(obstacle -> assertThat(obstacle.steps()).hasSize(2));
    }

    private List<String> ids(FindObstacles query) {
        return readModels.obstacleQueries.handle(query).stream().map(ObstacleEntry::obstacleId).toList();
    }

    private static java.time.Instant nineOClock(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(ProvinceTime.ZONE).toInstant();
    }
}
