package org.directivetracker.core.api.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.value.StatisticsGrouping;

/**
 * The published figures for a span of days: a row per commune (department, field, priority) that had a task due,
 * best on-time rate first, and the province's total. Open tasks are judged on {@code judgedOn}: the span's last day,
 * or today while the span is still running.
 */
public record Statistics(LocalDate from, LocalDate to, StatisticsGrouping by, LocalDate judgedOn, Instant knownAt,
        List<StatisticsRow> rows, StatisticsRow total) {

    public Statistics {
        rows = List.copyOf(rows);
    }

    public Statistics withRows(List<StatisticsRow> named, StatisticsRow namedTotal) {
        return new Statistics(from, to, by, judgedOn, knownAt, named, namedTotal);
    }
}
