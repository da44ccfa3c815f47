package org.directivetracker.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.communes.CommuneDirectory;

/**
 * The rates as the government's offices publish them, computed from the tasks' histories: a row per commune,
 * department, field or priority that had a task due, ranked by on-time rate, then completion rate, then key.
 */
final class PublishedStatistics {

    private static final Comparator<StatisticsRow> RANKED = Comparator
            .comparing(StatisticsRow::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StatisticsRow::completionRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StatisticsRow::key);

    private final TaskCounter counter;
    private final CommuneDirectory names;

    PublishedStatistics(StatisticsRules rules, CommuneDirectory names) {
        this.counter = new TaskCounter(rules);
        this.names = names;
    }

    Statistics compute(Collection<DirectiveTasks> directives, LocalDate from, LocalDate to, StatisticsGrouping by,
            LocalDate judgedOn, Instant knownAt) {
        Map<String, TaskCounter.Tally> byKey = new TreeMap<>();
        TaskCounter.Tally total = new TaskCounter.Tally();
        for (DirectiveTasks directive : directives) {
            for (AssignmentHistory task : directive.assignments()) {
                TaskCounter.Figure figure = counter.figure(task, from, to, judgedOn, knownAt);
                if (figure != TaskCounter.Figure.NOT_DUE) {
                    byKey.computeIfAbsent(keyOf(directive, task, by), key -> new TaskCounter.Tally()).add(figure);
                    total.add(figure);
                }
            }
        }
        List<StatisticsRow> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, tally) -> rows.add(StatisticsRow.of(key, nameOf(by, key), tally.counts())));
        rows.sort(RANKED);
        return new Statistics(from, to, by, judgedOn, knownAt, rows, StatisticsRow.of("TOTAL", null, total.counts()));
    }

    private static String keyOf(DirectiveTasks directive, AssignmentHistory task, StatisticsGrouping by) {
        return switch (by) {
            case COMMUNE -> task.communeCode;
            case DEPARTMENT -> directive.leadDepartment() == null ? StatisticsGrouping.NO_LEAD_DEPARTMENT : directive.leadDepartment();
            case FIELD -> directive.field() == null || directive.field().isBlank() ? StatisticsGrouping.NO_FIELD : directive.field();
            case PRIORITY -> directive.priority().name();
        };
    }

    /** A commune's name, a field's own words; departments and priorities are worded by the reader's language. */
    private String nameOf(StatisticsGrouping by, String key) {
        return switch (by) {
            case COMMUNE -> names.nameOf(key);
            case FIELD -> key.isEmpty() ? null : key;
            case DEPARTMENT, PRIORITY -> null;
        };
    }
}
