package org.directivetracker.core.domain;

/** A department answers an obstacle while it waits on that department: once per referral. */
public class ObstacleNotAwaitingAnswerException extends DirectiveRuleViolation {

    ObstacleNotAwaitingAnswerException(String obstacleId, String department) {
        super("obstacle " + obstacleId + " is not waiting on an answer from department " + department
                + "; it was answered already or taken back by the province");
    }
}
