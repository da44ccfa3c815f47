package org.directivetracker.projections.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.query.TrendPoint;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.TaskCounts;

/**
 * The province week by week, each week replayed as of its end (Sunday, province time) from the tasks' histories, in
 * one pass over the tasks for every week asked: a task is replayed to each week's end and judged on its last day. The
 * week still running is judged today, with everything known by today's end.
 */
final class WeeklyTrend {

    private final TaskCounter counter;

    WeeklyTrend(StatisticsRules rules) {
        this.counter = new TaskCounter(rules);
    }

    Trend compute(Collection<DirectiveTasks> directives, int weeks, LocalDate today) {
        LocalDate lastSunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate[] ends = new LocalDate[weeks];
        Instant[] knownAt = new Instant[weeks];
        LocalDate[] judgedOn = new LocalDate[weeks];
        for (int week = 0; week < weeks; week++) {
            ends[week] = lastSunday.minusWeeks(weeks - 1L - week);
            judgedOn[week] = ends[week].isBefore(today) ? ends[week] : today;
            knownAt[week] = endOf(judgedOn[week]);
        }
        int[] overdue = new int[weeks];
        int[] dueSoon = new int[weeks];
        TaskCounter.Tally[] dueInWeek = new TaskCounter.Tally[weeks];
        for (int week = 0; week < weeks; week++) {
            dueInWeek[week] = new TaskCounter.Tally();
        }
        for (DirectiveTasks directive : directives) {
            for (AssignmentHistory task : directive.assignments()) {
                for (int week = 0; week < weeks; week++) {
                    AssignmentHistory.Known known = task.asKnownAt(knownAt[week]);
                    if (known == null) {
                        continue;
                    }
                    Timeliness timeliness = counter.judge(known, judgedOn[week]);
                    if (timeliness == Timeliness.OVERDUE) {
                        overdue[week]++;
                    } else if (timeliness == Timeliness.DUE_SOON) {
                        dueSoon[week]++;
                    }
                    dueInWeek[week].add(counter.figure(known, ends[week].minusDays(6), ends[week], judgedOn[week]));
                }
            }
        }
        List<TrendPoint> points = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            TaskCounts due = dueInWeek[week].counts();
            points.add(new TrendPoint(ends[week], overdue[week], dueSoon[week], due.due(), due.completionRate(), due.onTimeRate()));
        }
        return new Trend(points);
    }

    /** The last instant of a day in the province. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant().minusNanos(1);
    }
}
