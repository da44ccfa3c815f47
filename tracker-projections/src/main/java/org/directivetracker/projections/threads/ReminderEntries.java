package org.directivetracker.projections.threads;

import org.axonframework.eventhandling.EventMessage;
import org.directivetracker.core.api.reminder.ReminderDue;

/**
 * The entry a reminder leaves in its assignment's thread. An assignment's reminder tells the commune; a referral's tells
 * the department the obstacle waits on, and the commune sees in its thread that the department was reminded.
 */
final class ReminderEntries {

    private ReminderEntries() {
    }

    static NewEntry of(ReminderDue due, EventMessage<?> message) {
        NewEntry entry = NewEntry.ofReminder(ThreadKinds.reminderOf(due.kind()), due.reminderId(), message).in(due.communeCode())
                .detail("window", due.window()).detail("day", due.day());
        return due.kind().remindsDepartment()
                ? entry.detail("obstacleId", due.obstacleId()).detail("answerBy", due.deadline()).notifiesDepartment(due.departmentCode())
                : entry.detail("deadline", due.deadline()).notifiesCommune();
    }
}
