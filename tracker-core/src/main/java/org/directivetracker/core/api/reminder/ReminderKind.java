package org.directivetracker.core.api.reminder;

/** Why a commune is reminded. */
public enum ReminderKind {
    /** The deadline's last day is a configured number of working days away. */
    DUE_SOON,
    /** The deadline passed; repeated every few working days while the assignment stays open. */
    OVERDUE
}
