package org.directivetracker.eventstore.chain;

import java.util.Objects;

/**
 * The metadata keys under which the application records who caused an event: the values under them are part of what
 * each event's hash covers ({@link EventHashChain}). The store knows no key of its own; the application hands these in.
 */
public record ActorKeys(String account, String role, String commune) {

    public ActorKeys {
        Objects.requireNonNull(account, "account key");
        Objects.requireNonNull(role, "role key");
        Objects.requireNonNull(commune, "commune key");
    }
}
