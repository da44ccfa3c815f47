package org.directivetracker.bench.load;

/** Whether the actors of a measurement go on; set off once to end it. */
final class Running {
    private volatile boolean on = true;

    boolean on() {
        return on;
    }

    void stop() {
        on = false;
    }
}
