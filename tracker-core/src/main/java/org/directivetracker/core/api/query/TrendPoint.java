package org.directivetracker.core.api.query;

import java.time.LocalDate;

/**
 * The province as of the end of one week (Sunday, province time), replayed from the events known by then: tasks open
 * past their deadline, tasks due soon, and the rates over the tasks that fell due in that week.
 */
public record TrendPoint(LocalDate weekEnding, int overdue, int dueSoon, int due, Double completionRate, Double onTimeRate) {
}
