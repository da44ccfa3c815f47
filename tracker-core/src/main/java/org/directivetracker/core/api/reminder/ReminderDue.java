package org.directivetracker.core.api.reminder;

import java.time.LocalDate;

/**
 * A reminder fell due: what a notification, an e-mail, a Zalo message or an SMS needs to say, and nothing personal.
 * Stored in the day's reminder stream, not the directive's.
 *
 * @param reminderId     the key (assignment, window, day), see {@link Reminder#keyOn(LocalDate)}
 * @param day            the day of the run, in the province
 * @param directiveId    the directive
 * @param directiveTitle its title as of the run
 * @param communeCode    the commune reminded
 * @param kind           due soon or overdue
 * @param window         working days left, or working days past the deadline's last day
 * @param deadline       the commune's deadline
 */
public record ReminderDue(String reminderId, LocalDate day, String directiveId, String directiveTitle, String communeCode,
                          ReminderKind kind, int window, LocalDate deadline) {

    public static ReminderDue of(Reminder reminder, LocalDate day) {
        return new ReminderDue(reminder.keyOn(day), day, reminder.directiveId(), reminder.directiveTitle(),
                reminder.communeCode(), reminder.kind(), reminder.window(), reminder.deadline());
    }
}
