package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** The commune says the department's answer did not remove its obstacle: the province owes the next step again. */
public record EscalateObstacle(@TargetAggregateIdentifier String directiveId, CommuneCode commune, String obstacleId,
                               Note reason, Actor actor, String requestId)
        implements CommuneCommand {
}
