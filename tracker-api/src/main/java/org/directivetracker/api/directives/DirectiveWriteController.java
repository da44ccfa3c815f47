package org.directivetracker.api.directives;

import org.directivetracker.api.directives.WriteRequests.AssignCommunesRequest;
import org.directivetracker.api.directives.WriteRequests.ChangeDeadlineRequest;
import org.directivetracker.api.directives.WriteRequests.IssueDirectiveRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static org.directivetracker.api.directives.DirectivePaths.DIRECTIVE_ID;

/** The province's decisions on a directive as a whole, over HTTP. */
@RestController
@RequestMapping("/api/directives")
public class DirectiveWriteController {
    private final DirectiveDecisions decisions;

    public DirectiveWriteController(DirectiveDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    public ResponseEntity<WriteAnswer> issue(@RequestBody IssueDirectiveRequest body, Actor actor, RequestId requestId) {
        WriteAnswer answer = decisions.issue(body, actor, requestId);
        return ResponseEntity.created(URI.create("/api/directives/" + answer.id())).body(answer);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/communes")
    public WriteAnswer assign(@PathVariable String id, @RequestBody AssignCommunesRequest body, Actor actor, RequestId requestId) {
        return decisions.assign(id, body, actor, requestId);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/deadline")
    public WriteAnswer changeDeadline(@PathVariable String id, @RequestBody ChangeDeadlineRequest body, Actor actor,
                                      RequestId requestId) {
        return decisions.changeDeadline(id, body, actor, requestId);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/withdraw")
    public WriteAnswer withdraw(@PathVariable String id, @RequestBody ReasonRequest body, Actor actor, RequestId requestId) {
        return decisions.withdraw(id, body, actor, requestId);
    }

    @PostMapping("/" + DIRECTIVE_ID + "/close")
    public WriteAnswer close(@PathVariable String id, @RequestBody(required = false) OptionalNoteRequest body, Actor actor,
                             RequestId requestId) {
        return decisions.close(id, body, actor, requestId);
    }
}
