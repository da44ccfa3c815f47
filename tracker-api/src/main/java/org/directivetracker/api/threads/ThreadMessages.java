package org.directivetracker.api.threads;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.Commands;
import org.directivetracker.api.threads.ThreadRequests.MessageRequest;
import org.directivetracker.api.threads.ThreadRequests.UrgeRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.PostMessage;
import org.directivetracker.core.api.command.UrgeCommune;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;
import org.springframework.stereotype.Service;

/** The writes of a thread: a message from either side, an urging from the province. REST and pages both come through here. */
@Service
public class ThreadMessages {
    private final Commands commands;
    private final Validator validator;

    public ThreadMessages(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    /** Answers the message's sequence in the directive's history. */
    public MessageAnswer post(String id, String commune, MessageRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note text = values.note("text", body == null ? null : body.text());
        values.requireValid();
        String sequence = commands.sendForAnswer(new PostMessage(id, new CommuneCode(commune), text, actor, requestId.value()));
        return new MessageAnswer(Long.parseLong(sequence));
    }

    public void urge(String id, String commune, UrgeRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.note("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new UrgeCommune(id, new CommuneCode(commune), note, actor, requestId.value()));
    }

    public record MessageAnswer(long sequence) {
    }
}
