package org.directivetracker.projections.readmodel;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bson.Document;

/**
 * This instance's copy of a read model's values in memory, brought up to date on each read from the read model's
 * {@link ChangeLog}: while nothing changed a read costs one lookup (the log's head), after a batch of events it reads
 * again only the keys that batch changed, and after a rebuild took over (another collection prefix) or once it fell too
 * far behind it reads everything. Queries that need every directive of the province then cost no scan of the database,
 * and small ones no longer wait behind large ones on the database. What a read returns is never changed afterwards:
 * the values must not be modified by the caller.
 *
 * @param <T> one value per key of the change log, e.g. a directive's state by directive id
 */
public final class ReadModelCopy<T> {

    /** Reads values from the read model's collections. */
    public interface Loader<T> {
        /** Every value, by key. */
        Map<String, T> all(ReadModelCollections collections);

        /** The values of the keys that still have one, by key. */
        Map<String, T> byKeys(ReadModelCollections collections, Collection<String> keys);

        /** One value per document of one collection, keyed by its {@code _id}. */
        static <T> Loader<T> documents(String collection, Function<Document, T> value) {
            return new Loader<>() {
                @Override
                public Map<String, T> all(ReadModelCollections collections) {
                    return byId(collections.get(collection).find(), value);
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

    private record Snapshot<T>(String prefix, long version, Map<String, T> values, Map<Object, Object> derived) {

        Snapshot(String prefix, long version, Map<String, T> values) {
            this(prefix, version, values, new ConcurrentHashMap<>());
        }
    }

    private final ReadModelCollections collections;
    private final ChangeLog log;
    private final Loader<T> loader;
    private volatile Snapshot<T> snapshot;

    public ReadModelCopy(ReadModelCollections collections, Loader<T> loader) {
        this.collections = collections;
        this.log = new ChangeLog(collections);
        this.loader = loader;
    }

    /** Every value as of the last batch the read model wrote, by key; unmodifiable. */
    public Map<String, T> current() {
        return snapshot().values();
    }

    /**
     * Which version of the read model {@link #current()} now returns: equal versions, equal values. Read it before the
     * values that a result computed from them is filed under, never after.
     */
    public String version() {
        Snapshot<T> current = snapshot();
        return current.prefix() + "@" + current.version();
    }

    /**
     * Something computed from the values (an index, a total), computed once per version of them and kept with them:
     * {@code derive} must depend on nothing else, and its result must not be changed by the caller.
     */
    @SuppressWarnings("unchecked")
    public <R> R derived(Object key, Function<Map<String, T>, R> derive) {
        Snapshot<T> current = snapshot();
        return (R) current.derived().computeIfAbsent(key, k -> derive.apply(current.values()));
    }

    private Snapshot<T> snapshot() {
        String prefix = collections.prefix();
        long head = log.head(); // read before the values: they are then at least as new as this
        Snapshot<T> known = snapshot;
        if (isCurrent(known, prefix, head)) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (isCurrent(known, prefix, head)) {
                return known;
            }
            Snapshot<T> next = null;
            if (known != null && known.prefix().equals(prefix) && known.version() < head) {
                Optional<Set<String>> changed = log.keysChanged(known.version(), head);
                if (changed.isPresent()) {
                    next = new Snapshot<>(prefix, head, refreshed(known.values(), changed.get()));
                }
            }
            if (next == null) {
                next = new Snapshot<>(prefix, head, Collections.unmodifiableMap(new HashMap<>(loader.all(collections))));
            }
            snapshot = next;
            return next;
        }
    }

    private static boolean isCurrent(Snapshot<?> snapshot, String prefix, long head) {
        return snapshot != null && snapshot.prefix().equals(prefix) && snapshot.version() >= head;
    }

    private Map<String, T> refreshed(Map<String, T> values, Set<String> changed) {
        Map<String, T> copy = new HashMap<>(values);
        Map<String, T> reloaded = loader.byKeys(collections, changed);
        for (String key : changed) {
            T value = reloaded.get(key);
            if (value == null) {
                copy.remove(key);
            } else {
                copy.put(key, value);
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
