package org.directivetracker.core.api.event;

import org.directivetracker.core.api.value.ObstacleCategory;

/** The commune raised an obstacle. */
public record ObstacleRaised(String directiveId, String communeCode, String obstacleId, ObstacleCategory category, String description) implements CommuneEvent {
}
