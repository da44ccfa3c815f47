package org.directivetracker.api.meetings;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.command.MeetingCommand;
import org.directivetracker.core.domain.NotPermittedException;
import org.directivetracker.core.api.value.InvalidValueException;
import org.springframework.stereotype.Component;

/** Sends a meeting's command and waits until its events are stored, with who acts and the request id as metadata. */
@Component
class MeetingCommands {
    private final CommandGateway gateway;

    MeetingCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Only the province writes on meetings: anyone else is refused before the request is even read. */
    static void requireProvince(Actor actor) {
        if (actor.role() != Role.PROVINCE) {
            throw new NotPermittedException("only a provincial account writes on meetings; account '"
                    + actor.account() + "' may read them at most");
        }
    }

    <R> R send(MeetingCommand command) {
        requireProvince(command.actor());
        try {
            return gateway.sendAndWait(command, Commands.metadataOf(command.actor(), command.requestId()));
        } catch (InvalidValueException e) {
            throw new InvalidRequestException(List.of(new FieldError(e.field(), e.reason())));
        } catch (AggregateNotFoundException e) {
            throw new UnknownMeetingException(command.meetingId());
        }
    }
}
