package org.directivetracker.api.directives;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.value.InvalidValueException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a command and waits until its events are stored, with the actor and request id as metadata (the correlation
 * data provider copies them onto every event, so each stored event names who acted). A command that lost a race for its
 * directive (or met a directive this instance held loaded while another instance changed it) stored nothing and is
 * sent once more, on the directive as now stored; losing again is answered 409.
 */
@Component
public class Commands {
    /** Where the directive names a field differently from the request field it was built from. */
    private static final Map<Class<?>, Map<String, String>> REQUEST_FIELDS = Map.of(
            RequestExtension.class, Map.of("proposedDeadline", "deadline"));

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(DirectiveCommand command) {
        sendForAnswer(command);
    }

    /** Sends the command and answers what its handler returned (an id it created, a sequence), or null. */
    public <R> R sendForAnswer(DirectiveCommand command) {
        try {
            try {
                return gateway.sendAndWait(command, metadataOf(command.actor(), command.requestId()));
            } catch (ConcurrencyException lostRace) {
                return gateway.sendAndWait(command, metadataOf(command.actor(), command.requestId()));
            }
        } catch (InvalidValueException e) {
            String field = REQUEST_FIELDS.getOrDefault(command.getClass(), Map.of()).getOrDefault(e.field(), e.field());
            throw new InvalidRequestException(List.of(new FieldError(field, e.reason())));
        }
    }

    public static MetaData metadataOf(Actor actor, String requestId) {
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACCOUNT, actor.account());
        values.put(MetadataKeys.ROLE, actor.role().name());
        if (actor.commune() != null) {
            values.put(MetadataKeys.COMMUNE, actor.commune().value());
        }
        values.put(MetadataKeys.REQUEST_ID, requestId);
        return MetaData.from(values);
    }
}
