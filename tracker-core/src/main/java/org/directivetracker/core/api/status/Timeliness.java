package org.directivetracker.core.api.status;

import java.time.LocalDate;

/**
 * The government's statistics for assigned tasks: completed on time or late, open within or past the deadline,
 * with a warning when the deadline is within {@link #DUE_SOON_DAYS} days. Always judged as of a date, when a view is
 * read, so a view never goes stale because time passed.
 */
public enum Timeliness {
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    COMPLETED_ON_TIME,
    COMPLETED_LATE;

    public static final int DUE_SOON_DAYS = 3;

    /**
     * Judges one commune's assignment.
     *
     * @param stage       the stage as of {@code asOf}
     * @param deadline    the commune's current deadline
     * @param submittedOn the day of the pending or accepted completion submission, or null when there is none
     * @param asOf        the day the view is read for
     * @return the timeliness, or null for a withdrawn assignment (it counts in no statistic)
     */
    public static Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf) {
        switch (stage) {
            case WITHDRAWN:
                return null;
            case COMPLETED:
                return submittedOn.isAfter(deadline) ? COMPLETED_LATE : COMPLETED_ON_TIME;
            case AWAITING_ACCEPTANCE:
                // the commune has done its part: the clock stops at the submission
                return open(deadline, submittedOn.isBefore(asOf) ? submittedOn : asOf);
            default:
                return open(deadline, asOf);
        }
    }

    private static Timeliness open(LocalDate deadline, LocalDate asOf) {
        if (asOf.isAfter(deadline)) {
            return OVERDUE;
        }
        return asOf.plusDays(DUE_SOON_DAYS).isBefore(deadline) ? ON_TRACK : DUE_SOON;
    }
}
