package org.directivetracker.core.api.event;

/** The commune found the department's answer did not remove the obstacle; it waits on the province again. */
public record ObstacleEscalated(String directiveId, String communeCode, String obstacleId, String departmentCode,
                                String reason) implements CommuneEvent {
}
