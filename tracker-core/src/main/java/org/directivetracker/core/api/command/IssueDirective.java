package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

import java.util.List;

/**
 * PROVINCE issues a directive to some or all communes; the id is chosen by the caller. {@code origin} names the
 * meeting conclusion that issues it, or is null for a directive issued directly.
 */
public record IssueDirective(@TargetAggregateIdentifier String directiveId, Title title, Description description, String reference, String field, Priority priority, Deadline deadline, List<CommuneCode> communes, Actor actor, String requestId, Origin origin)
        implements DirectiveCommand {

    /** A directive issued directly, not from a meeting. */
    public IssueDirective(String directiveId, Title title, Description description, String reference, String field,
                          Priority priority, Deadline deadline, List<CommuneCode> communes, Actor actor, String requestId) {
        this(directiveId, title, description, reference, field, priority, deadline, communes, actor, requestId, null);
    }
}
