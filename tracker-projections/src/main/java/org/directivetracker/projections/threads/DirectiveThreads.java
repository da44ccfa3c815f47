package org.directivetracker.projections.threads;

import java.util.List;

/** A directive as its threads know it: title, whether it still takes writes, and every entry in order. */
public record DirectiveThreads(String directiveId, String title, String priority, boolean withdrawn, boolean closed,
        List<StoredEntry> entries) {

    /** The entries of one commune's thread, oldest first. */
    public List<StoredEntry> threadOf(String commune) {
        return entries.stream().filter(entry -> entry.belongsTo(commune)).toList();
    }

    /** Whether the commune was ever assigned the directive. */
    public boolean assigns(String commune) {
        return entries.stream().anyMatch(entry -> ThreadKinds.ASSIGNED.equals(entry.kind()) && entry.belongsTo(commune));
    }

    /** The communes assigned, in the order assigned. */
    public List<String> communes() {
        return entries.stream().filter(entry -> ThreadKinds.ASSIGNED.equals(entry.kind()))
                .flatMap(entry -> entry.communes().stream()).distinct().toList();
    }

    public boolean active() {
        return !withdrawn && !closed;
    }
}
