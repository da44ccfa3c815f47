package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE withdraws a directive; afterwards every write is refused. */
public record WithdrawDirective(@TargetAggregateIdentifier String directiveId, Note reason, Actor actor, String requestId)
        implements DirectiveCommand {
}
