package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

import java.util.List;

/** PROVINCE issues a directive to some or all communes; the id is chosen by the caller. */
public record IssueDirective(@TargetAggregateIdentifier String directiveId, Title title, Description description, String reference, String field, Priority priority, Deadline deadline, List<CommuneCode> communes, Actor actor, String requestId)
        implements DirectiveCommand {
}
