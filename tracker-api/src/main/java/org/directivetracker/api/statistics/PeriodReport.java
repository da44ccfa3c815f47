package org.directivetracker.api.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * A reporting period: its figures as frozen when it was closed (null while open), its figures as the events known now
 * give them, and every line where the two differ. A closed period never changes silently: a late event shows here.
 *
 * @param frozen      by grouping, the rows recorded when the period was closed
 * @param current     by grouping, the rows replayed now, open tasks judged on the cut-off day
 * @param differences the lines whose counts changed since the period was closed
 */
public record PeriodReport(String period, LocalDate from, LocalDate to, State state, Instant closedAt, String closedBy,
        String digest, Map<StatisticsGrouping, List<StatisticsRow>> frozen, StatisticsRow frozenTotal,
        Map<StatisticsGrouping, List<StatisticsRow>> current, StatisticsRow currentTotal, List<Difference> differences) {

    public enum State { OPEN, CLOSED }

    /** One line's frozen and current counts, and the change of each figure (current less frozen). */
    public record Difference(StatisticsGrouping by, String key, String name, StatisticsRow frozen, StatisticsRow current,
            int completedOnTime, int completedLate, int overdue, int open) {
    }

    /** The answer to closing a period. */
    public record Closed(String period, LocalDate from, LocalDate to, String digest) {
    }
}
