package org.directivetracker.api.idempotency;

/** What a request with an {@code Idempotency-Key} may do, once the key's record was consulted. */
sealed interface KeyClaim {

    /** The key is new (or its first request died): run the request and remember its answer. */
    record Claimed() implements KeyClaim {
    }

    /** The key answered before: answer the same again, run nothing. */
    record Replay(StoredAnswer answer) implements KeyClaim {
    }

    /** The key belongs to another request (another endpoint or another body): refuse. */
    record Mismatch(boolean sameEndpoint) implements KeyClaim {
    }

    /** The key's first request is still running: refuse for now. */
    record InProgress() implements KeyClaim {
    }
}
