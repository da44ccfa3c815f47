package org.directivetracker.core.api.status;

/**
 * The government's statistics for assigned tasks: completed on time or late, open within or past the deadline,
 * with a warning when the deadline is a few working days away. Always judged as of a date, when a view is read, so a
 * view never goes stale because time passed; {@link TimelinessRules} judges.
 */
public enum Timeliness {
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    COMPLETED_ON_TIME,
    COMPLETED_LATE
}
