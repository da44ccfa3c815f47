package org.directivetracker.core.api.query;

import java.util.Collection;

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
        int completedOnTime = 0;
        int completedLate = 0;
        int onTrack = 0;
        int dueSoon = 0;
        int overdue = 0;
        int blocked = 0;
        int awaiting = 0;
        for (CommuneProgressRow row : rows) {
            if (row.timeliness() == Timeliness.COMPLETED_ON_TIME) {
                completedOnTime++;
            } else if (row.timeliness() == Timeliness.COMPLETED_LATE) {
                completedLate++;
            } else if (row.timeliness() == Timeliness.ON_TRACK) {
                onTrack++;
            } else if (row.timeliness() == Timeliness.DUE_SOON) {
                dueSoon++;
            } else if (row.timeliness() == Timeliness.OVERDUE) {
                overdue++;
            }
            if (row.blocked()) {
                blocked++;
            }
            if (row.stage() == Stage.AWAITING_ACCEPTANCE) {
                awaiting++;
            }
        }
        return new ProgressSummary(rows.size(), completedOnTime + completedLate, completedOnTime, completedLate,
                onTrack, dueSoon, overdue, blocked, awaiting);
    }
}
