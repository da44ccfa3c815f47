package org.directivetracker.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.projections.Scenario.BAC_LIEU;
import static org.directivetracker.projections.Scenario.LANG_TRON;
import static org.directivetracker.projections.Scenario.THOI_BINH;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.status.TimelinessRules;

import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.query.FindStatistics;
import org.directivetracker.core.api.query.FindTrend;
import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.query.TrendPoint;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small province built by hand and its March 2026 figures counted by hand: over the tasks that fell due in March
 * (deadline in it, or completed in it), completed on time / late, open past / within the deadline.
 */
class PublishedStatisticsTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    final ReadModels readModels = new ReadModels();
    final Scenario given = new Scenario();
    final StatisticsQueries queries = new StatisticsQueries(readModels.room.readModel(StatisticsReadModel.REGISTRATION),
            ReadModels.COMMUNES, StatisticsRules.of(TimelinessRules.standard()));

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /**
     * Láng Tròn: d1 on time, d2 completed in March before its April deadline (on time), d4 February's task completed
     * in March (late), d6 submitted and not yet accepted (open within). Thới Bình: d1 late; d5 withdrawn (nowhere);
     * d2 due in April (not counted). Bạc Liêu: d1 overdue; d3 moved to April (not counted); d6 open within.
     */
    @BeforeEach
    void aSmallProvince() {
        given.issue("d1", "Kiểm tra hồ sơ", march(2), march(20), LANG_TRON, THOI_BINH, BAC_LIEU);
        given.accept("d1", LANG_TRON, given.submit("d1", LANG_TRON, march(18)), march(20), march(19));
        given.accept("d1", THOI_BINH, given.submit("d1", THOI_BINH, march(25)), march(20), march(26));

        given.issue("d2", "Báo cáo quý", march(2), LocalDate.of(2026, 4, 15), LANG_TRON, THOI_BINH);
        given.accept("d2", LANG_TRON, given.submit("d2", LANG_TRON, march(10)), LocalDate.of(2026, 4, 15), march(11));

        given.issue("d3", "Rà soát hộ nghèo", march(2), march(10), BAC_LIEU);
        given.extend("d3", BAC_LIEU, march(10), LocalDate.of(2026, 4, 10), march(5), march(8));

        given.issue("d4", "Tổng kết năm", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 28), LANG_TRON);
        given.accept("d4", LANG_TRON, given.submit("d4", LANG_TRON, march(5)), LocalDate.of(2026, 2, 28), march(6));

        given.issue("d5", "Đề án đã lồng ghép", march(2), MARCH_31, THOI_BINH);
        given.log.on(march(20), new DirectiveWithdrawn("d5", "lồng ghép vào d1"));

        given.log.on(march(2), new DirectiveIssued("d6", "Tiêm chủng mở rộng", "Tiêm chủng", "CT-6", "Y tế", Priority.HIGH, MARCH_31));
        given.log.on(march(2), new CommuneAssigned("d6", LANG_TRON, MARCH_31));
        given.log.on(march(2), new CommuneAssigned("d6", BAC_LIEU, MARCH_31));
        given.submit("d6", LANG_TRON, march(30));

        readModels.deliver(given.events());
    }

    Statistics march(StatisticsGrouping by) {
        return queries.handle(new FindStatistics(MARCH_1, MARCH_31, by, null));
    }

    @Test
    void ratesPerCommuneAreOverTheTasksDueInThePeriodRankedByOnTimeRate() {
        Statistics statistics = march(StatisticsGrouping.COMMUNE);

        assertThat(statistics.judgedOn()).isEqualTo(MARCH_31);
        assertThat(statistics.rows()).containsExactly(
                new StatisticsRow(LANG_TRON, "Láng Tròn", 4, 2, 1, 0, 1, 0.75, 0.5),
                new StatisticsRow(THOI_BINH, "Thới Bình", 1, 0, 1, 0, 0, 1.0, 0.0),
                new StatisticsRow(BAC_LIEU, "Bạc Liêu", 2, 0, 0, 1, 1, 0.0, 0.0));
        assertThat(statistics.total()).isEqualTo(new StatisticsRow("TOTAL", null, 7, 2, 2, 1, 2, 0.5714, 0.2857));
    }

    @Test
    void ratesPerFieldPriorityAndDepartment() {
        assertThat(march(StatisticsGrouping.FIELD).rows()).containsExactlyInAnyOrder(
                new StatisticsRow("general", "general", 5, 2, 2, 1, 0, 0.8, 0.4),
                new StatisticsRow("Y tế", "Y tế", 2, 0, 0, 0, 2, 0.0, 0.0));
        assertThat(march(StatisticsGrouping.PRIORITY).rows()).containsExactlyInAnyOrder(
                new StatisticsRow("NORMAL", null, 5, 2, 2, 1, 0, 0.8, 0.4),
                new StatisticsRow("HIGH", null, 2, 0, 0, 0, 2, 0.0, 0.0));
        assertThat(march(StatisticsGrouping.DEPARTMENT).rows()).as("no directive names a lead department yet")
                .containsExactly(new StatisticsRow(StatisticsGrouping.NO_LEAD_DEPARTMENT, null, 7, 2, 2, 1, 2, 0.5714, 0.2857));
    }

    @Test
    void aPeriodReplayedAsOfItsCutOffDoesNotSeeALaterAcceptance() {
        // d6 for Láng Tròn was submitted on 30/03; its acceptance on 02/04 is known only after March
        given.accept("d6", LANG_TRON, given.events().get(given.events().size() - 1).getTimestamp(), MARCH_31, LocalDate.of(2026, 4, 2));
        readModels.deliver(given.events());
        Instant endOfMarch = WeeklyTrend.endOf(MARCH_31);

        StatisticsRow asOfCutOff = row(queries.handle(new FindStatistics(MARCH_1, MARCH_31, StatisticsGrouping.COMMUNE, endOfMarch)), LANG_TRON);
        StatisticsRow asKnownNow = row(march(StatisticsGrouping.COMMUNE), LANG_TRON);

        assertThat(asOfCutOff).isEqualTo(new StatisticsRow(LANG_TRON, "Láng Tròn", 4, 2, 1, 0, 1, 0.75, 0.5));
        assertThat(asKnownNow).isEqualTo(new StatisticsRow(LANG_TRON, "Láng Tròn", 4, 3, 1, 0, 0, 1.0, 0.75));
    }

    @Test
    void aCommuneThatOnlyJustReceivedItsTasksIsNotRankedDown() {
        given.issue("d7", "Việc mới giao", MARCH_31, LocalDate.of(2026, 5, 31), BAC_LIEU, THOI_BINH);
        readModels.deliver(given.events());

        assertThat(march(StatisticsGrouping.COMMUNE).rows()).extracting(StatisticsRow::key, StatisticsRow::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LANG_TRON, 4), org.assertj.core.groups.Tuple.tuple(THOI_BINH, 1),
                        org.assertj.core.groups.Tuple.tuple(BAC_LIEU, 2));
    }

    @Test
    void theTrendReplaysEachWeekAsOfItsEnd() {
        Trend trend = queries.handle(new FindTrend(2, march(22)));

        assertThat(trend.weeks()).containsExactly(
                // by 15/03 nothing was late; d2 was completed on 10/03, the one task due that week
                new TrendPoint(march(15), 0, 0, 1, 1.0, 1.0),
                // by 22/03 d1's deadline (20/03) passed: Láng Tròn on time, Thới Bình and Bạc Liêu overdue
                new TrendPoint(march(22), 2, 0, 3, 0.3333, 0.3333));
    }

    private static StatisticsRow row(Statistics statistics, String key) {
        return statistics.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
