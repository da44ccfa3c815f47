package org.directivetracker.core.api.event;

/** The department an obstacle was referred to answered it; the commune now resolves it or escalates it. */
public record ObstacleAnswered(String directiveId, String communeCode, String obstacleId, String departmentCode,
                               String answer) implements CommuneEvent {
}
