package org.directivetracker.core.api.reminder;

/** Why a commune or a department is reminded. */
public enum ReminderKind {
    /** The deadline's last day is a configured number of working days away. */
    DUE_SOON,
    /** The deadline passed; repeated every few working days while the assignment stays open. */
    OVERDUE,
    /** A department has not answered an obstacle referred to it by its answer-by date; repeated like {@link #OVERDUE}. */
    REFERRAL_OVERDUE;

    /** Whether the department an obstacle was referred to is reminded, rather than the commune. */
    public boolean remindsDepartment() {
        return this == REFERRAL_OVERDUE;
    }
}
