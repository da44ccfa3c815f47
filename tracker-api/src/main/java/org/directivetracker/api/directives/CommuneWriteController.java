package org.directivetracker.api.directives;

import org.directivetracker.api.directives.WriteRequests.CompletionRequest;
import org.directivetracker.api.directives.WriteRequests.ExtensionRequest;
import org.directivetracker.api.directives.WriteRequests.GrantRequest;
import org.directivetracker.api.directives.WriteRequests.OptionalNoteRequest;
import org.directivetracker.api.directives.WriteRequests.ProgressRequest;
import org.directivetracker.api.directives.WriteRequests.ReasonRequest;
import org.directivetracker.api.web.RequestId;
import org.directivetracker.core.api.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes about one commune's assignment over HTTP: the commune's reports and the province's answers to them.
 * Security has already checked the path's commune against the account; the directive checks its rules.
 */
@RestController
@RequestMapping(DirectivePaths.ASSIGNMENT)
public class CommuneWriteController {
    private final CommuneReports reports;
    private final DirectiveDecisions decisions;

    public CommuneWriteController(CommuneReports reports, DirectiveDecisions decisions) {
        this.reports = reports;
        this.decisions = decisions;
    }

    @PostMapping("/acknowledge")
    public WriteAnswer acknowledge(@PathVariable String id, @PathVariable String code, Actor actor, RequestId requestId) {
        return reports.acknowledge(id, code, actor, requestId);
    }

    @PostMapping("/progress")
    public WriteAnswer reportProgress(@PathVariable String id, @PathVariable String code, @RequestBody ProgressRequest body,
                                      Actor actor, RequestId requestId) {
        return reports.reportProgress(id, code, body, actor, requestId);
    }

    @PostMapping("/extension")
    public WriteAnswer requestExtension(@PathVariable String id, @PathVariable String code, @RequestBody ExtensionRequest body,
                                        Actor actor, RequestId requestId) {
        return reports.requestExtension(id, code, body, actor, requestId);
    }

    @PostMapping("/extension/grant")
    public WriteAnswer grantExtension(@PathVariable String id, @PathVariable String code,
                                      @RequestBody(required = false) GrantRequest body, Actor actor, RequestId requestId) {
        return decisions.grantExtension(id, code, body, actor, requestId);
    }

    @PostMapping("/extension/deny")
    public WriteAnswer denyExtension(@PathVariable String id, @PathVariable String code, @RequestBody ReasonRequest body,
                                     Actor actor, RequestId requestId) {
        return decisions.denyExtension(id, code, body, actor, requestId);
    }

    @PostMapping("/completion")
    public WriteAnswer submitCompletion(@PathVariable String id, @PathVariable String code, @RequestBody CompletionRequest body,
                                        Actor actor, RequestId requestId) {
        return reports.submitCompletion(id, code, body, actor, requestId);
    }

    @PostMapping("/completion/accept")
    public WriteAnswer acceptCompletion(@PathVariable String id, @PathVariable String code,
                                        @RequestBody(required = false) OptionalNoteRequest body, Actor actor, RequestId requestId) {
        return decisions.acceptCompletion(id, code, body, actor, requestId);
    }

    @PostMapping("/completion/return")
    public WriteAnswer returnCompletion(@PathVariable String id, @PathVariable String code, @RequestBody ReasonRequest body,
                                        Actor actor, RequestId requestId) {
        return decisions.returnCompletion(id, code, body, actor, requestId);
    }
}
