package org.directivetracker.core.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting briefing: overdue assignments (longest past the deadline first), then those due soon (nearest deadline
 * first), open obstacles (open longest first), communes ranked by overdue count, and the changes since a date; then the
 * referrals past their answer-by date, per department, the department with the most first.
 */
public record Briefing(
        LocalDate date,
        LocalDate since,
        List<BriefingItem> overdue,
        List<BriefingItem> dueSoon,
        List<ObstacleEntry> obstacles,
        List<CommuneRanking> ranking,
        BriefingChanges changes,
        List<DepartmentReferrals> overdueReferrals) {
}
