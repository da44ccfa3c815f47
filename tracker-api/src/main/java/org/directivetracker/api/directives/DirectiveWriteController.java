package org.directivetracker.api.directives;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.WriteRequests.AssignCommunesRequest;
import org.directivetracker.api.directives.WriteRequests.ChangeDeadlineRequest;
import org.directivetracker.api.directives.WriteRequests.IssueDirectiveRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.web.RequestIdentity;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.Title;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static org.directivetracker.api.web.RequestIdentity.requestIdOf;

/** The province's decisions on a directive as a whole. */
@RestController
@RequestMapping("/api/directives")
public class DirectiveWriteController {
    static final String DIRECTIVE_ID = "{id:[A-Za-z0-9_.-]{1,100}}";

    private final Commands commands;
    private final Validator validator;

    public DirectiveWriteController(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    @PostMapping
    public ResponseEntity<WriteAnswer> issue(@RequestBody IssueDirectiveRequest body, Actor actor,
                                             @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestIdentity request = RequestIdentity.of(actor.account(), key);
        RequestValues values = new RequestValues(validator, body);
        Title title = values.title("title", body.title());
        Description description = values.description("description", body.description());
        Deadline deadline = values.deadline("deadline", body.deadline());
        List<CommuneCode> communes = values.communes("communes", body.communes());
        values.requireValid();
        String id = request.newId();
        commands.send(new IssueDirective(id, title, description, blankToNull(body.reference()), blankToNull(body.field()),
                body.priority() == null ? Priority.NORMAL : body.priority(), deadline, communes, actor, request.requestId()));
        return ResponseEntity.created(URI.create("/api/directives/" + id)).body(WriteAnswer.directive(id));
    }

    @PostMapping("/" + DIRECTIVE_ID + "/communes")
    public WriteAnswer assign(@PathVariable String id, @RequestBody AssignCommunesRequest body, Actor actor,
                              @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        List<CommuneCode> communes = values.communes("communes", body.communes());
        values.requireValid();
        commands.send(new AssignCommunes(id, communes, actor, requestIdOf(actor, key)));
        return WriteAnswer.directive(id);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/deadline")
    public WriteAnswer changeDeadline(@PathVariable String id, @RequestBody ChangeDeadlineRequest body, Actor actor,
                                      @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Deadline deadline = values.deadline("deadline", body.deadline());
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new ChangeDeadline(id, deadline, reason, actor, requestIdOf(actor, key)));
        return WriteAnswer.directive(id);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/withdraw")
    public WriteAnswer withdraw(@PathVariable String id, @RequestBody ReasonRequest body, Actor actor,
                                @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new WithdrawDirective(id, reason, actor, requestIdOf(actor, key)));
        return WriteAnswer.directive(id);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/close")
    public WriteAnswer close(@PathVariable String id, @RequestBody(required = false) OptionalNoteRequest body, Actor actor,
                             @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new CloseDirective(id, note, actor, requestIdOf(actor, key)));
        return WriteAnswer.directive(id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
