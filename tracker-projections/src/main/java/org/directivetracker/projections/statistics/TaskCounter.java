package org.directivetracker.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.TaskCounts;

/**
 * Sorts tasks into the four published figures, over the tasks that fell due in a span of days (deadline in it, or
 * completed in it), each task replayed as the events known at an instant left it and judged on a day.
 */
final class TaskCounter {

    /** Where one task stands in a span: not due in it, or one of the four figures. */
    enum Figure { NOT_DUE, COMPLETED_ON_TIME, COMPLETED_LATE, OVERDUE, OPEN }

    private final StatisticsRules rules;

    TaskCounter(StatisticsRules rules) {
        this.rules = rules;
    }

    /**
     * The task's figure for the days {@code from} to {@code to}, judged on {@code judgedOn} with what was known at
     * {@code knownAt} (null: everything). A completion submitted after the day judged did not happen yet on that day.
     */
    Figure figure(AssignmentHistory task, LocalDate from, LocalDate to, LocalDate judgedOn, Instant knownAt) {
        AssignmentHistory.Known known = task.asKnownAt(knownAt);
        if (known == null) {
            return Figure.NOT_DUE;
        }
        return figure(known, from, to, judgedOn);
    }

    Figure figure(AssignmentHistory.Known known, LocalDate from, LocalDate to, LocalDate judgedOn) {
        Timeliness timeliness = judge(known, judgedOn);
        if (timeliness == null) {
            return Figure.NOT_DUE;
        }
        boolean completed = timeliness == Timeliness.COMPLETED_ON_TIME || timeliness == Timeliness.COMPLETED_LATE;
        LocalDate lastDay = rules.lastDayCounted(known.deadline());
        boolean due = within(lastDay, from, to) || completed && within(known.submittedOn(), from, to);
        if (!due) {
            return Figure.NOT_DUE;
        }
        return switch (timeliness) {
            case COMPLETED_ON_TIME -> Figure.COMPLETED_ON_TIME;
            case COMPLETED_LATE -> Figure.COMPLETED_LATE;
            case OVERDUE -> Figure.OVERDUE;
            case ON_TRACK, DUE_SOON -> Figure.OPEN;
        };
    }

    /** The task's timeliness on the day, by today's rules (through the seam); a later submission is not yet made. */
    Timeliness judge(AssignmentHistory.Known known, LocalDate judgedOn) {
        if (known.submittedOn() != null && known.submittedOn().isAfter(judgedOn)) {
            return rules.judge(Stage.IN_PROGRESS, known.deadline(), null, judgedOn);
        }
        return rules.judge(known.stage(), known.deadline(), known.submittedOn(), judgedOn);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Counts of the four figures, added one task at a time. */
    static final class Tally {
        private int onTime;
        private int late;
        private int overdue;
        private int open;

        void add(Figure figure) {
            switch (figure) {
                case COMPLETED_ON_TIME -> onTime++;
                case COMPLETED_LATE -> late++;
                case OVERDUE -> overdue++;
                case OPEN -> open++;
                case NOT_DUE -> { }
            }
        }

        boolean isEmpty() {
            return onTime + late + overdue + open == 0;
        }

        TaskCounts counts() {
            return new TaskCounts(onTime, late, overdue, open);
        }
    }
}
