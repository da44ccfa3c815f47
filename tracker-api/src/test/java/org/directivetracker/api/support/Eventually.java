package org.directivetracker.api.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.directivetracker.api.support.Http.Answer;

/** Views follow the store a moment later: ask again until the answer shows what was written, or give up. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long PAUSE_MILLIS = 25;

    private Eventually() {
    }

    public static Answer answer(Supplier<Answer> ask, Predicate<Answer> shows) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Answer last = ask.get();
        while (!shows.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the view did not show the change within " + PATIENCE.toSeconds() + " s; last answer: " + last);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = ask.get();
        }
        return last;
    }
}
