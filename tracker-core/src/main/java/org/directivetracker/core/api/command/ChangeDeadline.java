package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE moves the deadline of every commune that has not completed. */
public record ChangeDeadline(@TargetAggregateIdentifier String directiveId, Deadline deadline, Note reason, Actor actor, String requestId)
        implements DirectiveCommand {
}
