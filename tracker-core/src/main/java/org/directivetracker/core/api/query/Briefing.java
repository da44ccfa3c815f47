package org.directivetracker.core.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting briefing: overdue assignments (longest past the deadline first), then those due soon (nearest deadline
 * first), open obstacles (open longest first), communes ranked by overdue count, and the changes since a date; then the
 * referrals past their answer-by date, per department, the department with the most first. {@code totals} counts each
 * list in full, also when a briefing asked with fewer rows ({@link FindBriefing#rows()}) shows only its first ones.
 */
public record Briefing(
        LocalDate date,
        LocalDate since,
        List<BriefingItem> overdue,
        List<BriefingItem> dueSoon,
        List<ObstacleEntry> obstacles,
        List<CommuneRanking> ranking,
        BriefingChanges changes,
        List<DepartmentReferrals> overdueReferrals,
        Totals totals) {

    /** How many rows each list has in full. */
    public record Totals(int overdue, int dueSoon, int obstacles, int newDirectives, int completions, int obstaclesRaised,
            int obstaclesResolved, int extensions) {
    }

    /** Whether a list shows fewer rows than it has. */
    public boolean isLimited() {
        return overdue.size() < totals.overdue() || dueSoon.size() < totals.dueSoon() || obstacles.size() < totals.obstacles()
               || changes.newDirectives().size() < totals.newDirectives() || changes.completions().size() < totals.completions()
               || changes.obstaclesRaised().size() < totals.obstaclesRaised()
               || changes.obstaclesResolved().size() < totals.obstaclesResolved() || changes.extensions().size() < totals.extensions();
    }
}
