package org.directivetracker.api.directives;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.WriteRequests.AssignCommunesRequest;
import org.directivetracker.api.directives.WriteRequests.ChangeDeadlineRequest;
import org.directivetracker.api.directives.WriteRequests.GrantRequest;
import org.directivetracker.api.directives.WriteRequests.IssueDirectiveRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.web.InputText;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.Title;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The province's decisions on a directive: issue it, assign communes, move its deadline, withdraw or close it, and
 * answer a commune's request for more time or its completion. Each checks every field of its request at once, sends
 * the command and answers the ids concerned; the REST API and the pages both come through here.
 */
@Service
public class DirectiveDecisions {
    private final Commands commands;
    private final Validator validator;

    public DirectiveDecisions(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    public WriteAnswer issue(IssueDirectiveRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Title title = values.title("title", body.title());
        Description description = values.description("description", body.description());
        Deadline deadline = values.deadline("deadline", body.deadline());
        List<CommuneCode> communes = values.communes("communes", body.communes());
        String reference = values.optionalPlainText("reference", body.reference());
        String field = values.optionalPlainText("field", body.field());
        values.requireValid();
        String id = requestId.createdId();
        commands.send(new IssueDirective(id, title, description, InputText.orNull(reference), InputText.orNull(field),
                body.priority() == null ? Priority.NORMAL : body.priority(), deadline, communes, actor, requestId.value()));
        return WriteAnswer.directive(id);
    }

    public WriteAnswer assign(String id, AssignCommunesRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        List<CommuneCode> communes = values.communes("communes", body.communes());
        values.requireValid();
        commands.send(new AssignCommunes(id, communes, actor, requestId.value()));
        return WriteAnswer.directive(id);
    }

    public WriteAnswer changeDeadline(String id, ChangeDeadlineRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Deadline deadline = values.deadline("deadline", body.deadline());
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new ChangeDeadline(id, deadline, reason, actor, requestId.value()));
        return WriteAnswer.directive(id);
    }

    public WriteAnswer withdraw(String id, ReasonRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new WithdrawDirective(id, reason, actor, requestId.value()));
        return WriteAnswer.directive(id);
    }

    /** The note is optional, and so is the body. */
    public WriteAnswer close(String id, OptionalNoteRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new CloseDirective(id, note, actor, requestId.value()));
        return WriteAnswer.directive(id);
    }

    /** Grants the proposed date unless the body gives another; the body is optional. */
    public WriteAnswer grantExtension(String id, String commune, GrantRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Deadline deadline = values.optionalDeadline("deadline", body == null ? null : body.deadline());
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new GrantExtension(id, new CommuneCode(commune), deadline, note, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    public WriteAnswer denyExtension(String id, String commune, ReasonRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new DenyExtension(id, new CommuneCode(commune), reason, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    /** The note is optional, and so is the body. */
    public WriteAnswer acceptCompletion(String id, String commune, OptionalNoteRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new AcceptCompletion(id, new CommuneCode(commune), note, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    public WriteAnswer returnCompletion(String id, String commune, ReasonRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new ReturnCompletion(id, new CommuneCode(commune), reason, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }
}
