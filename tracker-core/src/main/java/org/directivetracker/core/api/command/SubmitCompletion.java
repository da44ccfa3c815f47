package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** A commune reports the directive done, for the province to accept or return. */
public record SubmitCompletion(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note summary, Actor actor, String requestId)
        implements CommuneCommand {
}
