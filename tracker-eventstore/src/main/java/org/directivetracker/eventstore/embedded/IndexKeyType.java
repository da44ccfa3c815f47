package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * H2's generic type for the keys of a unique index, ordered without serializing them. mongo-java-server's index keys
 * ({@link KeyValue}) are not {@code Comparable}, so H2's own type compares two of them by Java-serializing both: every
 * step of every B-tree search of an insert's uniqueness check and of an {@code _id}/{@code stream} lookup paid two
 * serializations. Here keys are compared value by value: values of one {@code Comparable} class by their own order,
 * values of different classes by class name, anything else (documents, lists) as H2 compares any object. The order is
 * consistent with {@link KeyValue#equals}, which is all a unique index needs. Keys are written as BSON where that
 * gives them back exactly ({@link CompactObjectType}).
 */
final class IndexKeyType extends CompactObjectType {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int shared = Math.min(left.size(), right.size());
            for (int i = 0; i < shared; i++) {
                int order = compareValues(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return super.compare(a, b);
    }

    @SuppressWarnings("unchecked")
    private int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Comparable<?>) {
            return ((Comparable<Object>) a).compareTo(b);
        }
        return super.compare(a, b);
    }
}
