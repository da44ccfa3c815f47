package org.directivetracker.eventstore.mongo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last known event (sequence and hash) per aggregate, bounded, so appending to a hot stream needs no read. */
final class StreamTails {

    /** The last event of an aggregate's stream that this engine knows: its sequence and hash. */
    record StreamTail(long sequence, String hash) {
    }

    private final Map<String, StreamTail> entries;

    StreamTails(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StreamTail> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The hash of event {@code sequence} of the aggregate when it is the known tail; null otherwise. */
    String hashAt(String aggregateId, long sequence) {
        StreamTail tail = entries.get(aggregateId);
        return tail != null && tail.sequence() == sequence ? tail.hash() : null;
    }

    /** Keeps the later of the known tail and this one. */
    void put(String aggregateId, StreamTail tail) {
        entries.merge(aggregateId, tail, (old, fresh) -> old.sequence() > fresh.sequence() ? old : fresh);
    }
}
