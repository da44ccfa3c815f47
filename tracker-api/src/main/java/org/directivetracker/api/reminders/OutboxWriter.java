package org.directivetracker.api.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.directivetracker.core.api.reminder.ReminderDue;

/**
 * Turns each recorded reminder into outbox entries, one per enabled channel, before anything is sent. A tracking
 * processor of its own feeds it, so a reminder recorded while the process was down is written after the restart.
 */
@ProcessingGroup(OutboxWriter.PROCESSOR)
public class OutboxWriter {

    public static final String PROCESSOR = "reminder-outbox";

    private final ReminderOutbox outbox;
    private final List<Channel> channels;
    private final QuietHours quietHours;
    private final Duration gather;
    private final Clock clock;

    public OutboxWriter(ReminderOutbox outbox, List<Channel> channels, QuietHours quietHours, Duration gather, Clock clock) {
        this.outbox = outbox;
        this.channels = List.copyOf(channels);
        this.quietHours = quietHours;
        this.gather = gather;
        this.clock = clock;
    }

    @EventHandler
    public void on(ReminderDue due) {
        // a short wait lets the other reminders of the commune's day join the same message
        Instant notBefore = clock.instant().plus(gather);
        for (Channel channel : channels) {
            outbox.add(due, channel, channel.keepsQuietHours() ? quietHours.nextAllowed(notBefore) : notBefore);
        }
    }
}
