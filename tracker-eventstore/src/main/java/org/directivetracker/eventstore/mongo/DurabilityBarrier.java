package org.directivetracker.eventstore.mongo;

/**
 * Called by the event store after a commit was acknowledged by the database and before the append returns, so that
 * an append the caller saw succeed survives a crash of the process.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    /** A real MongoDB makes writes durable through its write concern: nothing more to do. */
    DurabilityBarrier NONE = () -> {
    };

    void afterAppend();
}
