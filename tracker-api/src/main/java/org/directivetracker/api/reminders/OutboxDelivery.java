package org.directivetracker.api.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.directivetracker.api.contacts.Contact;
import org.directivetracker.api.contacts.ContactRecipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers the outbox: each entry ready now is claimed by this instance, sent on its channel to the addresses the
 * contacts hold at that moment (the commune's or department's own, and its accounts' own; see {@link ContactRecipients}), and marked sent, retried later (the wait doubles each time) or failed after the
 * channel's last try. Logs name entries, never addresses.
 */
public class OutboxDelivery {
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final ReminderOutbox outbox;
    private final Map<Channel, DeliveryChannel> channels;
    private final ContactRecipients recipients;
    private final ReminderMessages messages;
    private final Duration lease;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance = UUID.randomUUID().toString();

    public OutboxDelivery(ReminderOutbox outbox, Map<Channel, DeliveryChannel> channels, ContactRecipients recipients,
                          ReminderMessages messages, Duration lease, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.channels = Map.copyOf(channels);
        this.recipients = recipients;
        this.messages = messages;
        this.lease = lease;
        this.clock = clock;
        this.meters = meters;
        // what the operations page lists as failed, for an alert
        Gauge.builder("tracker.reminders.failed", outbox, box -> box.inState(OutboxEntry.State.FAILED).size())
                .description("reminder deliveries that failed after their last try").register(meters);
    }

    /** One pass over the outbox; answers how many entries it sent. */
    public int deliverReady() {
        int sent = 0;
        for (OutboxEntry entry : outbox.ready(clock.instant(), lease)) {
            DeliveryChannel channel = channels.get(entry.channel());
            if (channel == null || !outbox.claim(entry, instance, clock.instant())) {
                continue;
            }
            if (deliver(entry, channel)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxEntry entry, DeliveryChannel channel) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Contact contact : recipients.of(entry.recipientCode())) {
            channel.recipient(contact).ifPresent(address -> addresses.putIfAbsent(contact.code(), address));
        }
        if (addresses.isEmpty()) {
            outbox.noContact(entry.id());
            count(entry.channel(), "no-contact");
            return false;
        }
        ReminderMessages.Text text = messages.of(entry);
        String receipt = null;
        try {
            for (Map.Entry<String, String> address : addresses.entrySet()) {
                if (entry.deliveredTo().contains(address.getKey())) {
                    continue;
                }
                receipt = channel.send(entry, address.getValue(), keyFor(entry, address.getKey()), text);
                outbox.deliveredTo(entry.id(), address.getKey());
            }
            outbox.sent(entry.id(), clock.instant(), receipt);
            count(entry.channel(), "sent");
            return true;
        } catch (DeliveryChannel.DeliveryFailedException e) {
            int tries = entry.attempts() + 1;
            ReminderProperties.Retry retry = channel.retry();
            if (tries >= retry.attempts()) {
                outbox.failed(entry.id(), e.getMessage(), null);
                count(entry.channel(), "failed");
                log.warn("Reminder {} failed for good after {} tries: {}", entry.id(), tries, e.getMessage());
            } else {
                Instant retryAt = clock.instant().plus(retry.backoff().multipliedBy(1L << Math.min(tries - 1, 20)));
                outbox.failed(entry.id(), e.getMessage(), retryAt);
                count(entry.channel(), "retried");
                log.info("Reminder {} not delivered (try {} of {}), again at {}: {}", entry.id(), tries, retry.attempts(),
                        retryAt, e.getMessage());
            }
            return false;
        }
    }

    /** The entry's id for the commune's (department's) own contact; with the account's name for an account's own. */
    private static String keyFor(OutboxEntry entry, String contactCode) {
        return contactCode.equals(entry.recipientCode()) ? entry.id() : entry.id() + "/" + contactCode;
    }

    private void count(Channel channel, String outcome) {
        meters.counter("tracker.reminders.deliveries", "channel", channel.name(), "outcome", outcome).increment();
    }
}
