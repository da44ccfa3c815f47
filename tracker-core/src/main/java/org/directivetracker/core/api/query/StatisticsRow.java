package org.directivetracker.core.api.query;

import org.directivetracker.core.api.value.TaskCounts;

/**
 * One commune's, department's, field's or priority's published figures. {@code name} is what a reader sees (the
 * commune's name; null where the caller words the key itself); the rates are fractions, null when nothing fell due.
 */
public record StatisticsRow(String key, String name, int due, int completedOnTime, int completedLate, int overdue, int open,
        Double completionRate, Double onTimeRate) {

    public static StatisticsRow of(String key, String name, TaskCounts counts) {
        return new StatisticsRow(key, name, counts.due(), counts.completedOnTime(), counts.completedLate(), counts.overdue(),
                counts.open(), counts.completionRate(), counts.onTimeRate());
    }

    public TaskCounts counts() {
        return new TaskCounts(completedOnTime, completedLate, overdue, open);
    }

    public StatisticsRow named(String newName) {
        return new StatisticsRow(key, newName, due, completedOnTime, completedLate, overdue, open, completionRate, onTimeRate);
    }
}
