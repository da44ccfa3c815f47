package org.directivetracker.projections.statistics;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.queryhandling.QueryHandler;
import org.directivetracker.core.api.query.FindStatistics;
import org.directivetracker.core.api.query.FindTrend;
import org.directivetracker.core.api.query.Statistics;
import org.directivetracker.core.api.query.Trend;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.AsOf;
import org.directivetracker.projections.communes.CommuneDirectory;

/**
 * Answers the published rates and the weekly trend from the tasks' histories. A trend is computed once per version
 * of the histories, weeks asked and day: readers between two batches of events share it.
 */
public class StatisticsQueries {

    /** The most weeks a trend reaches back: two years. */
    public static final int MAX_WEEKS = 104;

    private final StatisticsReadModel tasks;
    private final PublishedStatistics statistics;
    private final WeeklyTrend trend;

    public StatisticsQueries(StatisticsReadModel tasks, CommuneDirectory names, StatisticsRules rules) {
        this.tasks = tasks;
        this.statistics = new PublishedStatistics(rules, names);
        this.trend = new WeeklyTrend(rules);
    }

    @QueryHandler
    public Statistics handle(FindStatistics query) {
        LocalDate today = AsOf.orToday(null);
        LocalDate to = query.to() != null ? query.to() : today;
        LocalDate from = query.from() != null ? query.from() : to.withDayOfMonth(1);
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from (" + from + ")");
        }
        StatisticsGrouping by = query.by() != null ? query.by() : StatisticsGrouping.COMMUNE;
        LocalDate judgedOn = to.isBefore(today) ? to : today;
        return statistics.compute(tasks, from, to, by, judgedOn, query.knownAt());
    }

    @QueryHandler
    public Trend handle(FindTrend query) {
        if (query.weeks() < 1 || query.weeks() > MAX_WEEKS) {
            throw new InvalidValueException("weeks", "must be between 1 and " + MAX_WEEKS);
        }
        LocalDate today = AsOf.orToday(query.until());
        return tasks.derived(new TrendAsked(query.weeks(), today),
                directives -> trend.compute(directives, query.weeks(), today));
    }

    private record TrendAsked(int weeks, LocalDate today) {
        TrendAsked {
            Objects.requireNonNull(today);
        }
    }
}
