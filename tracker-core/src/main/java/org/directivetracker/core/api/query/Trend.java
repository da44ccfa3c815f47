package org.directivetracker.core.api.query;

import java.util.List;

/** Weekly points, oldest first. */
public record Trend(List<TrendPoint> weeks) {

    public Trend {
        weeks = List.copyOf(weeks);
    }
}
