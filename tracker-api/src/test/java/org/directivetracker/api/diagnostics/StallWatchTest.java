package org.directivetracker.api.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StallWatchTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong collectorPauses = new AtomicLong();
    private final List<String> reports = new ArrayList<>();
    private final RequestsInFlight requests = new RequestsInFlight(now::get);
    private final StallWatch watch = new StallWatch(requests,
            new DiagnosticsProperties(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(100)),
            now::get, collectorPauses::get, reports::add);

    @Test
    void logsASlowRequestOnceWithTheLockItWaitsForAndTheStackOfTheThreadHoldingIt() throws Exception {
        ReentrantLock storeLock = new ReentrantLock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            storeLock.lock();
            try {
                held.countDown();
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                storeLock.unlock();
            }
        }, "store-writer");
        holder.start();
        held.await();
        Thread request = new Thread(() -> answer("/api/communes/CM01/status", storeLock), "http-nio-1");
        request.start();
        awaitWaiting(request);

        now.set(millis(1_900));
        watch.tick();
        assertThat(reports).as("under two seconds").isEmpty();

        now.set(millis(2_000));
        watch.tick();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0))
                .contains("1 request(s) running for more than 2000 ms:")
                .contains("GET /api/communes/CM01/status, 2000 ms so far, thread \"http-nio-1\" WAITING on java.util.concurrent.locks.ReentrantLock")
                .contains("held by \"store-writer\"")
                .contains("holding a lock they wait for: thread \"store-writer\" WAITING")
                .contains("at java.util.concurrent.CountDownLatch.await(CountDownLatch.java:")
                .as("below the innermost frames, the service's own: who asked")
                .contains("at org.directivetracker.api.diagnostics.StallWatchTest.filter(")
                .as("the other frames below them counted").containsPattern("\\.\\.\\. \\d+ frames")
                .doesNotContain("stood still");

        now.set(millis(2_100));
        watch.tick();
        assertThat(reports).as("each slow request is reported once").hasSize(1);

        release.countDown();
        request.join(5_000);
        holder.join(5_000);
        assertThat(requests.running()).as("an answered request is no longer in flight").isEmpty();
    }

    @Test
    void saysWhenTheWholeServiceStoodStillAndHowMuchOfThatTheCollectorsPaused() {
        watch.tick();
        now.set(millis(100));
        watch.tick();
        assertThat(reports).as("a tick on time").isEmpty();

        collectorPauses.set(300);
        now.set(millis(100 + 100 + 1_200));
        watch.tick();

        assertThat(reports).containsExactly("the service stood still for about 1200 ms (this watch ran that late); "
                + "the collectors paused it 300 ms in that time");
    }

    @Test
    void aThresholdOfZeroTurnsItsReportOff() throws Exception {
        StallWatch silent = new StallWatch(requests, new DiagnosticsProperties(Duration.ZERO, Duration.ZERO, Duration.ofMillis(100)),
                now::get, collectorPauses::get, reports::add);
        CountDownLatch release = new CountDownLatch(1);
        Thread request = new Thread(() -> answer("/api/briefing", release), "http-nio-2");
        request.start();
        awaitWaiting(request);

        silent.tick();
        now.set(millis(60_000));
        silent.tick();

        assertThat(reports).isEmpty();
        release.countDown();
        request.join(5_000);
    }

    private void answer(String path, ReentrantLock lock) {
        filter(path, () -> {
            lock.lock();
            lock.unlock();
        });
    }

    private void answer(String path, CountDownLatch release) {
        filter(path, () -> {
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void filter(String path, Runnable work) {
        try {
            requests.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), (req, res) -> work.run());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
