package org.directivetracker.api.web;

import org.directivetracker.api.web.Problems.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The request id of a write and the id of what it creates. With an {@code Idempotency-Key} both are derived from
 * (account, key), so a retry reaches the same directive with the same request id, which the directive has already
 * applied: it answers as the first time and adds no event. Without a key, both are fresh. REST handlers receive it
 * as a parameter (see {@link RequestIdResolver}); pages derive it from their form's key.
 *
 * @param value     the request id the command carries
 * @param createdId the id of what the write creates (a directive, an obstacle), if it creates anything
 */
public record RequestId(String value, String createdId) {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    public static RequestId of(String account, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new RequestId(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        }
        requireValidKey(idempotencyKey);
        // the length prefix keeps ("ab", "c") and ("a", "bc") apart
        String scope = account.length() + ":" + account + ":" + idempotencyKey;
        return new RequestId(nameUuid("request:" + scope), nameUuid("created:" + scope));
    }

    /**
     * A key is 1 to {@value #MAX_KEY_LENGTH} visible ASCII characters (a UUID fits): a header's other bytes reach the
     * service decoded as Latin-1 and would name a different key than the client meant.
     */
    public static void requireValidKey(String idempotencyKey) {
        if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY_LENGTH
            || !idempotencyKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new InvalidRequestException(List.of(invalidKey()));
        }
    }

    public static FieldError invalidKey() {
        return new FieldError(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                + " visible ASCII characters when present (a UUID, for example)");
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
