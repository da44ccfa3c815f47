package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

import java.util.List;

/** PROVINCE adds communes to an active directive. */
public record AssignCommunes(@TargetAggregateIdentifier String directiveId, List<CommuneCode> communes, Actor actor, String requestId)
        implements DirectiveCommand {
}
