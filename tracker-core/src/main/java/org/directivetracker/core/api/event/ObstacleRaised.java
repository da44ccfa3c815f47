package org.directivetracker.core.api.event;

/**
 * The commune raised an obstacle. {@code category} is the category's code (the JSON it always had), kept as text so
 * that the event replays after its category has left the configuration.
 */
public record ObstacleRaised(String directiveId, String communeCode, String obstacleId, String category, String description) implements CommuneEvent {
}
