package org.directivetracker.api.directives;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.WriteRequests.CompletionRequest;
import org.directivetracker.api.directives.WriteRequests.ExtensionRequest;
import org.directivetracker.api.directives.WriteRequests.ProgressRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.springframework.stereotype.Service;

/**
 * A commune's reports on a directive assigned to it: acknowledge, progress, a request for more time, completion.
 * Whether the actor may report for the commune is checked before (security, from the path) and by the directive.
 */
@Service
public class CommuneReports {
    private final Commands commands;
    private final Validator validator;

    public CommuneReports(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    public WriteAnswer acknowledge(String id, String commune, Actor actor, RequestId requestId) {
        commands.send(new AcknowledgeDirective(id, new CommuneCode(commune), actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    public WriteAnswer reportProgress(String id, String commune, ProgressRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Percent percent = values.percent("percent", body.percent());
        Note note = values.note("note", body.note());
        values.requireValid();
        commands.send(new ReportProgress(id, new CommuneCode(commune), percent, note, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    public WriteAnswer requestExtension(String id, String commune, ExtensionRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Deadline proposed = values.deadline("deadline", body.deadline());
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new RequestExtension(id, new CommuneCode(commune), proposed, reason, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }

    public WriteAnswer submitCompletion(String id, String commune, CompletionRequest body, Actor actor, RequestId requestId) {
        RequestValues values = new RequestValues(validator, body);
        Note summary = values.note("summary", body.summary());
        values.requireValid();
        commands.send(new SubmitCompletion(id, new CommuneCode(commune), summary, actor, requestId.value()));
        return WriteAnswer.commune(id, commune);
    }
}
