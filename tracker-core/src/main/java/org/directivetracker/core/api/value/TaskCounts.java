package org.directivetracker.core.api.value;

/**
 * The four figures the government's offices publish over the tasks that fell due in a period: completed on time,
 * completed late, open past the deadline ({@code overdue}) and open within it. Rates are over the tasks due, never
 * over every task assigned, so a unit that just received its work is not ranked down for it.
 */
public record TaskCounts(int completedOnTime, int completedLate, int overdue, int open) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0);

    public TaskCounts {
        if (completedOnTime < 0 || completedLate < 0 || overdue < 0 || open < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }

    /** The tasks that fell due in the period. */
    public int due() {
        return completedOnTime + completedLate + overdue + open;
    }

    public int completed() {
        return completedOnTime + completedLate;
    }

    /** Completed over due, as a fraction rounded to 4 places; null when nothing fell due (no rate to rank by). */
    public Double completionRate() {
        return rate(completed());
    }

    /** Completed on time over due; null when nothing fell due. */
    public Double onTimeRate() {
        return rate(completedOnTime);
    }

    public TaskCounts plus(TaskCounts other) {
        return new TaskCounts(completedOnTime + other.completedOnTime, completedLate + other.completedLate,
                overdue + other.overdue, open + other.open);
    }

    /** These counts less the other's, each figure on its own (may be negative: a difference, not counts). */
    public int[] minus(TaskCounts other) {
        return new int[] {completedOnTime - other.completedOnTime, completedLate - other.completedLate,
                overdue - other.overdue, open - other.open};
    }

    private Double rate(int part) {
        int due = due();
        return due == 0 ? null : Math.round(part * 10_000.0 / due) / 10_000.0;
    }
}
