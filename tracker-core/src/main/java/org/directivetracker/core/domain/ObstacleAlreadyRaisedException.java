package org.directivetracker.core.domain;

/** Obstacle ids are unique within a directive. */
public class ObstacleAlreadyRaisedException extends DirectiveRuleViolation {

    ObstacleAlreadyRaisedException(String obstacleId) {
        super("an obstacle with id " + obstacleId + " has already been raised on this directive");
    }
}
