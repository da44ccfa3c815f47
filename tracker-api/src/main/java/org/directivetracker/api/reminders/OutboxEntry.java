package org.directivetracker.api.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.reminder.ReminderKind;

/**
 * One message to deliver: a commune's (or a department's) reminders of one day on one channel, as a digest when several
 * fell due together. Holds no address: the contact is looked up when it is sent, so an erased contact is never written to.
 *
 * @param recipientCode the commune's code, or the department's for the reminders of referrals
 * @param deliveredTo   the contacts (by code or {@code account:<name>}, never by address) it already reached, so that
 *                      a retry after one recipient's failure does not write to the others again
 */
public record OutboxEntry(String id, Channel channel, String recipientCode, LocalDate day, List<Item> items, State state,
                          int attempts, Instant notBefore, String lastError, Instant sentAt, String receipt,
                          List<String> deliveredTo) {

    public enum State {
        /** Waiting to be sent (again). */
        PENDING,
        /** Claimed by an instance that is sending it. */
        SENDING,
        SENT,
        /** The last try failed: shown on the operations page. */
        FAILED,
        /** The commune has no address for this channel. */
        NO_CONTACT
    }

    /** Whether it goes to a department (reminders of referrals) rather than a commune. */
    public boolean remindsDepartment() {
        return !items.isEmpty() && items.get(0).kind().remindsDepartment();
    }

    /**
     * One reminder in the message.
     *
     * @param communeCode the commune of the assignment (for a department: whose obstacle it is)
     * @param deadline    the assignment's deadline, or the referral's answer-by date
     */
    public record Item(String reminderId, String directiveId, String directiveTitle, ReminderKind kind, int window,
                       LocalDate deadline, String communeCode) {
    }
}
