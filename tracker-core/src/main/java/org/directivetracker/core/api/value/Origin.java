package org.directivetracker.core.api.value;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a directive came from when a meeting's conclusion issued it. The directive's id and the request id that
 * issues it are derived from meeting and conclusion alone, so that issuing it again (a retry, a restart after a crash)
 * reaches the same directive and adds nothing.
 */
public record Origin(String meetingId, String conclusionId) {

    public Origin {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(conclusionId, "conclusionId");
    }

    /** The id of the directive this conclusion issues: a name-based UUID of meeting and conclusion. */
    public String directiveId() {
        return nameUuid("directive");
    }

    /** The request id of the command that issues it, equally derived. */
    public String requestId() {
        return nameUuid("request");
    }

    private String nameUuid(String what) {
        // the length prefix keeps ("ab", "c") and ("a", "bc") apart
        String name = "meeting-conclusion-" + what + ":" + meetingId.length() + ":" + meetingId + ":" + conclusionId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
