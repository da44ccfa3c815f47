package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE grants the open request, with the proposed date unless it names another (deadline may be null; note may be null). */
public record GrantExtension(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Deadline deadline, Note note, Actor actor, String requestId)
        implements CommuneCommand {
}
