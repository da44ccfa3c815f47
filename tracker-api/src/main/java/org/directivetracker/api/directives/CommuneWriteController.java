package org.directivetracker.api.directives;

import jakarta.validation.Validator;
import org.directivetracker.api.directives.WriteRequests.CompletionRequest;
import org.directivetracker.api.directives.WriteRequests.ExtensionRequest;
import org.directivetracker.api.directives.WriteRequests.GrantRequest;
import org.directivetracker.api.directives.WriteRequests.ObstacleRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ProgressRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.directives.WriteRequests.ResolutionRequest;
import org.directivetracker.api.web.RequestIdentity;
import org.directivetracker.api.web.RequestValues;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.directivetracker.api.web.RequestIdentity.requestIdOf;

/**
 * Writes about one commune's assignment: the commune's reports and the province's answers to them. Security has
 * already checked the path's commune against the account; the directive checks its rules.
 */
@RestController
@RequestMapping("/api/directives/" + DirectiveWriteController.DIRECTIVE_ID + "/communes/{code:\\d{5}}")
public class CommuneWriteController {
    private static final String OBSTACLE_ID = "{obstacleId:[A-Za-z0-9_.-]{1,100}}";

    private final Commands commands;
    private final Validator validator;

    public CommuneWriteController(Commands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    @PostMapping("/acknowledge")
    public WriteAnswer acknowledge(@PathVariable String id, @PathVariable String code, Actor actor,
                                   @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        commands.send(new AcknowledgeDirective(id, new CommuneCode(code), actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/progress")
    public WriteAnswer reportProgress(@PathVariable String id, @PathVariable String code, @RequestBody ProgressRequest body,
                                      Actor actor, @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Percent percent = values.percent("percent", body.percent());
        Note note = values.note("note", body.note());
        values.requireValid();
        commands.send(new ReportProgress(id, new CommuneCode(code), percent, note, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/obstacles")
    public ResponseEntity<WriteAnswer> raiseObstacle(@PathVariable String id, @PathVariable String code,
                                                     @RequestBody ObstacleRequest body, Actor actor,
                                                     @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestIdentity request = RequestIdentity.of(actor.account(), key);
        RequestValues values = new RequestValues(validator, body);
        Description description = values.description("description", body.description());
        values.requireValid();
        String obstacleId = request.newId();
        commands.send(new RaiseObstacle(id, new CommuneCode(code), obstacleId, body.category(), description, actor,
                request.requestId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(WriteAnswer.obstacle(id, code, obstacleId));
    }

    @PostMapping("/obstacles/" + OBSTACLE_ID + "/resolve")
    public WriteAnswer resolveObstacle(@PathVariable String id, @PathVariable String code, @PathVariable String obstacleId,
                                       @RequestBody ResolutionRequest body, Actor actor,
                                       @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note resolution = values.note("resolution", body.resolution());
        values.requireValid();
        commands.send(new ResolveObstacle(id, new CommuneCode(code), obstacleId, resolution, actor, requestIdOf(actor, key)));
        return WriteAnswer.obstacle(id, code, obstacleId);
    }

    @PostMapping("/extension")
    public WriteAnswer requestExtension(@PathVariable String id, @PathVariable String code, @RequestBody ExtensionRequest body,
                                        Actor actor, @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Deadline proposed = values.deadline("deadline", body.deadline());
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new RequestExtension(id, new CommuneCode(code), proposed, reason, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/extension/grant")
    public WriteAnswer grantExtension(@PathVariable String id, @PathVariable String code,
                                      @RequestBody(required = false) GrantRequest body, Actor actor,
                                      @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Deadline deadline = values.optionalDeadline("deadline", body == null ? null : body.deadline());
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new GrantExtension(id, new CommuneCode(code), deadline, note, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/extension/deny")
    public WriteAnswer denyExtension(@PathVariable String id, @PathVariable String code, @RequestBody ReasonRequest body,
                                     Actor actor, @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new DenyExtension(id, new CommuneCode(code), reason, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/completion")
    public WriteAnswer submitCompletion(@PathVariable String id, @PathVariable String code, @RequestBody CompletionRequest body,
                                        Actor actor, @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note summary = values.note("summary", body.summary());
        values.requireValid();
        commands.send(new SubmitCompletion(id, new CommuneCode(code), summary, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/completion/accept")
    public WriteAnswer acceptCompletion(@PathVariable String id, @PathVariable String code,
                                        @RequestBody(required = false) OptionalNoteRequest body, Actor actor,
                                        @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note note = values.optionalNote("note", body == null ? null : body.note());
        values.requireValid();
        commands.send(new AcceptCompletion(id, new CommuneCode(code), note, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }

    @PostMapping("/completion/return")
    public WriteAnswer returnCompletion(@PathVariable String id, @PathVariable String code, @RequestBody ReasonRequest body,
                                        Actor actor, @RequestHeader(name = RequestIdentity.HEADER, required = false) String key) {
        RequestValues values = new RequestValues(validator, body);
        Note reason = values.note("reason", body.reason());
        values.requireValid();
        commands.send(new ReturnCompletion(id, new CommuneCode(code), reason, actor, requestIdOf(actor, key)));
        return WriteAnswer.commune(id, code);
    }
}
