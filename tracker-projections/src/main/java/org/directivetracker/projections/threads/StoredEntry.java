package org.directivetracker.projections.threads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.directivetracker.core.api.query.EntryActor;
import org.directivetracker.core.api.query.ThreadEntry;

/**
 * A thread entry as the read model keeps it, with what the thread's readers derive from it.
 *
 * @param communes whose threads it belongs to; null for every commune of the directive (withdrawn, closed)
 * @param notifies the side that must be told: {@code PROVINCE}, {@code COMMUNE} or null
 * @param opens    the province's inbox item it opens (e.g. {@code EXTENSION}, {@code OBSTACLE:<id>}), or null
 * @param closes   the province's inbox item it closes, or null
 */
public record StoredEntry(long sequence, Instant at, String kind, EntryActor actor, List<String> communes, String text,
        Map<String, String> details, String notifies, String opens, String closes) {

    public static final String PROVINCE = "PROVINCE";
    public static final String COMMUNE = "COMMUNE";

    boolean belongsTo(String commune) {
        return communes == null || communes.contains(commune);
    }

    ThreadEntry view() {
        return new ThreadEntry(sequence, at, kind, actor, text, details);
    }
}
