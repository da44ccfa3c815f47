package org.directivetracker.core.domain;

/** A commune escalates an obstacle only after the department it was referred to has answered. */
public class ObstacleNotAnsweredException extends DirectiveRuleViolation {

    ObstacleNotAnsweredException(String obstacleId) {
        super("obstacle " + obstacleId + " has no department's answer to escalate; it can be escalated once a "
                + "department has answered it");
    }
}
