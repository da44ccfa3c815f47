package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** The department an obstacle is referred to answers it. */
public record AnswerObstacle(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String obstacleId,
                             Note answer, Actor actor, String requestId)
        implements CommuneCommand {
}
