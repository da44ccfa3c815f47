package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** A commune raises an obstacle; the obstacle id is chosen by the caller. */
public record RaiseObstacle(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String obstacleId, ObstacleCategory category, Description description, Actor actor, String requestId)
        implements CommuneCommand {
}
