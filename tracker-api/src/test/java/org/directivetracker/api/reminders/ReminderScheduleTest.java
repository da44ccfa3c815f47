package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The schedule stopped with the service: what it was delivering is finished, not cut off halfway. */
class ReminderScheduleTest {

    private final CountDownLatch delivering = new CountDownLatch(1);
    private final CountDownLatch mayFinish = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    /** A delivery pass that waits, as one sending a digest to a slow mail server does. */
    private final OutboxDelivery slowDelivery = new OutboxDelivery(null, Map.of(), null, null, Duration.ofMinutes(2),
            Clock.systemUTC(), new SimpleMeterRegistry()) {
        @Override
        public int deliverReady() {
            delivering.countDown();
            try {
                mayFinish.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
                return 0;
            }
            finished.set(true);
            return 1;
        }
    };

    private static ReminderProperties settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("tracker.reminders", ReminderProperties.class).get();
    }

    @Test
    @Timeout(30)
    void aDeliveryUnderWayWhenTheServiceStopsFinishesAndTheStopWaitsForIt() throws Exception {
        ReminderSchedule schedule = new ReminderSchedule(null, slowDelivery,
                settings(Map.of("tracker.reminders.schedule", "false", "tracker.reminders.delivery.poll", "50ms")), null);
        schedule.start();
        assertThat(delivering.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(schedule::stop);
        stopping.start();
        stopping.join(300);
        assertThat(stopping.isAlive()).as("the stop waits for the delivery under way").isTrue();

        mayFinish.countDown();
        stopping.join(10_000);
        assertThat(stopping.isAlive()).isFalse();
        assertThat(interrupted).as("the delivery was interrupted").isFalse();
        assertThat(finished).isTrue();
        assertThat(schedule.isRunning()).isFalse();
    }

    @Test
    @Timeout(30)
    void aStopDoesNotWaitForTheNextDailyRun() throws Exception {
        ReminderSchedule schedule = new ReminderSchedule(null, slowDelivery,
                settings(Map.of("tracker.reminders.delivery.enabled", "false")), null); // the day's run at 07:30
        schedule.start();

        Thread stopping = new Thread(schedule::stop);
        stopping.start();
        stopping.join(ReminderSchedule.STOP_WAIT_SECONDS * 1000L / 4);

        assertThat(stopping.isAlive()).as("the stop waited for a run that was not under way").isFalse();
        assertThat(schedule.isRunning()).isFalse();
    }
}
