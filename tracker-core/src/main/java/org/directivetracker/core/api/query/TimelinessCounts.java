package org.directivetracker.core.api.query;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.directivetracker.core.api.status.Timeliness;

/** Counts per timeliness, every value present (zeros included), in the enum's order. */
public final class TimelinessCounts {

    private TimelinessCounts() {
    }

    public static Map<Timeliness, Integer> of(Iterable<Timeliness> judged) {
        EnumMap<Timeliness, Integer> counts = new EnumMap<>(Timeliness.class);
        for (Timeliness timeliness : Timeliness.values()) {
            counts.put(timeliness, 0);
        }
        for (Timeliness timeliness : judged) {
            if (timeliness != null) { // a withdrawn assignment counts in no statistic
                counts.merge(timeliness, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }
}
