package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps every commit of the H2 store between the requests that write, never inside one, so that what a kill leaves on
 * disk holds each request whole or not at all.
 *
 * <p>Why: a request that inserts a document puts it into the collection's map and then its key into each index's map,
 * and H2 cuts a committed version map by map. A commit that fell between the two (H2's own background thread commits
 * whenever a second has passed) left after a kill a document that its unique index does not know: an event commit that
 * the directive's stream no longer reaches, and whose sequence the next command takes again. So H2 commits nothing by
 * itself here ({@link EmbeddedMongo}); a writing request holds this gate shared, and every commit (an append's flush,
 * the keeper's each second, the close) holds it alone, which costs the commit the wait for the writes in progress.
 * Reads never take it: a long scan must not hold up an append's flush.
 */
final class CommitGate {

    /**
     * Commands that change nothing stored; any other command (and one this list does not know) is taken for a write.
     * {@code getlasterror} as the driver spells it: it sends that while it opens a connection to a server whose hello
     * names no connection id, as this one's does not, so a new connection waited for the commits.
     */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo", "buildinfo",
            "serverStatus", "dbStats", "collStats", "getParameter", "hostInfo", "connectionStatus", "killCursors",
            "endSessions", "whatsmyuri", "getLog", "getCmdLineOpts", "getLastError", "getlasterror");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Runs a request; one that may write holds the gate shared until it has changed every map it changes. */
    <T> T request(Document command, Supplier<T> request) {
        if (readsOnly(command)) {
            return request.get();
        }
        lock.readLock().lock();
        try {
            return request.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Commits the store once no request is halfway through its writes; the new version, as {@link MVStore#commit()}. */
    long commit(MVStore store) {
        return alone(store::commit);
    }

    /** Runs {@code work} while no writing request runs, e.g. closing the store, which commits what is left. */
    <T> T alone(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    static boolean readsOnly(Document command) {
        if (command == null || command.isEmpty()) {
            return false;
        }
        String name = command.keySet().iterator().next();
        if (name.equals("aggregate")) {
            return !writesOut(command.get("pipeline"));
        }
        return READS.contains(name);
    }

    /** An aggregation writes when a stage of its pipeline is {@code $out} or {@code $merge}. */
    private static boolean writesOut(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return false;
        }
        return stages.stream().anyMatch(stage -> stage instanceof Document document
                && (document.containsKey("$out") || document.containsKey("$merge")));
    }
}
