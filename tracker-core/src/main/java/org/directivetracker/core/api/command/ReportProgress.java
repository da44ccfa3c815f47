package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** A commune reports how far it has come. */
public record ReportProgress(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Percent percent, Note note, Actor actor, String requestId)
        implements CommuneCommand {
}
