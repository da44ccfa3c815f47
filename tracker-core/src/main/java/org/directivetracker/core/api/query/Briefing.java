package org.directivetracker.core.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting briefing: overdue assignments (longest past the deadline first), then those due soon (nearest deadline
 * first), open obstacles (open longest first), communes ranked by overdue count, and the changes since a date; then the
 * referrals past their answer-by date, per department, the department with the most first. {@code totals} counts each
 * list in full, also when a {@link #limitedTo limited} briefing shows only its first rows.
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

    /** A whole briefing: its totals are the sizes of its lists. */
    public Briefing(LocalDate date, LocalDate since, List<BriefingItem> overdue, List<BriefingItem> dueSoon,
            List<ObstacleEntry> obstacles, List<CommuneRanking> ranking, BriefingChanges changes,
            List<DepartmentReferrals> overdueReferrals) {
        this(date, since, overdue, dueSoon, obstacles, ranking, changes, overdueReferrals, new Totals(overdue.size(),
                dueSoon.size(), obstacles.size(), changes.newDirectives().size(), changes.completions().size(),
                changes.obstaclesRaised().size(), changes.obstaclesResolved().size(), changes.extensions().size()));
    }

    /** How many rows each list has in full. */
    public record Totals(int overdue, int dueSoon, int obstacles, int newDirectives, int completions, int obstaclesRaised,
            int obstaclesResolved, int extensions) {
    }

    /**
     * The same briefing with at most {@code rows} rows in each list (the first ones: the most urgent, the oldest
     * obstacle, the first changes), and the same totals. The ranking (one row per commune) and the referrals per
     * department are kept whole.
     */
    public Briefing limitedTo(int rows) {
        BriefingChanges limited = new BriefingChanges(first(changes.newDirectives(), rows), first(changes.completions(), rows),
                first(changes.obstaclesRaised(), rows), first(changes.obstaclesResolved(), rows), first(changes.extensions(), rows));
        return new Briefing(date, since, first(overdue, rows), first(dueSoon, rows), first(obstacles, rows), ranking, limited,
                overdueReferrals, totals);
    }

    /** Whether a list shows fewer rows than it has. */
    public boolean isLimited() {
        return overdue.size() < totals.overdue() || dueSoon.size() < totals.dueSoon() || obstacles.size() < totals.obstacles()
               || changes.newDirectives().size() < totals.newDirectives() || changes.completions().size() < totals.completions()
               || changes.obstaclesRaised().size() < totals.obstaclesRaised()
               || changes.obstaclesResolved().size() < totals.obstaclesResolved() || changes.extensions().size() < totals.extensions();
    }

    private static <T> List<T> first(List<T> rows, int limit) {
        return rows.size() <= limit ? rows : List.copyOf(rows.subList(0, limit));
    }
}
