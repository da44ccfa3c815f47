package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.*;

/** PROVINCE urges ("đôn đốc") a commune on its open assignment, with a note. */
public record UrgeCommune(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Note note, Actor actor, String requestId)
        implements CommuneCommand {
}
