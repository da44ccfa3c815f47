package org.directivetracker.core.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.RunReminders;

/**
 * The reminders of one day, in their own stream. It remembers every reminder key it recorded, so a run repeated on the
 * same day adds only what is new; two instances running at once race on the stream's next sequence, and the loser
 * retries against the winner's events (optimistic concurrency is the arbiter).
 */
public class ReminderDay {

    @AggregateIdentifier
    private String runId;
    private final Set<String> recorded = new HashSet<>();

    protected ReminderDay() {
        // Axon creates the day's stream on its first run
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RunReminders command) {
        Set<String> thisRun = new HashSet<>();
        for (Reminder reminder : command.reminders()) {
            String key = reminder.keyOn(command.day());
            if (notYetRecorded(key) && thisRun.add(key)) {
                apply(ReminderDue.of(reminder, command.day()));
            }
        }
    }

    private boolean notYetRecorded(String key) {
        return !recorded.contains(key);
    }

    @EventSourcingHandler
    void on(ReminderDue due) {
        runId = RunReminders.runIdOf(due.day());
        recorded.add(due.reminderId());
    }
}
