package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-your-writes on any instance: waits, bounded, until every view has handled the event at a position (a write's
 * consistency token), by the views' tokens in the database rather than by this instance's processors, which may not
 * be the ones running.
 */
public class ViewsCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ViewsCatchUp.class);
    private static final long FIRST_POLL_MILLIS = 5;
    private static final long LONGEST_POLL_MILLIS = 50;

    private final ViewPositions positions;
    private final Supplier<List<String>> views;

    /** @param views the processors of the views, e.g. the read-model room's names */
    public ViewsCatchUp(ViewPositions positions, Supplier<List<String>> views) {
        this.positions = positions;
        this.views = views;
    }

    /** True once every view has handled the event at {@code position}; false when one had not within {@code patience}. */
    public boolean await(long position, Duration patience) {
        List<String> processors = views.get();
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (!positions.allPassed(processors, position)) {
            if (System.nanoTime() - deadline > 0) {
                log.warn("the views had not reached position {} after {}; answering with what they show", position, patience);
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(LONGEST_POLL_MILLIS, pause * 2);
        }
        return true;
    }
}
