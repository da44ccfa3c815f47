package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE or the commune itself resolves an open obstacle. */
public record ResolveObstacle(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String obstacleId, Note resolution, Actor actor, String requestId)
        implements CommuneCommand {
}
