package org.directivetracker.core.api.query;

import java.util.Collection;
import java.util.Map;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

/** The roll-up of a directive's commune rows: n of m completed, on time, overdue, blocked. */
public record ProgressSummary(
        int assigned,
        int completed,
        int completedOnTime,
        int completedLate,
        int onTrack,
        int dueSoon,
        int overdue,
        int blocked,
        int awaitingAcceptance) {

    public static ProgressSummary of(Collection<CommuneProgressRow> rows) {
        Map<Timeliness, Integer> counts =
                TimelinessCounts.of(rows.stream().map(CommuneProgressRow::timeliness).toList());
        int completedOnTime = counts.get(Timeliness.COMPLETED_ON_TIME);
        int completedLate = counts.get(Timeliness.COMPLETED_LATE);
        int blocked = (int) rows.stream().filter(CommuneProgressRow::blocked).count();
        int awaiting = (int) rows.stream().filter(row -> row.stage() == Stage.AWAITING_ACCEPTANCE).count();
        return new ProgressSummary(rows.size(), completedOnTime + completedLate, completedOnTime, completedLate,
                counts.get(Timeliness.ON_TRACK), counts.get(Timeliness.DUE_SOON), counts.get(Timeliness.OVERDUE),
                blocked, awaiting);
    }
}
