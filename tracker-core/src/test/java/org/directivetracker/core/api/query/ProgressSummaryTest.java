package org.directivetracker.core.api.query;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressSummaryTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    private static CommuneProgressRow row(String code, Stage stage, Timeliness timeliness, int openObstacles) {
        return new CommuneProgressRow(code, "Xã " + code, stage, timeliness, 50, DEADLINE, DEADLINE,
                openObstacles > 0, openObstacles, null, null, null, null);
    }

    @Test
    void countsEachRowUnderItsTimelinessAndCompletedAsOnTimePlusLate() {
        ProgressSummary summary = ProgressSummary.of(List.of(
                row("31951", Stage.COMPLETED, Timeliness.COMPLETED_ON_TIME, 0),
                row("32025", Stage.COMPLETED, Timeliness.COMPLETED_ON_TIME, 0),
                row("32191", Stage.COMPLETED, Timeliness.COMPLETED_LATE, 0),
                row("32152", Stage.IN_PROGRESS, Timeliness.ON_TRACK, 0),
                row("32008", Stage.ASSIGNED, Timeliness.DUE_SOON, 0),
                row("32011", Stage.IN_PROGRESS, Timeliness.OVERDUE, 0),
                row("32014", Stage.ASSIGNED, Timeliness.OVERDUE, 0)));

        assertThat(summary).isEqualTo(new ProgressSummary(7, 3, 2, 1, 1, 1, 2, 0, 0));
    }

    @Test
    void countsBlockedAndAwaitingAcceptanceWhateverTheTimeliness() {
        ProgressSummary summary = ProgressSummary.of(List.of(
                row("31951", Stage.AWAITING_ACCEPTANCE, Timeliness.OVERDUE, 2),
                row("32025", Stage.AWAITING_ACCEPTANCE, Timeliness.ON_TRACK, 0),
                row("32191", Stage.IN_PROGRESS, Timeliness.DUE_SOON, 1)));

        assertThat(summary).isEqualTo(new ProgressSummary(3, 0, 0, 0, 1, 1, 1, 2, 2));
    }

    @Test
    void countsAWithdrawnAssignmentAsAssignedButInNoTimeliness() {
        ProgressSummary summary = ProgressSummary.of(List.of(
                row("31951", Stage.WITHDRAWN, null, 0),
                row("32025", Stage.COMPLETED, Timeliness.COMPLETED_LATE, 0)));

        assertThat(summary).isEqualTo(new ProgressSummary(2, 1, 0, 1, 0, 0, 0, 0, 0));
    }
}
