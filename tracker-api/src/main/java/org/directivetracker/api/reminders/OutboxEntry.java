package org.directivetracker.api.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.reminder.ReminderKind;

/**
 * One message to deliver: a commune's reminders of one day on one channel, as a digest when several fell due together.
 * Holds no address: the contact is looked up when it is sent, so an erased contact is never written to.
 */
public record OutboxEntry(String id, Channel channel, String communeCode, LocalDate day, List<Item> items, State state,
                          int attempts, Instant notBefore, String lastError, Instant sentAt, String receipt) {

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

    /** One reminder in the message. */
    public record Item(String reminderId, String directiveId, String directiveTitle, ReminderKind kind, int window,
                       LocalDate deadline) {
    }
}
