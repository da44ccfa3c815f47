package org.directivetracker.bench.load;

import org.directivetracker.bench.load.LatencyLog.Figures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoadReportTest {

    @Test
    void canTellTheMedianAndThe99thPercentileByNearestRank() {
        LatencyLog log = new LatencyLog();
        for (int millis = 1; millis <= 200; millis++) {
            log.record("read status", millis, 200);
        }

        Figures figures = log.takeFigures(10).get("read status");

        assertThat(figures.p50()).isEqualTo(100);
        assertThat(figures.p99()).isEqualTo(198);
        assertThat(figures.max()).isEqualTo(200);
    }

    @Test
    void canCountAnswersByClass() {
        LatencyLog log = new LatencyLog();
        log.record("write progress", 5, 200);
        log.record("write progress", 5, 201);
        log.record("write progress", 5, 409);
        log.record("write progress", 5, 500);
        log.record("write progress", 5, 503);
        log.record("write progress", 5, 0);

        Figures figures = log.takeFigures(2).get("write progress");

        assertThat(figures.calls()).isEqualTo(6);
        assertThat(figures.ok()).isEqualTo(2);
        assertThat(figures.clientErrors()).isEqualTo(1);
        assertThat(figures.serverErrors()).isEqualTo(2);
        assertThat(figures.unanswered()).isEqualTo(1);
        assertThat(figures.okPerSecond()).isEqualTo(1.0);
    }

    @Test
    void canStartAfreshOnceTheFiguresAreTaken() {
        LatencyLog log = new LatencyLog();
        log.record("read inbox", 7, 200);
        log.clear();
        log.record("read inbox", 3, 200);

        assertThat(log.takeFigures(1).get("read inbox").calls()).isEqualTo(1);
    }

    @Test
    void canAddTheWritesOfEveryKindPerSecond() {
        LoadReport.Stage stage = stage(Map.of(
                "write progress", figures("write progress", 300, 0, 60),
                "write obstacle", figures("write obstacle", 60, 0, 60),
                "read status", figures("read status", 600, 0, 60)));

        assertThat(stage.writesPerSecond()).isEqualTo(6.0);
    }

    @Test
    void cannotCountALagProbeThatGaveUpAsAServerError() {
        LoadReport.Stage stage = stage(Map.of(
                "read briefing", figures("read briefing", 10, 2, 60),
                "lag inbox", figures("lag inbox", 10, 3, 60)));

        assertThat(stage.serverErrors()).isEqualTo(2);
    }

    @Test
    void canTellTheRatioOfLargeToSmall() {
        assertThat(LoadReport.ratio(20, 26)).isCloseTo(1.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LoadReport.ratio(0, 26)).isNaN();
    }

    @Test
    void cannotTakeARatioOfAHeapThatWasNotRead() {
        assertThat(LoadReport.ratio(Double.NaN, 800)).isNaN();
        assertThat(LoadReport.megabytes(Double.NaN)).isEqualTo("not read");
        assertThat(LoadReport.megabytes(812.4)).isEqualTo("812 MB");
    }

    @Test
    void canStateTheHeapUsedAndWhatACollectionLeft() {
        String report = LoadReport.stage(stage(Map.of("read status", figures("read status", 100, 0, 10))));

        assertThat(report).contains("service heap used: max 100 MB, last 90 MB; held after a collection (old generation): max 60 MB");
    }

    @Test
    void canStateHowLongTheDriverItselfPausedWhileItMeasured() {
        String report = LoadReport.stage(stage(Map.of("read status", figures("read status", 100, 0, 10))));

        assertThat(report).contains("the driver's own collector paused 3 times in the measured time, at most 41 ms, 75 ms in all");
    }

    @Test
    void canPrintRatiosOnlyForWhatBothStagesMeasured() {
        LoadReport.Stage small = stage(Map.of("read status", figures("read status", 100, 0, 10)));
        LoadReport.Stage large = stage(Map.of("read status", figures("read status", 50, 0, 10),
                "read inbox", figures("read inbox", 5, 0, 10)));

        String ratios = LoadReport.ratios(small, large);

        assertThat(ratios).contains("| read status 2xx/s | 10.0 | 5.0 | 0.50 |");
        assertThat(ratios).doesNotContain("read inbox");
    }

    @Test
    void canTellAPacedGroupThatFellBehindItsScheduleFromOneThatKeptIt() {
        LoadReport.Stage stage = stage(Map.of(
                "write progress", figures("write progress", 4_500, 0, 60),  // 75/s
                "write obstacle", figures("write obstacle", 900, 0, 60),    // 15/s
                "write decision", figures("write decision", 6_000, 0, 60),  // the leader's: not paced
                "read status", figures("read status", 1_800, 0, 60),        // 30/s
                "page directive", figures("page directive", 1_200, 0, 60),  // 20/s
                "lag status", figures("lag status", 6_000, 0, 60)));

        String pacing = LoadReport.pacing(stage, 150, 50, 0);

        assertThat(pacing).contains("the chairs' writers made 90.0 of the 150.0 writes/s asked: BEHIND their schedule")
                .contains("the leaders made 50.0 of the 50.0 reads/s asked\n").doesNotContain("auditors");
        assertThat(LoadReport.pacing(stage, 0, 0, 0)).isEmpty();
        assertThat(LoadReport.pacing(stage, 80, 0, 0))
                .contains("the chairs' writers made 90.0 of the 80.0 writes/s asked: AHEAD of their schedule");
    }

    private static LoadReport.Stage stage(Map<String, Figures> figures) {
        return new LoadReport.Stage(10_000, 10_000, 11_000, 1, figures, 100, 90, 60, new DriverPauses.Window(3, 41, 75));
    }

    private static Figures figures(String name, int ok, int serverErrors, double seconds) {
        return new Figures(name, ok + serverErrors, ok, 0, serverErrors, 0, seconds, 1, 2, 3);
    }
}
