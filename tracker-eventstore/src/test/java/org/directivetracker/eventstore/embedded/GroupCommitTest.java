package org.directivetracker.eventstore.embedded;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private static final int WRITERS = 8;
    private static final int APPENDS_PER_WRITER = 40;

    /** Writes counted in order; a flush makes durable the writes done before it began. */
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong durableUpTo = new AtomicLong();
    private final AtomicInteger flushes = new AtomicInteger();

    private void slowFlush() {
        long writtenWhenFlushBegan = written.get();
        flushes.incrementAndGet();
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        durableUpTo.accumulateAndGet(writtenWhenFlushBegan, Math::max);
    }

    @Test
    void everyAppendReturnsOnlyOnceAFlushThatBeganAfterItsWriteHasEnded() throws Exception {
        GroupCommit groupCommit = new GroupCommit(this::slowFlush);
        Queue<String> notYetDurable = new ConcurrentLinkedQueue<>();

        runWriters(() -> {
            long myWrite = written.incrementAndGet();
            groupCommit.afterAppend();
            if (durableUpTo.get() < myWrite) {
                notYetDurable.add("write " + myWrite + " answered when only " + durableUpTo.get() + " were durable");
            }
        });

        assertThat(notYetDurable).isEmpty();
        assertThat(durableUpTo.get()).isEqualTo(WRITERS * APPENDS_PER_WRITER);
    }

    @Test
    void concurrentAppendsShareFlushes() throws Exception {
        GroupCommit groupCommit = new GroupCommit(this::slowFlush);

        runWriters(() -> {
            written.incrementAndGet();
            groupCommit.afterAppend();
        });

        assertThat(flushes.get()).isLessThan(WRITERS * APPENDS_PER_WRITER);
        assertThat(groupCommit.flushCount()).isEqualTo(new FlushCount(flushes.get(), WRITERS * APPENDS_PER_WRITER));
    }

    @Test
    void anAppendWhoseFlushFailedIsToldAndTheNextAppendFlushesAgain() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
            slowFlush();
        });
        written.incrementAndGet();
        assertThatThrownBy(groupCommit::afterAppend).hasMessage("disk full");

        written.incrementAndGet();
        groupCommit.afterAppend();

        assertThat(durableUpTo.get()).isEqualTo(2);
    }

    private static void runWriters(Runnable append) throws InterruptedException {
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                        append.run();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(failures).isEmpty();
    }
}
