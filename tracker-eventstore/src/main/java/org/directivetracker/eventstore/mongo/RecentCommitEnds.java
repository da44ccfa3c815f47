package org.directivetracker.eventstore.mongo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recently seen commit ends, bounded: a token at one of them needs no look-back for a partly read commit. */
final class RecentCommitEnds {

    private final Map<Long, Boolean> entries;

    RecentCommitEnds(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > capacity;
            }
        });
    }

    void add(long position) {
        entries.put(position, Boolean.TRUE);
    }

    boolean contains(long position) {
        return entries.containsKey(position);
    }
}
