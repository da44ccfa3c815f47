package org.directivetracker.projections.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.query.TrendPoint;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.TaskCounts;

/**
 * The province week by week, each week replayed as of its end (Sunday, province time) from the tasks' histories: a
 * task is replayed to each week's end and judged on its last day; the week still running is judged today, with what
 * is known by today's end. Each directive's figures per week are kept, by the directive's history as the read
 * model's copy holds it: the copy replaces only the directives a batch of events touched, so after a batch only those
 * are replayed again and the weeks are summed anew.
 */
final class WeeklyTrend {

    /** Per week: overdue, due soon, then the four figures over the tasks due in the week. */
    private static final int FIGURES = 6;

    private final TaskCounter counter;
    private Weeks kept;

    WeeklyTrend(StatisticsRules rules) {
        this.counter = new TaskCounter(rules);
    }

    /** The weeks asked and each directive's figures in them, for the directives' histories last seen. */
    private record Weeks(int count, LocalDate today, LocalDate[] ends, Instant[] knownAt, LocalDate[] judgedOn,
            Map<DirectiveTasks, int[]> byDirective) {
    }

    synchronized Trend compute(Collection<DirectiveTasks> directives, int weeks, LocalDate today) {
        Weeks previous = kept != null && kept.count() == weeks && kept.today().equals(today) ? kept : null;
        Weeks current = previous != null ? new Weeks(weeks, today, previous.ends(), previous.knownAt(), previous.judgedOn(),
                new IdentityHashMap<>(directives.size())) : weeks(weeks, today, directives.size());
        int[] sums = new int[weeks * FIGURES];
        for (DirectiveTasks directive : directives) {
            int[] figures = previous == null ? null : previous.byDirective().get(directive);
            if (figures == null) {
                figures = figuresOf(directive, current);
            }
            current.byDirective().put(directive, figures);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += figures[i];
            }
        }
        kept = current;
        List<TrendPoint> points = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            int at = week * FIGURES;
            TaskCounts due = new TaskCounts(sums[at + 2], sums[at + 3], sums[at + 4], sums[at + 5]);
            points.add(new TrendPoint(current.ends()[week], sums[at], sums[at + 1], due.due(), due.completionRate(), due.onTimeRate()));
        }
        return new Trend(points);
    }

    private static Weeks weeks(int weeks, LocalDate today, int directives) {
        LocalDate lastSunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate[] ends = new LocalDate[weeks];
        Instant[] knownAt = new Instant[weeks];
        LocalDate[] judgedOn = new LocalDate[weeks];
        for (int week = 0; week < weeks; week++) {
            ends[week] = lastSunday.minusWeeks(weeks - 1L - week);
            judgedOn[week] = ends[week].isBefore(today) ? ends[week] : today;
            knownAt[week] = endOf(judgedOn[week]);
        }
        return new Weeks(weeks, today, ends, knownAt, judgedOn, new IdentityHashMap<>(directives));
    }

    private int[] figuresOf(DirectiveTasks directive, Weeks weeks) {
        int[] figures = new int[weeks.count() * FIGURES];
        for (AssignmentHistory task : directive.assignments()) {
            for (int week = 0; week < weeks.count(); week++) {
                AssignmentHistory.Known known = task.asKnownAt(weeks.knownAt()[week]);
                if (known == null) {
                    continue;
                }
                int at = week * FIGURES;
                Timeliness timeliness = counter.judge(known, weeks.judgedOn()[week]);
                if (timeliness == Timeliness.OVERDUE) {
                    figures[at]++;
                } else if (timeliness == Timeliness.DUE_SOON) {
                    figures[at + 1]++;
                }
                LocalDate end = weeks.ends()[week];
                switch (counter.figure(known, end.minusDays(6), end, weeks.judgedOn()[week])) {
                    case COMPLETED_ON_TIME -> figures[at + 2]++;
                    case COMPLETED_LATE -> figures[at + 3]++;
                    case OVERDUE -> figures[at + 4]++;
                    case OPEN -> figures[at + 5]++;
                    case NOT_DUE -> { }
                }
            }
        }
        return figures;
    }

    /** The last instant of a day in the province. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant().minusNanos(1);
    }
}
