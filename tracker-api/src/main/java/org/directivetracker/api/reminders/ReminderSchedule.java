package org.directivetracker.api.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.directivetracker.core.api.value.ProvinceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the day's reminders at the configured time in the province (or every few minutes in the demo) and delivers the
 * outbox every few seconds. Starts after everything else, stops first, letting the work under way finish.
 */
public class ReminderSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);
    /** How long a stop waits for the work under way; what is left then is claimed again after the lease. */
    static final int STOP_WAIT_SECONDS = 20;

    private final ReminderRuns runs;
    private final OutboxDelivery delivery;
    private final ReminderProperties settings;
    private final Duration every;
    private ThreadPoolTaskScheduler scheduler;

    /** @param every a period instead of the daily time, or null */
    public ReminderSchedule(ReminderRuns runs, OutboxDelivery delivery, ReminderProperties settings, Duration every) {
        this.runs = runs;
        this.delivery = delivery;
        this.settings = settings;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("reminders-");
        // a delivery or a day's run under way when the service stops finishes rather than being interrupted halfway
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // the next daily run is not waited for
        scheduler.initialize();
        if (settings.schedule()) {
            ScheduledFuture<?> ignored = every != null
                    ? scheduler.scheduleWithFixedDelay(this::runToday, Instant.now().plus(every), every)
                    : scheduler.schedule(this::runToday, new CronTrigger(dailyCron(), ProvinceTime.ZONE));
            log.info("Reminders run {}", every != null ? "every " + every : "daily at " + settings.dailyAt() + " province time");
        }
        if (settings.delivery().enabled()) {
            scheduler.scheduleWithFixedDelay(this::deliver, settings.delivery().poll());
        }
    }

    private String dailyCron() {
        return "0 " + settings.dailyAt().getMinute() + " " + settings.dailyAt().getHour() + " * * *";
    }

    private void runToday() {
        try {
            runs.runToday();
        } catch (RuntimeException e) {
            log.warn("The day's reminders could not be recorded; the next run or a run by hand records them", e);
        }
    }

    private void deliver() {
        try {
            delivery.deliverReady();
        } catch (RuntimeException e) {
            log.warn("Delivering the reminders' outbox failed; it is tried again at the next poll", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
