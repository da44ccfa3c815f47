package org.directivetracker.core.domain;

/** An obstacle is resolved once. */
public class ObstacleAlreadyResolvedException extends DirectiveRuleViolation {

    ObstacleAlreadyResolvedException(String obstacleId) {
        super("obstacle " + obstacleId + " has already been resolved");
    }
}
