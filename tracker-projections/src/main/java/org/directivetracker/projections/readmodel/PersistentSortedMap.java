package org.directivetracker.projections.readmodel;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.pcollections.TreePMap;

/**
 * A sorted map that is never changed: {@link #with} and {@link #without} return a new map that shares all but the
 * O(log n) nodes on the path to the key with this one, so that a copy of the read model after a batch of events costs
 * what the batch changed, not what the read model holds. PCollections' {@link TreePMap} holds the entries; this class
 * only names the few operations the read models use. Read-only as a {@link Map} (in key order); safe to share between
 * threads once made.
 */
public final class PersistentSortedMap<K, V> extends AbstractMap<K, V> {

    private static final PersistentSortedMap<?, ?> EMPTY_NATURAL = new PersistentSortedMap<>(TreePMap.empty(naturalOrder()));

    private final TreePMap<K, V> entries;

    private PersistentSortedMap(TreePMap<K, V> entries) {
        this.entries = entries;
    }

    /** The empty map of keys in their natural order. */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
        return (PersistentSortedMap<K, V>) EMPTY_NATURAL;
    }

    /** The empty map of keys in the given order, which must tell every two different keys apart. */
    public static <K, V> PersistentSortedMap<K, V> empty(Comparator<? super K> order) {
        return new PersistentSortedMap<>(TreePMap.empty(order));
    }

    /** The map with the key bound to the value (in place of any value it had). */
    public PersistentSortedMap<K, V> with(K key, V value) {
        if (entries.get(key) == value && (value != null || entries.containsKey(key))) {
            return this;
        }
        return new PersistentSortedMap<>(entries.plus(key, value));
    }

    /** The map without the key; this map when it had none. */
    public PersistentSortedMap<K, V> without(K key) {
        return entries.containsKey(key) ? new PersistentSortedMap<>(entries.minus(key)) : this;
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** Calls {@code action} with every key from {@code from} (included) to {@code to} (excluded), in order. */
    public void forEachBetween(K from, K to, BiConsumer<? super K, ? super V> action) {
        if (entries.comparator().compare(from, to) < 0) {
            entries.subMap(from, true, to, false).forEach(action);
        }
    }

    /** The values of the first {@code limit} keys from {@code from} (included) to {@code to} (excluded), in order. */
    public List<V> firstBetween(K from, K to, int limit) {
        List<V> first = new ArrayList<>();
        if (entries.comparator().compare(from, to) < 0) {
            for (Iterator<V> values = entries.subMap(from, true, to, false).values().iterator(); values.hasNext() && first.size() < limit; ) {
                first.add(values.next());
            }
        }
        return first;
    }

    /** The values from the last key to the first. */
    public Iterable<V> valuesDescending() {
        return entries.descendingMap().values();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return entries.entrySet();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> Comparator<K> naturalOrder() {
        return (Comparator) Comparator.naturalOrder();
    }
}
