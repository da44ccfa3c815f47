package org.directivetracker.projections.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.bson.Document;

/**
 * This instance's copy of a read model's values in memory, brought up to date on each read from the read model's
 * {@link ChangeLog}: while nothing changed a read costs one lookup (the log's head), after a batch of events it reads
 * again only the keys that batch changed, and after a rebuild took over (another collection prefix) or once it fell too
 * far behind it reads everything. A new version shares all it did not change with the one before
 * ({@link PersistentSortedMap}), and its {@link Index}es are brought up to date from the changed keys alone, so a read
 * right after a write costs what the write changed, not what the read model holds.
 *
 * <p>One thread at a time brings the copy up to date; the others wait for it, which costs them the changed keys read
 * again. Each index of the new version is then brought up to date by its first reader, or by that thread once the
 * version is published, so a reader waits for the indexes it reads, not for every index kept. While
 * everything is read again (a rebuild's swap, a long absence) they read the version they had instead of queuing.
 * What a read returns is never changed afterwards: the values must not be modified by the caller.
 *
 * @param <T> one value per key of the change log, e.g. a directive's state by directive id
 */
public final class ReadModelCopy<T> {

    /**
     * Documents per batch when a whole collection is read: the embedded server otherwise answers a scan in one message,
     * which at a province's size passes the driver's largest message (48 MB) and fails.
     */
    public static final int SCAN_BATCH = 1_000;
    /** Indexes kept up to date after their last read, at most: the least recently read one is dropped first. */
    static final int INDEXES_KEPT = 32;
    /** Whole reads of copies, on threads no query's timeout interrupts (daemon: they never hold the service up). */
    private static final ExecutorService FULL_READS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-model-full-read");
        thread.setDaemon(true);
        return thread;
    });
    /** Versions after which an index nobody read is no longer kept up to date (read again, it is built again). */
    static final long UNREAD_VERSIONS_KEPT = 10_000;

    /** Reads values from the read model's collections. */
    public interface Loader<T> {
        /**
         * Every value, by key. It need not be a snapshot (the embedded store reads a large collection batch by batch,
         * each from the store as it is then): it is read after the change log's head, so each value is at least as new
         * as that head, and the next refresh reads again every key logged after it.
         */
        Map<String, T> all(ReadModelCollections collections);

        /** The values of the keys that still have one, by key. */
        Map<String, T> byKeys(ReadModelCollections collections, Collection<String> keys);

        /**
         * The values after batches that logged these keys in the {@link ChangeLog}, by key of the copy, null for a
         * value that is gone; {@code before} holds the values before them, which are never to be changed. By default
         * the logged keys are the copy's keys and their values are read again whole; a read model that logs finer
         * keys (a row of a value) reads only those and keeps the rest of the value from before.
         */
        default Map<String, T> afterChanges(ReadModelCollections collections, Set<String> logged, Map<String, T> before) {
            Map<String, T> found = byKeys(collections, logged);
            Map<String, T> after = new java.util.LinkedHashMap<>();
            logged.forEach(key -> after.put(key, found.get(key)));
            return after;
        }

        /** One value per document of one collection, keyed by its {@code _id}. */
        static <T> Loader<T> documents(String collection, Function<Document, T> value) {
            return new Loader<>() {
                @Override
                public Map<String, T> all(ReadModelCollections collections) {
                    return byId(collections.get(collection).find().batchSize(SCAN_BATCH), value);
                }

                @Override
                public Map<String, T> byKeys(ReadModelCollections collections, Collection<String> keys) {
                    return byId(IdLookups.byIds(collections.get(collection), keys, null), value);
                }
            };
        }

        private static <T> Map<String, T> byId(Iterable<Document> documents, Function<Document, T> value) {
            Map<String, T> values = new HashMap<>();
            documents.forEach(document -> values.put(document.getString("_id"), value.apply(document)));
            return values;
        }
    }

    /** A key whose value a batch changed: what it was and what it is now, null for none. */
    public record Change<T>(String key, T before, T after) {
    }

    /**
     * Something kept with the values (an index by commune, totals, a ranking), built once from every value and then
     * brought up to date from each version's changes alone. It must depend on nothing but the values and what the
     * index object itself holds, equal index objects must mean equal indexes (records make good ones), and what it
     * makes must never be changed afterwards: the version before still holds it.
     */
    public interface Index<T, R> {
        /** The index of these values. */
        R build(Map<String, T> values);

        /** The index after these changes, from the index before them; the same as {@link #build} of the values after. */
        R update(R previous, List<Change<T>> changes);
    }

    /** One version of the copy: its values and what is kept with them, all of the same batch. */
    public static final class Version<T> {
        private final String prefix;
        private final long number;
        private final PersistentSortedMap<String, T> values;
        private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Index<T, ?>, Kept> indexes = new java.util.concurrent.ConcurrentHashMap<>();

        private Version(String prefix, long number, PersistentSortedMap<String, T> values) {
            this.prefix = prefix;
            this.number = number;
            this.values = values;
        }

        /** Every value of this version, by key, in key order. */
        public Map<String, T> values() {
            return values;
        }

        /** Equal names, equal values: the collections' prefix and the change log's number. */
        public String name() {
            return prefix + "@" + number;
        }

        /**
         * The index of this version's values: built at its first read, then brought up to date version by version. The
         * versions that come while it is built take it from the build, each with its own changes, rather than build it
         * again: under steady writes every read lands on a new version, and each would otherwise build it anew.
         */
        @SuppressWarnings("unchecked")
        public <R> R index(Index<T, R> index) {
            CompletableFuture<Object> building = new CompletableFuture<>();
            Kept kept = indexes.computeIfAbsent(index, key -> new Kept(building));
            kept.lastRead = number;
            if (kept.value == building) {
                try {
                    building.complete(index.build(values));
                } catch (RuntimeException | Error failed) {
                    building.completeExceptionally(failed);
                }
            }
            kept.bringUpToDate();
            try {
                return (R) kept.value.join();
            } catch (CompletionException failed) {
                indexes.remove(index, kept); // the next reader builds it again
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }

        /**
         * Something computed from the values once per version (see {@link Index} for what may be kept from version
         * to version instead): {@code derive} must depend on nothing else, and its result must not be changed.
         */
        @SuppressWarnings("unchecked")
        public <R> R derived(Object key, Function<Map<String, T>, R> derive) {
            return (R) derived.computeIfAbsent(key, k -> derive.apply(values));
        }

        /** Brings every kept index of this version up to date that no reader has yet. */
        private void bringIndexesUpToDate() {
            List<Kept> kept = new ArrayList<>(indexes.values());
            kept.sort((a, b) -> Long.compare(b.lastRead, a.lastRead));
            kept.forEach(Kept::bringUpToDate);
        }
    }

    /**
     * An index as a version holds it (maybe still being built or brought up to date), and the last version it was read
     * in. A new version's index is brought up to date by whoever needs it first: a reader of that index, or the thread
     * that made the version once it has published it, so that the readers of one index never wait for the others.
     */
    private static final class Kept {
        final CompletableFuture<Object> value;
        volatile long lastRead;
        /** The update from the version before, until some thread takes it on. */
        private final AtomicReference<Runnable> update;

        Kept(CompletableFuture<Object> value) {
            this(value, null);
        }

        Kept(CompletableFuture<Object> value, Runnable update) {
            this.value = value;
            this.update = new AtomicReference<>(update);
        }

        /** Begins the update unless some thread did: its value is then made, or comes when the index before is made. */
        void bringUpToDate() {
            Runnable pending = update.getAndSet(null);
            if (pending != null) {
                pending.run();
            }
        }
    }

    private final ReadModelCollections collections;
    private final ChangeLog log;
    private final Loader<T> loader;
    private final ReentrantLock refreshing = new ReentrantLock();
    /** The newest version, and when the log's head was last read no further than it. */
    private final AtomicReference<InHand<T>> known = new AtomicReference<>();
    /** The whole read under way, if any: the next reader waits for it rather than starting another. */
    private volatile FullRead<T> fullRead;
    private volatile boolean readingEverything;

    public ReadModelCopy(ReadModelCollections collections, Loader<T> loader) {
        this.collections = collections;
        this.log = new ChangeLog(collections);
        this.loader = loader;
    }

    /** Every value as of the last batch the read model wrote, by key; unmodifiable. */
    public Map<String, T> current() {
        return read().values();
    }

    /**
     * Which version of the read model {@link #current()} now returns: equal versions, equal values. Read it before the
     * values that a result computed from them is filed under, never after.
     */
    public String version() {
        return read().name();
    }

    /** Something computed once per version of the values (see {@link Version#derived}). */
    public <R> R derived(Object key, Function<Map<String, T>, R> derive) {
        return read().derived(key, derive);
    }

    /** The index of the current values (see {@link Index}). */
    public <R> R index(Index<T, R> index) {
        return read().index(index);
    }

    /** Brings the copy up to date if it was read before; a copy never read stays unread. */
    public void refreshIfRead() {
        if (known.get() != null) {
            read();
        }
    }

    /** The current version: its values and indexes belong together, whatever the copy does meanwhile. */
    public Version<T> read() {
        String prefix = collections.prefix();
        InHand<T> inHand = known.get();
        if (inHand != null && inHand.confirmed && inHand.version.prefix.equals(prefix) && ReadLag.allows(inHand.confirmedAt)) {
            return inHand.version;
        }
        long asked = System.nanoTime();
        long head = log.head(); // read before the values: they are then at least as new as this
        Version<T> version = versionInHand();
        if (isCurrent(version, prefix, head)) {
            confirm(version, asked);
            return version;
        }
        if (version != null && readingEverything) {
            return version; // not behind a full read: the version before it is whole and consistent
        }
        refreshing.lock();
        try {
            version = versionInHand();
            if (isCurrent(version, prefix, head)) {
                confirm(version, asked);
                return version;
            }
            Version<T> next = null;
            if (version != null && version.prefix.equals(prefix) && version.number < head) {
                Optional<Set<String>> changed = log.keysChanged(version.number, head);
                if (changed.isPresent()) {
                    next = refreshed(version, head, changed.get());
                }
            }
            if (next == null) {
                readingEverything = true;
                try {
                    next = everythingAsOf(prefix, head);
                } finally {
                    readingEverything = false;
                }
            }
            // a whole read begun by an earlier reader may be as of an earlier head than this reader's
            known.set(new InHand<>(next, asked, next.number >= head));
            version = next;
        } finally {
            refreshing.unlock();
        }
        version.bringIndexesUpToDate(); // the readers waiting for this version go on meanwhile
        return version;
    }

    /**
     * Reads everything on a thread of its own and waits for it. A reader whose wait is cut short (a query's timeout
     * interrupts it) leaves the read going, and the next reader waits for that same read instead of starting again: at a
     * province's size the first read of a copy can outlast one query's patience, and must not be begun anew by each.
     */
    private Version<T> everythingAsOf(String prefix, long head) {
        FullRead<T> read = fullRead;
        if (read == null || !read.prefix().equals(prefix) || read.result().isCompletedExceptionally()) {
            read = new FullRead<>(prefix, CompletableFuture.supplyAsync(
                    () -> new Version<>(prefix, head, everything(loader.all(collections))), FULL_READS));
            fullRead = read;
        }
        try {
            Version<T> version = read.result().get();
            fullRead = null;
            return version;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + prefix + " is read whole; the read goes on", e);
        } catch (ExecutionException e) {
            fullRead = null;
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** A whole read under way, of the collections with this prefix. */
    private record FullRead<T>(String prefix, CompletableFuture<Version<T>> result) {
    }

    private Version<T> versionInHand() {
        InHand<T> inHand = known.get();
        return inHand == null ? null : inHand.version;
    }

    /** The log's head, read at {@code asked}, was no further than this version. */
    private void confirm(Version<T> version, long asked) {
        known.updateAndGet(inHand -> inHand != null && inHand.version == version
                && (!inHand.confirmed || asked - inHand.confirmedAt > 0) ? new InHand<>(version, asked, true) : inHand);
    }

    /**
     * A version, and whether and when it was last found current ({@link System#nanoTime()}), for the reads
     * {@link ReadLag} lets lag.
     */
    private record InHand<T>(Version<T> version, long confirmedAt, boolean confirmed) {
    }

    private static boolean isCurrent(Version<?> version, String prefix, long head) {
        return version != null && version.prefix.equals(prefix) && version.number >= head;
    }

    private static <T> PersistentSortedMap<String, T> everything(Map<String, T> loaded) {
        PersistentSortedMap<String, T> values = PersistentSortedMap.empty();
        for (Map.Entry<String, T> entry : loaded.entrySet()) {
            values = values.with(entry.getKey(), entry.getValue());
        }
        return values;
    }

    /** The next version: the changed keys read again, the rest shared; the indexes read lately brought up to date. */
    private Version<T> refreshed(Version<T> previous, long head, Set<String> changed) {
        Map<String, T> reloaded = loader.afterChanges(collections, changed, previous.values);
        PersistentSortedMap<String, T> values = previous.values;
        List<Change<T>> changes = new ArrayList<>(reloaded.size());
        for (Map.Entry<String, T> entry : reloaded.entrySet()) {
            String key = entry.getKey();
            T before = values.get(key);
            T after = entry.getValue();
            if (before != null || after != null) {
                changes.add(new Change<>(key, before, after));
                values = after == null ? values.without(key) : values.with(key, after);
            }
        }
        Version<T> next = new Version<>(previous.prefix, head, values);
        List<Map.Entry<Index<T, ?>, Kept>> kept = new ArrayList<>(previous.indexes.entrySet());
        kept.sort((a, b) -> Long.compare(b.getValue().lastRead, a.getValue().lastRead));
        for (Map.Entry<Index<T, ?>, Kept> entry : kept.subList(0, Math.min(INDEXES_KEPT, kept.size()))) {
            Kept previousKept = entry.getValue();
            CompletableFuture<Object> before = previousKept.value;
            if (head - previousKept.lastRead <= UNREAD_VERSIONS_KEPT && !before.isCompletedExceptionally()) {
                Kept updated;
                if (changes.isEmpty()) {
                    updated = new Kept(before, previousKept::bringUpToDate);
                } else {
                    CompletableFuture<Object> after = new CompletableFuture<>();
                    // at once when the index before is made; after its build otherwise, in the thread that builds it
                    updated = new Kept(after, () -> {
                        previousKept.bringUpToDate();
                        before.whenComplete((index, failure) -> {
                            if (failure != null) {
                                after.completeExceptionally(failure);
                                return;
                            }
                            try {
                                after.complete(updated(entry.getKey(), index, changes));
                            } catch (RuntimeException | Error failed) {
                                after.completeExceptionally(failed);
                            }
                        });
                    });
                }
                updated.lastRead = previousKept.lastRead;
                next.indexes.put(entry.getKey(), updated);
            }
        }
        return next;
    }

    @SuppressWarnings("unchecked")
    private static <T, R> Object updated(Index<T, R> index, Object previous, List<Change<T>> changes) {
        return index.update((R) previous, changes);
    }
}
