package org.directivetracker.core.domain;

/** No obstacle with this id was raised by the commune on this directive. */
public class UnknownObstacleException extends UnknownReferenceException {

    UnknownObstacleException(String communeCode, String obstacleId) {
        super("commune " + communeCode + " has raised no obstacle with id " + obstacleId + " on this directive");
    }
}
