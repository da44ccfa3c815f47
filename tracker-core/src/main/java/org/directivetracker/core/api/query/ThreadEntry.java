package org.directivetracker.core.api.query;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a thread: what happened ({@code kind}, e.g. {@code EXTENSION_REQUESTED}), when, who did it, in their
 * own words ({@code text}, may be null), and the values that go with it ({@code details}: dates as YYYY-MM-DD, a
 * percent, an obstacle id and category).
 */
public record ThreadEntry(long sequence, Instant at, String kind, EntryActor actor, String text, Map<String, String> details) {
}
