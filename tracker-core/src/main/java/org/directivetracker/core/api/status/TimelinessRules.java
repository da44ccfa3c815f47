package org.directivetracker.core.api.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How timeliness is judged: against the working-day calendar, with a due-soon warning counted in working days. A
 * deadline on a day off counts until the end of the next working day.
 *
 * @param calendar           the working days
 * @param dueSoonWorkingDays an open assignment is due soon when its last day is at most this many working days ahead
 */
public record TimelinessRules(WorkingCalendar calendar, int dueSoonWorkingDays) {

    public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 3;

    public TimelinessRules {
        Objects.requireNonNull(calendar, "calendar");
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("the due-soon window cannot be negative: " + dueSoonWorkingDays);
        }
    }

    /** Vietnam's working days as shipped, due soon within 3 working days. */
    public static TimelinessRules standard() {
        return new TimelinessRules(WorkingCalendar.vietnam(), DEFAULT_DUE_SOON_WORKING_DAYS);
    }

    /**
     * Judges one commune's assignment.
     *
     * @param stage       the stage as of {@code asOf}
     * @param deadline    the commune's current deadline
     * @param submittedOn the day of the pending or accepted completion submission, or null when there is none
     * @param asOf        the day the view is read for
     * @return the timeliness, or null for a withdrawn assignment (it counts in no statistic)
     */
    public Timeliness judge(Stage stage, LocalDate deadline, LocalDate submittedOn, LocalDate asOf) {
        switch (stage) {
            case WITHDRAWN:
                return null;
            case COMPLETED:
                return isLate(deadline, submittedOn) ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME;
            case AWAITING_ACCEPTANCE:
                // the commune has done its part: the clock stops at the submission
                return open(deadline, submittedOn.isBefore(asOf) ? submittedOn : asOf);
            default:
                return open(deadline, asOf);
        }
    }

    /** Whether work done on {@code day} is past the deadline (a deadline on a day off reaches the next working day). */
    public boolean isLate(LocalDate deadline, LocalDate day) {
        return day.isAfter(calendar.lastDayFor(deadline));
    }

    /** Working days left until the deadline's last day, counting that day and not {@code asOf}; 0 on it or after. */
    public int workingDaysLeft(LocalDate deadline, LocalDate asOf) {
        return calendar.workingDaysAfter(asOf, calendar.lastDayFor(deadline));
    }

    private Timeliness open(LocalDate deadline, LocalDate asOf) {
        if (isLate(deadline, asOf)) {
            return Timeliness.OVERDUE;
        }
        return workingDaysLeft(deadline, asOf) > dueSoonWorkingDays ? Timeliness.ON_TRACK : Timeliness.DUE_SOON;
    }
}
