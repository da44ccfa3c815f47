package org.directivetracker.api.web;

import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The request id of a write and the id of what it creates. With an {@code Idempotency-Key} both are derived from
 * (account, key), so a retry reaches the same directive with the same request id, which the directive has already
 * applied: it answers as the first time and adds no event. Without a key, both are fresh.
 */
public record RequestIdentity(String requestId, String newId) {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    public static RequestIdentity of(String account, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new RequestIdentity(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequestException(List.of(new FieldError(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " characters when present")));
        }
        // the length prefix keeps ("ab", "c") and ("a", "bc") apart
        String scope = account.length() + ":" + account + ":" + idempotencyKey;
        return new RequestIdentity(nameUuid("request:" + scope), nameUuid("created:" + scope));
    }

    /** The request id of a write that creates nothing. */
    public static String requestIdOf(Actor actor, String idempotencyKey) {
        return of(actor.account(), idempotencyKey).requestId();
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
