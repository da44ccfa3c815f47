package org.directivetracker.core.api.reminder;

import java.time.LocalDate;

/**
 * A reminder fell due: what a notification, an e-mail, a Zalo message or an SMS needs to say, and nothing personal.
 * Stored in the day's reminder stream, not the directive's.
 *
 * @param reminderId     the key (assignment or obstacle, window, day), see {@link Reminder#keyOn(LocalDate)}
 * @param day            the day of the run, in the province
 * @param directiveId    the directive
 * @param directiveTitle its title as of the run
 * @param communeCode    the commune of the assignment
 * @param kind           due soon, overdue, or a referral unanswered past its date
 * @param window         working days left, or working days past the deadline's (answer-by date's) last day
 * @param deadline       the commune's deadline, or the referral's answer-by date
 * @param obstacleId     the obstacle, for a referral's reminder; else null
 * @param departmentCode the department reminded, for a referral's reminder; else null
 */
public record ReminderDue(String reminderId, LocalDate day, String directiveId, String directiveTitle, String communeCode,
                          ReminderKind kind, int window, LocalDate deadline, String obstacleId, String departmentCode) {

    /** A reminder of a commune's assignment. */
    public ReminderDue(String reminderId, LocalDate day, String directiveId, String directiveTitle, String communeCode,
                       ReminderKind kind, int window, LocalDate deadline) {
        this(reminderId, day, directiveId, directiveTitle, communeCode, kind, window, deadline, null, null);
    }

    public static ReminderDue of(Reminder reminder, LocalDate day) {
        return new ReminderDue(reminder.keyOn(day), day, reminder.directiveId(), reminder.directiveTitle(),
                reminder.communeCode(), reminder.kind(), reminder.window(), reminder.deadline(), reminder.obstacleId(),
                reminder.departmentCode());
    }

    /** Whom it is for: the department for a referral's reminder, else the commune. */
    public String recipientCode() {
        return kind.remindsDepartment() ? departmentCode : communeCode;
    }
}
