package org.directivetracker.core.api.query;

import java.time.Instant;
import java.util.Map;

/**
 * Something that waits on the reader: its kind (the thread entry that opened it), the directive and commune, since
 * when, the other side's own words and the values that go with them. {@code notificationId} is set for a commune's
 * items, which leave its inbox once read.
 */
public record InboxItem(String kind, String directiveId, String title, String commune, String communeName, Instant since,
        String text, Map<String, String> details, String notificationId) {
}
