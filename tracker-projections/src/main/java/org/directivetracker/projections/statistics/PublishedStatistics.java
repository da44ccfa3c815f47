package org.directivetracker.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.StatisticsRow;
import org.directivetracker.core.api.value.TaskCounts;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.PersistentSortedMap;
import org.directivetracker.projections.readmodel.ReadModelCopy;

/**
 * The rates as the government's offices publish them, computed from the tasks' histories: a row per commune,
 * department, field or priority that had a task due, ranked by on-time rate, then completion rate, then key.
 */
final class PublishedStatistics {

    private static final Comparator<StatisticsRow> RANKED = Comparator
            .comparing(StatisticsRow::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StatisticsRow::completionRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StatisticsRow::key);

    private static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0);

    private final TaskCounter counter;
    private final CommuneDirectory names;

    PublishedStatistics(StatisticsRules rules, CommuneDirectory names) {
        this.counter = new TaskCounter(rules);
        this.names = names;
    }

    Statistics compute(Collection<DirectiveTasks> directives, LocalDate from, LocalDate to, StatisticsGrouping by,
            LocalDate judgedOn, Instant knownAt) {
        Asked asked = new Asked(from, to, by, judgedOn, knownAt);
        return statistics(asked, asked.build(directives));
    }

    /** The statistics of the counts per key that the histories' copy keeps for the query (see {@link Asked}). */
    Statistics compute(StatisticsReadModel tasks, LocalDate from, LocalDate to, StatisticsGrouping by, LocalDate judgedOn,
            Instant knownAt) {
        Asked asked = new Asked(from, to, by, judgedOn, knownAt);
        return statistics(asked, tasks.index(asked));
    }

    private Statistics statistics(Asked asked, Map<String, TaskCounts> byKey) {
        List<StatisticsRow> rows = new ArrayList<>(byKey.size());
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int open = 0;
        for (Map.Entry<String, TaskCounts> counts : byKey.entrySet()) {
            rows.add(StatisticsRow.of(counts.getKey(), nameOf(asked.by(), counts.getKey()), counts.getValue()));
            onTime += counts.getValue().completedOnTime();
            late += counts.getValue().completedLate();
            overdue += counts.getValue().overdue();
            open += counts.getValue().open();
        }
        rows.sort(RANKED);
        return new Statistics(asked.from(), asked.to(), asked.by(), asked.judgedOn(), asked.knownAt(), rows,
                StatisticsRow.of("TOTAL", null, new TaskCounts(onTime, late, overdue, open)));
    }

    /**
     * The counts per key (commune, field...) of the tasks due in a query's span, kept with the histories' copy: a
     * changed directive's tasks are taken out as they were counted and counted again as they are.
     */
    private record AskedKey(LocalDate from, LocalDate to, StatisticsGrouping by, LocalDate judgedOn, Instant knownAt) {
    }

    final class Asked implements ReadModelCopy.Index<DirectiveTasks, PersistentSortedMap<String, TaskCounts>> {
        private final AskedKey key;

        Asked(LocalDate from, LocalDate to, StatisticsGrouping by, LocalDate judgedOn, Instant knownAt) {
            this.key = new AskedKey(from, to, by, judgedOn, knownAt);
        }

        LocalDate from() {
            return key.from();
        }

        LocalDate to() {
            return key.to();
        }

        StatisticsGrouping by() {
            return key.by();
        }

        LocalDate judgedOn() {
            return key.judgedOn();
        }

        Instant knownAt() {
            return key.knownAt();
        }

        PersistentSortedMap<String, TaskCounts> build(Collection<DirectiveTasks> directives) {
            PersistentSortedMap<String, TaskCounts> counts = PersistentSortedMap.empty();
            for (DirectiveTasks directive : directives) {
                counts = counted(counts, directive, 1);
            }
            return counts;
        }

        @Override
        public PersistentSortedMap<String, TaskCounts> build(Map<String, DirectiveTasks> values) {
            return build(values.values());
        }

        @Override
        public PersistentSortedMap<String, TaskCounts> update(PersistentSortedMap<String, TaskCounts> counts,
                List<ReadModelCopy.Change<DirectiveTasks>> changes) {
            for (ReadModelCopy.Change<DirectiveTasks> change : changes) {
                counts = counted(counted(counts, change.before(), -1), change.after(), 1);
            }
            return counts;
        }

        private PersistentSortedMap<String, TaskCounts> counted(PersistentSortedMap<String, TaskCounts> counts,
                DirectiveTasks directive, int by) {
            if (directive == null) {
                return counts;
            }
            for (AssignmentHistory task : directive.assignments()) {
                TaskCounter.Figure figure = counter.figure(task, key.from(), key.to(), key.judgedOn(), key.knownAt());
                if (figure == TaskCounter.Figure.NOT_DUE) {
                    continue;
                }
                String group = keyOf(directive, task, key.by());
                TaskCounts was = counts.getOrDefault(group, NONE);
                TaskCounts now = new TaskCounts(was.completedOnTime() + (figure == TaskCounter.Figure.COMPLETED_ON_TIME ? by : 0),
                        was.completedLate() + (figure == TaskCounter.Figure.COMPLETED_LATE ? by : 0),
                        was.overdue() + (figure == TaskCounter.Figure.OVERDUE ? by : 0),
                        was.open() + (figure == TaskCounter.Figure.OPEN ? by : 0));
                counts = now.equals(NONE) ? counts.without(group) : counts.with(group, now);
            }
            return counts;
        }

        private PublishedStatistics statistics() {
            return PublishedStatistics.this;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Asked asked && asked.key.equals(key) && asked.statistics() == statistics();
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
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
