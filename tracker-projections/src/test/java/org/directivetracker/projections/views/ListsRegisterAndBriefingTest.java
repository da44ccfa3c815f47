package org.directivetracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.projections.Scenario.BAC_LIEU;
import static org.directivetracker.projections.Scenario.DEADLINE;
import static org.directivetracker.projections.Scenario.ISSUED;
import static org.directivetracker.projections.Scenario.LANG_TRON;
import static org.directivetracker.projections.Scenario.THOI_BINH;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.BriefingChange;
import org.directivetracker.core.api.query.BriefingItem;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.CommuneRanking;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.WaitingOn;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Directive lists, the registry, the obstacle register and the meeting briefing over a few directives. */
class ListsRegisterAndBriefingTest {

    final ReadModels readModels = new ReadModels();
    final Scenario given = new Scenario();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    @Test
    void aCommuneListSeesOnlyItsDirectivesAndOnlyItsOwnAssignment() {
        given.issue("d-1", LANG_TRON, THOI_BINH);
        given.issue("d-2", THOI_BINH);
        given.report("d-1", LANG_TRON, 60, ISSUED.plusDays(1));
        readModels.deliver(given.events());

        List<DirectiveSummary> forLangTron = readModels.progressQueries.handle(new FindDirectives(LANG_TRON, null, null, null, ISSUED.plusDays(2)));

        assertThat(forLangTron).extracting(DirectiveSummary::id).containsExactly("d-1");
        assertThat(forLangTron.get(0).communes()).extracting(CommuneProgressRow::code).containsExactly(LANG_TRON);
        assertThat(forLangTron.get(0).communes().get(0).percent()).isEqualTo(60);
        assertThat(forLangTron.get(0).summary().assigned()).isEqualTo(1);
        assertThat(readModels.progressQueries.handle(new FindDirectives(null, null, null, null, ISSUED))).hasSize(2);
        assertThat(readModels.progressQueries.handle(new FindDirectives(THOI_BINH, null, Stage.IN_PROGRESS, null, ISSUED))).isEmpty();
        assertThat(readModels.progressQueries.handle(new FindDirectives(null, null, Stage.IN_PROGRESS, null, ISSUED)))
                .extracting(DirectiveSummary::id).containsExactly("d-1");
    }

    @Test
    void filtersDirectivesByTimelinessAsOfTheAskedDate() {
        given.issue("d-soon", "Soon", ISSUED, DEADLINE, LANG_TRON);
        given.issue("d-late", "Late", ISSUED, DEADLINE.minusDays(10), LANG_TRON);
        readModels.deliver(given.events());

        assertThat(readModels.progressQueries.handle(new FindDirectives(LANG_TRON, Timeliness.OVERDUE, null, null, DEADLINE.minusDays(2))))
                .extracting(DirectiveSummary::id).containsExactly("d-late");
        assertThat(readModels.progressQueries.handle(new FindDirectives(LANG_TRON, Timeliness.DUE_SOON, null, null, DEADLINE.minusDays(2))))
                .extracting(DirectiveSummary::id).containsExactly("d-soon");
    }

    @Test
    void searchesWithoutDiacritics() {
        given.issue("d-1", "Nạo vét kênh Láng Tròn", ISSUED, DEADLINE, LANG_TRON);
        given.issue("d-2", "Đo đạc đất đai", ISSUED, DEADLINE, THOI_BINH);
        readModels.deliver(given.events());

        assertThat(readModels.progressQueries.handle(new FindDirectives(null, null, null, "lang tron", ISSUED)))
                .extracting(DirectiveSummary::id).containsExactly("d-1");
        assertThat(readModels.progressQueries.handle(new FindDirectives(null, null, null, "DO DAC", ISSUED)))
                .extracting(DirectiveSummary::id).containsExactly("d-2");
        assertThat(readModels.communeQueries.handle(new FindCommuneRegistry(ISSUED, "lang tron")))
                .extracting(CommuneRegistryEntry::name).containsExactly("Láng Tròn");
        assertThat(readModels.communeQueries.handle(new FindCommuneRegistry(ISSUED, "thoi binh")))
                .extracting(CommuneRegistryEntry::code).containsExactly(THOI_BINH);
    }

    @Test
    void theRegistryCountsEveryCommuneByTimeliness() {
        given.issue("d-1", LANG_TRON, THOI_BINH);
        given.issue("d-2", "Later", ISSUED, DEADLINE.plusDays(30), LANG_TRON);
        Instant submitted = given.submit("d-1", THOI_BINH, DEADLINE.minusDays(5));
        given.accept("d-1", THOI_BINH, submitted, DEADLINE, DEADLINE.minusDays(4));
        readModels.deliver(given.events());

        List<CommuneRegistryEntry> registry = readModels.communeQueries.handle(new FindCommuneRegistry(DEADLINE.plusDays(1), null));

        assertThat(registry).hasSize(64);
        CommuneRegistryEntry langTron = registry.stream().filter(e -> e.code().equals(LANG_TRON)).findFirst().orElseThrow();
        assertThat(langTron.type()).isEqualTo("phuong");
        assertThat(langTron.counts()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(Timeliness.ON_TRACK, 1,
                Timeliness.DUE_SOON, 0, Timeliness.OVERDUE, 1, Timeliness.COMPLETED_ON_TIME, 0, Timeliness.COMPLETED_LATE, 0));
        CommuneRegistryEntry thoiBinh = registry.stream().filter(e -> e.code().equals(THOI_BINH)).findFirst().orElseThrow();
        assertThat(thoiBinh.counts()).containsEntry(Timeliness.COMPLETED_ON_TIME, 1).containsEntry(Timeliness.OVERDUE, 0);
        CommuneRegistryEntry bacLieu = registry.stream().filter(e -> e.code().equals(BAC_LIEU)).findFirst().orElseThrow();
        assertThat(bacLieu.counts().values()).containsOnly(0).hasSize(5);
    }

    @Test
    void theObstacleRegisterFiltersByOpenCategoryAndCommuneAndAgesInDays() {
        given.issue("d-1", LANG_TRON, THOI_BINH);
        given.raise("d-1", LANG_TRON, "o-1", "FUNDING", ISSUED.plusDays(1));
        given.raise("d-1", THOI_BINH, "o-2", "STAFFING", ISSUED.plusDays(3));
        given.raise("d-1", LANG_TRON, "o-3", "FUNDING", ISSUED.plusDays(4));
        given.resolve("d-1", LANG_TRON, "o-3", ISSUED.plusDays(6));
        readModels.deliver(given.events());
        LocalDate asOf = ISSUED.plusDays(11);

        List<ObstacleEntry> open = readModels.obstacleQueries.handle(new FindObstacles(true, null, null, asOf));
        assertThat(open).extracting(ObstacleEntry::obstacleId).containsExactly("o-1", "o-2");
        assertThat(open).extracting(ObstacleEntry::ageDays).containsExactly(10L, 8L);
        assertThat(open.get(0).communeName()).isEqualTo("Láng Tròn");
        assertThat(open.get(0).directiveTitle()).isEqualTo("Directive d-1");

        List<ObstacleEntry> resolved = readModels.obstacleQueries.handle(new FindObstacles(false, null, null, asOf));
        assertThat(resolved).extracting(ObstacleEntry::obstacleId).containsExactly("o-3");
        assertThat(resolved.get(0).ageDays()).isEqualTo(2);
        assertThat(resolved.get(0).resolution()).isEqualTo("resolved o-3");

        assertThat(readModels.obstacleQueries.handle(new FindObstacles(null, "FUNDING", LANG_TRON, asOf)))
                .extracting(ObstacleEntry::obstacleId).containsExactly("o-1", "o-3");
        assertThat(readModels.obstacleQueries.handle(new FindObstacles(true, "STAFFING", LANG_TRON, asOf))).isEmpty();
        // as of a day before o-3 was resolved, it was open, and o-2 did not exist yet two days after issue
        assertThat(readModels.obstacleQueries.handle(new FindObstacles(true, null, null, ISSUED.plusDays(5))))
                .extracting(ObstacleEntry::obstacleId).containsExactly("o-1", "o-2", "o-3");
        assertThat(readModels.obstacleQueries.handle(new FindObstacles(null, null, null, ISSUED.plusDays(2))))
                .extracting(ObstacleEntry::obstacleId).containsExactly("o-1");
    }

    @Test
    void theBriefingRaisesOverdueFirstThenDueSoonObstaclesRankingAndChanges() {
        LocalDate meeting = DEADLINE.plusDays(2);
        given.issue("d-old", "Old", ISSUED, DEADLINE.minusDays(10), LANG_TRON, THOI_BINH); // 12 days overdue at the meeting
        given.issue("d-new", "New", ISSUED, DEADLINE, LANG_TRON);                           // 2 days overdue
        given.issue("d-soon", "Soon", ISSUED, meeting.plusDays(2), BAC_LIEU, THOI_BINH);     // due soon
        given.issue("d-far", "Far", meeting.minusDays(1), meeting.plusDays(60), BAC_LIEU);   // on track, new this week
        given.raise("d-new", LANG_TRON, "o-young", "EQUIPMENT", meeting.minusDays(1));
        given.raise("d-old", THOI_BINH, "o-old", "LEGAL_DOCUMENTS", ISSUED.plusDays(1));
        Instant submitted = given.submit("d-soon", BAC_LIEU, meeting.minusDays(3));
        given.accept("d-soon", BAC_LIEU, submitted, meeting.plusDays(2), meeting.minusDays(2));
        readModels.deliver(given.events());

        Briefing briefing = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7)));

        assertThat(briefing.overdue()).extracting(BriefingItem::directiveId, BriefingItem::communeCode, BriefingItem::daysPastDeadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-old", LANG_TRON, 12L),
                        org.assertj.core.groups.Tuple.tuple("d-old", THOI_BINH, 12L),
                        org.assertj.core.groups.Tuple.tuple("d-new", LANG_TRON, 2L));
        assertThat(briefing.overdue()).allMatch(item -> item.timeliness() == Timeliness.OVERDUE);
        assertThat(briefing.dueSoon()).extracting(BriefingItem::directiveId, BriefingItem::communeCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-soon", THOI_BINH));
        assertThat(briefing.obstacles()).extracting(ObstacleEntry::obstacleId).containsExactly("o-old", "o-young");
        assertThat(briefing.ranking()).extracting(CommuneRanking::rank, CommuneRanking::communeCode, CommuneRanking::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, LANG_TRON, 2), org.assertj.core.groups.Tuple.tuple(2, THOI_BINH, 1));
        assertThat(briefing.changes().newDirectives()).extracting(BriefingChange::directiveId).containsExactly("d-far");
        assertThat(briefing.changes().completions()).extracting(BriefingChange::directiveId, BriefingChange::communeCode, BriefingChange::timeliness)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-soon", BAC_LIEU, Timeliness.COMPLETED_ON_TIME));
        assertThat(briefing.changes().obstaclesRaised()).extracting(BriefingChange::communeName).containsExactly("Láng Tròn");
        assertThat(briefing.changes().obstaclesResolved()).isEmpty();
    }

    @Test
    void anObstacleLeftOpenWhenItsDirectiveIsWithdrawnWaitsOnNoOneFromThatDayInTheRegisterAsInTheBriefing() {
        LocalDate meeting = DEADLINE.plusDays(2);
        given.issue("d-kept", "Kept", ISSUED, DEADLINE, LANG_TRON);
        given.issue("d-withdrawn", "Withdrawn", ISSUED, DEADLINE, THOI_BINH);
        given.raise("d-kept", LANG_TRON, "o-kept", "EQUIPMENT", ISSUED.plusDays(2));
        given.raise("d-withdrawn", THOI_BINH, "o-moot", "FUNDING", ISSUED.plusDays(1));
        given.refer("d-withdrawn", THOI_BINH, "o-moot", "STC", ISSUED.plusDays(2), ISSUED.plusDays(1));
        given.withdraw("d-withdrawn", ISSUED.plusDays(4));
        readModels.deliver(given.events());

        Briefing briefing = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7)));
        assertThat(briefing.obstacles()).extracting(ObstacleEntry::obstacleId).containsExactly("o-kept");
        assertThat(briefing.totals().obstacles()).isEqualTo(1);
        assertThat(briefing.overdueReferrals()).isEmpty();

        assertThat(readModels.obstacleQueries.handle(new FindObstacles(true, null, null, meeting)))
                .extracting(ObstacleEntry::obstacleId).containsExactly("o-kept");
        assertThat(readModels.obstacleQueries.handle(new FindObstacles(true, null, null, meeting, null, "STC"))).isEmpty();
        ObstacleEntry moot = readModels.obstacleQueries.handle(new FindObstacles(false, null, null, meeting)).get(0);
        assertThat(moot.obstacleId()).isEqualTo("o-moot");
        assertThat(moot.directiveEndedAt()).isNotNull();
        assertThat(ProvinceTime.dateOf(moot.directiveEndedAt())).isEqualTo(ISSUED.plusDays(4));
        assertThat(moot.ageDays()).isEqualTo(3);
        assertThat(moot.waitingOn()).isNull();
        assertThat(moot.overdue()).isFalse();
        assertThat(moot.resolvedAt()).isNull();
        assertThat(moot.referredTo()).isEqualTo("STC");

        // the day before it was withdrawn, the department owed its answer, a day late
        ObstacleEntry before = readModels.obstacleQueries.handle(new FindObstacles(true, null, THOI_BINH, ISSUED.plusDays(3))).get(0);
        assertThat(before.waitingOn()).isEqualTo(WaitingOn.DEPARTMENT);
        assertThat(before.overdue()).isTrue();
        assertThat(before.directiveEndedAt()).isNull();
    }

    @Test
    void anObstacleLeftOpenWhenItsDirectiveIsClosedIsNoLongerOpenButOneResolvedBeforeStaysResolved() {
        given.issue("d-closed", "Closed", ISSUED, DEADLINE, LANG_TRON, THOI_BINH);
        given.raise("d-closed", LANG_TRON, "o-left", "STAFFING", ISSUED.plusDays(1));
        given.raise("d-closed", THOI_BINH, "o-done", "FUNDING", ISSUED.plusDays(1));
        given.resolve("d-closed", THOI_BINH, "o-done", ISSUED.plusDays(2));
        given.close("d-closed", ISSUED.plusDays(5), LANG_TRON);
        readModels.deliver(given.events());
        LocalDate asOf = ISSUED.plusDays(9);

        assertThat(readModels.obstacleQueries.handle(new FindObstacles(true, null, null, asOf))).isEmpty();
        List<ObstacleEntry> closed = readModels.obstacleQueries.handle(new FindObstacles(false, null, null, asOf));
        assertThat(closed).extracting(ObstacleEntry::obstacleId).containsExactlyInAnyOrder("o-left", "o-done");
        ObstacleEntry left = closed.stream().filter(entry -> entry.obstacleId().equals("o-left")).findFirst().orElseThrow();
        ObstacleEntry done = closed.stream().filter(entry -> entry.obstacleId().equals("o-done")).findFirst().orElseThrow();
        assertThat(left.ageDays()).isEqualTo(4);
        assertThat(left.directiveEndedAt()).isNotNull();
        assertThat(done.directiveEndedAt()).isNull();
        assertThat(done.resolution()).isEqualTo("resolved o-done");
        assertThat(done.ageDays()).isEqualTo(1);
    }

    @Test
    void aBriefingAskedWithFewerRowsKeepsTheFirstRowsOfEachListAndCountsThemWhole() {
        LocalDate meeting = DEADLINE.plusDays(2);
        given.issue("d-old", "Old", ISSUED, DEADLINE.minusDays(10), LANG_TRON, THOI_BINH);
        given.issue("d-new", "New", ISSUED, DEADLINE, LANG_TRON);
        given.issue("d-this-week", "This week", meeting.minusDays(3), meeting.plusDays(60), BAC_LIEU);
        given.issue("d-today", "Today", meeting, meeting.plusDays(60), BAC_LIEU);
        given.raise("d-new", LANG_TRON, "o-young", "EQUIPMENT", meeting.minusDays(1));
        given.raise("d-old", THOI_BINH, "o-old", "LEGAL_DOCUMENTS", ISSUED.plusDays(1));
        readModels.deliver(given.events());

        Briefing whole = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7)));
        Briefing firstRow = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7), 1));

        assertThat(whole.overdue()).hasSize(3);
        assertThat(whole.changes().newDirectives()).hasSize(2);
        assertThat(whole.isLimited()).isFalse();
        assertThat(firstRow.overdue()).containsExactly(whole.overdue().get(0));
        assertThat(firstRow.obstacles()).containsExactly(whole.obstacles().get(0));
        assertThat(firstRow.changes().newDirectives()).containsExactly(whole.changes().newDirectives().get(0));
        assertThat(firstRow.changes().obstaclesRaised()).containsExactly(whole.changes().obstaclesRaised().get(0));
        assertThat(firstRow.totals()).isEqualTo(whole.totals());
        assertThat(firstRow.totals().overdue()).isEqualTo(3);
        assertThat(firstRow.totals().newDirectives()).isEqualTo(2);
        assertThat(firstRow.totals().obstaclesRaised()).isEqualTo(1);
        assertThat(firstRow.ranking()).isEqualTo(whole.ranking());
        assertThat(firstRow.isLimited()).isTrue();
        assertThat(readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7), 100))).isEqualTo(whole);
    }

    @Test
    void theBriefingsChangesCountFromItsFirstDayAndEachChangeOnceWhenEventsComeAgain() {
        LocalDate meeting = DEADLINE.minusDays(20);
        given.issue("d-before", "Before", meeting.minusDays(8), DEADLINE, LANG_TRON);
        given.issue("d-first-day", "First day", meeting.minusDays(7), DEADLINE, LANG_TRON);
        given.issue("d-yesterday", "Yesterday", meeting.minusDays(1), DEADLINE, THOI_BINH);
        given.issue("d-today", "Today", meeting, DEADLINE, BAC_LIEU);
        given.issue("d-tomorrow", "Tomorrow", meeting.plusDays(1), DEADLINE, BAC_LIEU);
        readModels.deliver(given.events());
        readModels.deliver(given.events()); // redelivered: the same changes, not new ones

        Briefing whole = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7)));
        Briefing twoRows = readModels.briefingQueries.handle(new FindBriefing(meeting, meeting.minusDays(7), 2));

        assertThat(whole.changes().newDirectives()).extracting(BriefingChange::directiveId)
                .containsExactly("d-first-day", "d-yesterday", "d-today");
        assertThat(whole.totals().newDirectives()).isEqualTo(3);
        assertThat(twoRows.changes().newDirectives()).extracting(BriefingChange::directiveId).containsExactly("d-first-day", "d-yesterday");
        assertThat(twoRows.totals().newDirectives()).isEqualTo(3);
        assertThat(readModels.briefingQueries.handle(new FindBriefing(meeting.plusDays(1), meeting.plusDays(1))).totals().newDirectives())
                .isEqualTo(1);
    }
}
