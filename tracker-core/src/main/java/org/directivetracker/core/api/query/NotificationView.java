package org.directivetracker.core.api.query;

import java.time.Instant;
import java.util.Map;

/** A notification: a thread entry of the other side, and whether this account has read it. */
public record NotificationView(String id, Instant at, String kind, String directiveId, String title, String commune, String communeName,
        String text, Map<String, String> details, EntryActor actor, boolean read) {
}
