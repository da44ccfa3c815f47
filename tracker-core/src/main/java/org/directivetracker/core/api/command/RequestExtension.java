package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** A commune asks for a later deadline; one open request at a time. */
public record RequestExtension(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Deadline proposedDeadline, Note reason, Actor actor, String requestId)
        implements CommuneCommand {
}
