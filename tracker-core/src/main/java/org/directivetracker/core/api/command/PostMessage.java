package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE or the assigned commune writes a free message into the assignment's thread. */
public record PostMessage(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note text, Actor actor, String requestId)
        implements CommuneCommand {
}
