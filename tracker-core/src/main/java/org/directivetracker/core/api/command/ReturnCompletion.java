package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE returns the waiting submission, with a reason. */
public record ReturnCompletion(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note reason, Actor actor, String requestId)
        implements CommuneCommand {
}
