package org.directivetracker.projections.readmodel;

import java.util.Comparator;

/**
 * Sorted maps by group (a commune's obstacles, an audience's notifications, ids by word) as one persistent map of
 * persistent maps: a version shares every group it did not change with the version before. An empty group is dropped.
 */
public final class GroupedMaps {

    private GroupedMaps() {
    }

    /** The groups with {@code key} bound to {@code value} in {@code group}, a new group ordered by {@code order}. */
    public static <G, K, V> PersistentSortedMap<G, PersistentSortedMap<K, V>> with(PersistentSortedMap<G, PersistentSortedMap<K, V>> groups,
            G group, K key, V value, Comparator<? super K> order) {
        PersistentSortedMap<K, V> members = groups.get(group);
        return groups.with(group, (members == null ? PersistentSortedMap.<K, V>empty(order) : members).with(key, value));
    }

    /** The groups without {@code key} in {@code group}; these groups when it had none. */
    public static <G, K, V> PersistentSortedMap<G, PersistentSortedMap<K, V>> without(
            PersistentSortedMap<G, PersistentSortedMap<K, V>> groups, G group, K key) {
        PersistentSortedMap<K, V> members = groups.get(group);
        if (members == null || !members.containsKey(key)) {
            return groups;
        }
        PersistentSortedMap<K, V> left = members.without(key);
        return left.isEmpty() ? groups.without(group) : groups.with(group, left);
    }
}
