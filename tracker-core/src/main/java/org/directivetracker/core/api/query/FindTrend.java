package org.directivetracker.core.api.query;

import java.time.LocalDate;

/** The province week by week: the {@code weeks} weeks ending on Sundays up to the one that holds {@code until} (default today). */
public record FindTrend(int weeks, LocalDate until) {
}
