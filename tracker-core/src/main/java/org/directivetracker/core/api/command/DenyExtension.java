package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE denies the open request. */
public record DenyExtension(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note reason, Actor actor, String requestId)
        implements CommuneCommand {
}
