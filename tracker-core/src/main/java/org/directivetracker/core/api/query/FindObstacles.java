package org.directivetracker.core.api.query;

import java.time.LocalDate;

import org.directivetracker.core.api.value.ObstacleCategory;

/**
 * The obstacle register as of the end of {@code asOf}: every filter optional (null). {@code open} true keeps the
 * obstacles open on that day, false those resolved by then. Open ones come first, longest open first. Answers a list
 * of {@link ObstacleEntry}.
 */
public record FindObstacles(Boolean open, ObstacleCategory category, String communeCode, LocalDate asOf) {
}
