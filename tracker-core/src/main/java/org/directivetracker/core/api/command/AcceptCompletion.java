package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE accepts the waiting submission (note may be null). */
public record AcceptCompletion(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note note, Actor actor, String requestId)
        implements CommuneCommand {
}
