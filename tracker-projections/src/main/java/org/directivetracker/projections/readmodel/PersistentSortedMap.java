package org.directivetracker.projections.readmodel;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A sorted map that is never changed: {@link #with} and {@link #without} return a new map that shares all but the
 * O(log n) nodes on the path to the key with this one, so that a copy of the read model after a batch of events costs
 * what the batch changed, not what the read model holds. A treap whose priorities come from the keys' hashes: the
 * same keys always make the same tree, whatever the order they came in, and it is balanced with high probability.
 * Read-only as a {@link Map} (in key order); safe to share between threads once made.
 *
 * <p>No persistent map of the kept libraries is on the build's repository, and this one needs no more than this.
 */
public final class PersistentSortedMap<K, V> extends AbstractMap<K, V> {

    private static final PersistentSortedMap<?, ?> EMPTY_NATURAL = new PersistentSortedMap<>(null, 0, naturalOrder());

    private final Node<K, V> root;
    private final int size;
    private final Comparator<? super K> order;

    private static final class Node<K, V> implements Map.Entry<K, V> {
        final K key;
        final V value;
        final int priority;
        final Node<K, V> left;
        final Node<K, V> right;

        Node(K key, V value, int priority, Node<K, V> left, Node<K, V> right) {
            this.key = key;
            this.value = value;
            this.priority = priority;
            this.left = left;
            this.right = right;
        }

        Node<K, V> with(Node<K, V> newLeft, Node<K, V> newRight) {
            return newLeft == left && newRight == right ? this : new Node<>(key, value, priority, newLeft, newRight);
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            throw new UnsupportedOperationException("a persistent map is never changed");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> entry && java.util.Objects.equals(key, entry.getKey())
                    && java.util.Objects.equals(value, entry.getValue());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(key) ^ java.util.Objects.hashCode(value);
        }
    }

    private PersistentSortedMap(Node<K, V> root, int size, Comparator<? super K> order) {
        this.root = root;
        this.size = size;
        this.order = order;
    }

    /** The empty map of keys in their natural order. */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
        return (PersistentSortedMap<K, V>) EMPTY_NATURAL;
    }

    /** The empty map of keys in the given order, which must tell every two different keys apart. */
    public static <K, V> PersistentSortedMap<K, V> empty(Comparator<? super K> order) {
        return new PersistentSortedMap<>(null, 0, order);
    }

    /** The map with the key bound to the value (in place of any value it had). */
    public PersistentSortedMap<K, V> with(K key, V value) {
        Node<K, V> found = node(key);
        if (found != null && found.value == value) {
            return this;
        }
        return new PersistentSortedMap<>(insert(root, key, value, priorityOf(key)), found == null ? size + 1 : size, order);
    }

    /** The map without the key; this map when it had none. */
    public PersistentSortedMap<K, V> without(K key) {
        if (node(key) == null) {
            return this;
        }
        return new PersistentSortedMap<>(remove(root, key), size - 1, order);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Node<K, V> found = node((K) key);
        return found == null ? null : found.value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsKey(Object key) {
        return node((K) key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** Calls {@code action} with every key from {@code from} (included) to {@code to} (excluded), in order. */
    public void forEachBetween(K from, K to, BiConsumer<? super K, ? super V> action) {
        between(root, from, to, action);
    }

    /** The values from the last key to the first. */
    public Iterable<V> valuesDescending() {
        return () -> new InOrder<K, V, V>(root, true) {
            @Override
            public V next() {
                return nextNode().value;
            }
        }.iterator();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new InOrder<K, V, Map.Entry<K, V>>(root, false) {
                    @Override
                    public Map.Entry<K, V> next() {
                        return nextNode();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private Node<K, V> node(K key) {
        Node<K, V> node = root;
        while (node != null) {
            int c = order.compare(key, node.key);
            if (c == 0) {
                return node;
            }
            node = c < 0 ? node.left : node.right;
        }
        return null;
    }

    /** True when a node of the first key and priority belongs above one of the second: a strict order on keys. */
    private boolean above(int priority, K key, Node<K, V> node) {
        return priority > node.priority || priority == node.priority && order.compare(key, node.key) < 0;
    }

    private Node<K, V> insert(Node<K, V> node, K key, V value, int priority) {
        if (node == null) {
            return new Node<>(key, value, priority, null, null);
        }
        int c = order.compare(key, node.key);
        if (c == 0) {
            return new Node<>(node.key, value, node.priority, node.left, node.right);
        }
        if (above(priority, key, node)) {
            // the key is not below this node (it would have been met on the way down): split around it
            Object[] parts = split(node, key);
            @SuppressWarnings("unchecked")
            Node<K, V> lower = (Node<K, V>) parts[0];
            @SuppressWarnings("unchecked")
            Node<K, V> higher = (Node<K, V>) parts[1];
            return new Node<>(key, value, priority, lower, higher);
        }
        return c < 0 ? node.with(insert(node.left, key, value, priority), node.right)
                : node.with(node.left, insert(node.right, key, value, priority));
    }

    /** The tree's keys below and above the key, which it does not hold, as two trees. */
    private Object[] split(Node<K, V> node, K key) {
        if (node == null) {
            return new Object[2];
        }
        if (order.compare(key, node.key) > 0) {
            Object[] parts = split(node.right, key);
            @SuppressWarnings("unchecked")
            Node<K, V> lower = (Node<K, V>) parts[0];
            parts[0] = node.with(node.left, lower);
            return parts;
        }
        Object[] parts = split(node.left, key);
        @SuppressWarnings("unchecked")
        Node<K, V> higher = (Node<K, V>) parts[1];
        parts[1] = node.with(higher, node.right);
        return parts;
    }

    private Node<K, V> remove(Node<K, V> node, K key) {
        int c = order.compare(key, node.key);
        if (c == 0) {
            return merge(node.left, node.right);
        }
        return c < 0 ? node.with(remove(node.left, key), node.right) : node.with(node.left, remove(node.right, key));
    }

    /** One tree of two, every key of {@code lower} below every key of {@code higher}. */
    private Node<K, V> merge(Node<K, V> lower, Node<K, V> higher) {
        if (lower == null) {
            return higher;
        }
        if (higher == null) {
            return lower;
        }
        if (above(lower.priority, lower.key, higher)) {
            return lower.with(lower.left, merge(lower.right, higher));
        }
        return higher.with(merge(lower, higher.left), higher.right);
    }

    private void between(Node<K, V> node, K from, K to, BiConsumer<? super K, ? super V> action) {
        if (node == null) {
            return;
        }
        boolean afterFrom = order.compare(node.key, from) >= 0;
        boolean beforeTo = order.compare(node.key, to) < 0;
        if (afterFrom) {
            between(node.left, from, to, action);
        }
        if (afterFrom && beforeTo) {
            action.accept(node.key, node.value);
        }
        if (beforeTo) {
            between(node.right, from, to, action);
        }
    }

    /** A fixed, well-mixed function of the key's hash (the finaliser of MurmurHash3). */
    private static int priorityOf(Object key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> Comparator<K> naturalOrder() {
        return (Comparator) Comparator.naturalOrder();
    }

    /** In-order traversal with an explicit stack, ascending or descending. */
    private abstract static class InOrder<K, V, E> implements Iterator<E> {
        private final Deque<Node<K, V>> path = new ArrayDeque<>();
        private final boolean descending;

        InOrder(Node<K, V> root, boolean descending) {
            this.descending = descending;
            descend(root);
        }

        Iterator<E> iterator() {
            return this;
        }

        private void descend(Node<K, V> node) {
            while (node != null) {
                path.push(node);
                node = descending ? node.right : node.left;
            }
        }

        @Override
        public boolean hasNext() {
            return !path.isEmpty();
        }

        Node<K, V> nextNode() {
            if (path.isEmpty()) {
                throw new NoSuchElementException();
            }
            Node<K, V> node = path.pop();
            descend(descending ? node.left : node.right);
            return node;
        }
    }
}
