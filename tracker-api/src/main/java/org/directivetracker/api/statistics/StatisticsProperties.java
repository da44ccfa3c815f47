package org.directivetracker.api.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting periods and the trend ({@code tracker.statistics}).
 *
 * @param cutOffDay  the day of the month a monthly period ends on (e.g. 14: 15/10 to 14/11); past a month's end it
 *                   is that month's last day, so the default, 31, gives calendar months
 * @param trendWeeks how many weeks the trend shows when the caller does not say
 */
@ConfigurationProperties("tracker.statistics")
public record StatisticsProperties(@DefaultValue("31") int cutOffDay, @DefaultValue("12") int trendWeeks) {

    public StatisticsProperties {
        if (cutOffDay < 1 || cutOffDay > 31) {
            throw new IllegalArgumentException("tracker.statistics.cut-off-day must be a day of the month, 1 to 31: " + cutOffDay);
        }
        if (trendWeeks < 1) {
            throw new IllegalArgumentException("tracker.statistics.trend-weeks must be at least 1: " + trendWeeks);
        }
    }
}
