package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE closes a directive; with communes still open, the note must say why. */
public record CloseDirective(@TargetAggregateIdentifier String directiveId, Note note, Actor actor, String requestId)
        implements DirectiveCommand {
}
