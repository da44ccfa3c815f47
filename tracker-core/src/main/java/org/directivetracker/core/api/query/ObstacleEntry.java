package org.directivetracker.core.api.query;

import java.time.Instant;

import org.directivetracker.core.api.value.ObstacleCategory;

/**
 * An obstacle in the register.
 *
 * @param ageDays days from the day it was raised to the asked day (open) or to the day it was resolved
 * @param open    whether it was still open at the end of the asked day
 */
public record ObstacleEntry(
        String obstacleId,
        String directiveId,
        String directiveTitle,
        String communeCode,
        String communeName,
        ObstacleCategory category,
        String description,
        Instant raisedAt,
        long ageDays,
        boolean open,
        Instant resolvedAt,
        String resolution) {
}
