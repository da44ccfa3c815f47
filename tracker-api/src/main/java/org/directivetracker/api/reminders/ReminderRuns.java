package org.directivetracker.api.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.RunReminders;
import org.directivetracker.core.api.value.ProvinceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to a day's run, for the schedule and for the province by hand: finds what is due and records it in the
 * day's reminder stream. Two instances racing for that stream: the loser's append is refused by the stream's
 * sequence, and it runs again against the winner's events, which then adds nothing.
 */
public class ReminderRuns {
    private static final Logger log = LoggerFactory.getLogger(ReminderRuns.class);
    private static final int ATTEMPTS = 5;
    /** Who the schedule acts as in the reminders' stream. */
    public static final String SCHEDULE_ACCOUNT = "lich-nhac-viec";

    private final DueReminders dueReminders;
    private final CommandGateway commands;
    private final Clock clock;

    public ReminderRuns(DueReminders dueReminders, CommandGateway commands, Clock clock) {
        this.dueReminders = dueReminders;
        this.commands = commands;
        this.clock = clock;
    }

    /** What a run found: how many reminders were due that day (recorded once, whoever ran first). */
    public record RunReport(LocalDate date, boolean workingDay, int due) {
    }

    /** The scheduled run of today in the province. */
    public RunReport runToday() {
        return runToday(null);
    }

    public RunReport runToday(Actor actor) {
        return run(LocalDate.now(clock.withZone(ProvinceTime.ZONE)), actor);
    }

    /** The run of {@code day}, by the given account (null: the schedule). */
    public RunReport run(LocalDate day, Actor actor) {
        List<Reminder> due = dueReminders.on(day);
        boolean workingDay = dueReminders.isWorkingDay(day);
        if (due.isEmpty()) {
            return new RunReport(day, workingDay, 0);
        }
        MetaData metaData = actor == null
                ? MetaData.with(MetadataKeys.ACCOUNT, SCHEDULE_ACCOUNT)
                : MetaData.with(MetadataKeys.ACCOUNT, actor.account()).and(MetadataKeys.ROLE, actor.role().name());
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RunReminders(day, due)).andMetaData(metaData));
                log.info("Reminders of {}: {} due", day, due.size());
                return new RunReport(day, true, due.size());
            } catch (ConcurrencyException | AggregateStreamCreationException | CommandExecutionException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                log.debug("Reminders of {}: another run appended first, running again against it", day);
            }
        }
    }

    private static boolean lostARace(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
