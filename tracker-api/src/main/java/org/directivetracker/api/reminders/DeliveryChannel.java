package org.directivetracker.api.reminders;

import java.util.Optional;

import org.directivetracker.api.contacts.Contact;

/** A way out for reminders: e-mail, Zalo or SMS. */
public interface DeliveryChannel {

    Channel channel();

    /** How often it is tried, and how long it waits between tries. */
    ReminderProperties.Retry retry();

    /** The contact's address on this channel, when it has one. */
    Optional<String> recipient(Contact contact);

    /**
     * Sends one outbox entry to one of its recipients. The key travels with it (Message-ID, idempotency key), so a
     * receiver that keeps keys can recognise a repeat after a crash.
     *
     * @param key the entry's id for the commune's (department's) own contact, the entry's id and the account for an
     *            account's own contact: the same on every try
     * @return the receiver's acknowledgement, kept with the entry
     * @throws DeliveryFailedException when the receiver refused or did not answer in time
     */
    String send(OutboxEntry entry, String recipient, String key, ReminderMessages.Text text) throws DeliveryFailedException;

    /** A try that failed; its message names the cause and never the recipient. */
    class DeliveryFailedException extends Exception {
        public DeliveryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
