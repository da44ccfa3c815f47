package org.directivetracker.core.api.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the reminders found due on a day. Sent by the daily schedule or by the province by hand; sending it again,
 * from this or another instance, records nothing twice.
 *
 * @param runId     the day's reminder stream, {@link #runIdOf(LocalDate)}
 * @param day       the day in the province
 * @param reminders what the views show due on that day
 */
public record RunReminders(@TargetAggregateIdentifier String runId, LocalDate day, List<Reminder> reminders) {

    public RunReminders {
        Objects.requireNonNull(day, "day");
        reminders = List.copyOf(reminders);
        if (!runIdOf(day).equals(runId)) {
            throw new IllegalArgumentException("the reminders of " + day + " go to stream " + runIdOf(day) + ", not " + runId);
        }
    }

    public RunReminders(LocalDate day, List<Reminder> reminders) {
        this(runIdOf(day), day, reminders);
    }

    /** The stream of a day's reminders: apart from every directive's stream. */
    public static String runIdOf(LocalDate day) {
        return "reminders-" + day;
    }
}
