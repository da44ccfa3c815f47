package org.directivetracker.projections.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What an {@link ReadModelCopy.Index} computed from each key's latest value, kept for the next change of that key:
 * a change's value before is the very object the change before it brought, so what it contributed need not be
 * computed again. Known by identity, as a copy's values are never changed; the least recently used keys are
 * forgotten past {@code capacity}, and a forgotten or replaced value is simply computed again.
 *
 * @param <T> a copy's value
 * @param <R> what is computed from it; must not be changed once made
 */
public final class LastComputed<T, R> {

    private record Computed<T, R>(T value, R result) {
    }

    private final Map<String, Computed<T, R>> kept;

    public LastComputed(int capacity) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Computed<T, R>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What {@code compute} makes of {@code value}, the value of {@code key}: kept from last time if it is that value. */
    public R of(String key, T value, Function<T, R> compute) {
        synchronized (kept) {
            Computed<T, R> last = kept.get(key);
            if (last != null && last.value() == value) {
                return last.result();
            }
        }
        R result = compute.apply(value); // outside the lock: a large value takes long, and other keys need not wait
        synchronized (kept) {
            kept.put(key, new Computed<>(value, result));
        }
        return result;
    }
}
