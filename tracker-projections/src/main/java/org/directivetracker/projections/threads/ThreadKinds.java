package org.directivetracker.projections.threads;

import org.directivetracker.core.api.reminder.ReminderKind;

/** The kinds of thread entries: a new kind is a constant here, one handler in {@link ThreadsProjection} (a reminder's: {@link ReminderEntries}) and its words in the bundles. */
public final class ThreadKinds {
    public static final String ASSIGNED = "ASSIGNED";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String PROGRESS = "PROGRESS";
    public static final String OBSTACLE_RAISED = "OBSTACLE_RAISED";
    public static final String OBSTACLE_RESOLVED = "OBSTACLE_RESOLVED";
    public static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    public static final String EXTENSION_GRANTED = "EXTENSION_GRANTED";
    public static final String EXTENSION_DENIED = "EXTENSION_DENIED";
    public static final String COMPLETION_SUBMITTED = "COMPLETION_SUBMITTED";
    public static final String COMPLETION_ACCEPTED = "COMPLETION_ACCEPTED";
    public static final String COMPLETION_RETURNED = "COMPLETION_RETURNED";
    public static final String DEADLINE_CHANGED = "DEADLINE_CHANGED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String CLOSED = "CLOSED";
    public static final String MESSAGE = "MESSAGE";
    public static final String URGED = "URGED";
    public static final String OBSTACLE_REFERRED = "OBSTACLE_REFERRED";
    public static final String OBSTACLE_ANSWERED = "OBSTACLE_ANSWERED";
    public static final String OBSTACLE_ESCALATED = "OBSTACLE_ESCALATED";
    public static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";

    /** A reminder's entry: {@code REMINDER_DUE_SOON}, {@code REMINDER_OVERDUE} or {@code REMINDER_REFERRAL_OVERDUE}. */
    public static String reminderOf(ReminderKind kind) {
        return "REMINDER_" + kind.name();
    }

    /** Inbox items of the province, opened and closed by entries. */
    public static final String EXTENSION_ITEM = "EXTENSION";
    public static final String COMPLETION_ITEM = "COMPLETION";

    public static String obstacleItem(String obstacleId) {
        return "OBSTACLE:" + obstacleId;
    }

    private ThreadKinds() {
    }
}
