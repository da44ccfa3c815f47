package org.directivetracker.core.api.event;

/** An open obstacle was resolved, by the province or the commune. */
public record ObstacleResolved(String directiveId, String communeCode, String obstacleId, String resolution) implements CommuneEvent {
}
