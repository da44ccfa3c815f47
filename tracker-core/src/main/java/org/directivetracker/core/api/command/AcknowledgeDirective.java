package org.directivetracker.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.CommuneCode;

/** A commune confirms it has received the directive; once. */
public record AcknowledgeDirective(@TargetAggregateIdentifier String directiveId, CommuneCode commune, Actor actor,
                                   String requestId) implements CommuneCommand {
}
