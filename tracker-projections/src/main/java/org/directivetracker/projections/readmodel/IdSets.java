package org.directivetracker.projections.readmodel;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Sets of ids by group (directives by commune, by word) as persistent maps, so that an index version shares every
 * group it did not change with the version before. An empty group is dropped.
 */
public final class IdSets {

    private IdSets() {
    }

    /** No group. */
    public static PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> none() {
        return PersistentSortedMap.empty();
    }

    /** The groups with the id in the group. */
    public static PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> add(
            PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> groups, String group, String id) {
        return GroupedMaps.with(groups, group, id, Boolean.TRUE, Comparator.naturalOrder());
    }

    /** The groups without the id in the group. */
    public static PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> remove(
            PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> groups, String group, String id) {
        return GroupedMaps.without(groups, group, id);
    }

    /** The groups with the id moved from the groups {@code before} to the groups {@code after}; common ones untouched. */
    public static PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> move(
            PersistentSortedMap<String, PersistentSortedMap<String, Boolean>> groups, String id, Collection<String> before,
            Collection<String> after) {
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        for (String group : before) {
            if (!kept.contains(group)) {
                groups = remove(groups, group, id);
            }
        }
        for (String group : after) {
            if (!kept.contains(group)) {
                groups = add(groups, group, id);
            }
        }
        return groups;
    }
}
