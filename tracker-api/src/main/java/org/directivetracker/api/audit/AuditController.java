package org.directivetracker.api.audit;

import org.directivetracker.api.checkpoints.CheckpointEvidence;
import org.directivetracker.api.web.QueryBounds;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.export.HistoryExport;
import org.directivetracker.eventstore.verification.ProvinceVerification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * The auditor's endpoints. Everything is replayed from the stored events.
 *
 * <ul>
 *   <li>{@code GET /api/directives/{id}/history?from=&limit=}: events oldest first, {@value DirectiveAudit#DEFAULT_PAGE}
 *   per page by default, at most {@value DirectiveAudit#MAX_PAGE}; {@code next} is the address of the next page.
 *   An auditor and the province see every event. A commune account may read it only when its commune is assigned
 *   to the directive (403 otherwise), and then sees the directive-level events and its own commune's events, not the
 *   other communes' reports.</li>
 *   <li>{@code GET /api/directives/{id}/state?at=<instant>} or {@code ?sequence=<n>} (neither: now): the directive
 *   progress view replayed up to that point, plus {@code asOfSequence} and {@code at}; 404 before the first event.</li>
 *   <li>{@code GET /api/directives/{id}/verify}: the hash chain recomputed from the store, and the directive checked
 *   against the latest signed checkpoint ({@code checkpoint: {id, consistent, ...}}, null when there is none).</li>
 *   <li>{@code GET /api/directives/{id}/export}: the history as a file, for {@code --verify-file}.</li>
 *   <li>{@code POST /api/admin/verify}: every directive verified, and the digest of the whole store.</li>
 * </ul>
 * State, verification and export are for auditors and the province (403 for a commune account). An unknown directive
 * is 404.
 */
@RestController
public class AuditController {

    private final DirectiveAudit audit;
    private final ProvinceVerification province;
    private final CheckpointEvidence checkpoints;

    public AuditController(DirectiveAudit audit, ProvinceVerification province, CheckpointEvidence checkpoints) {
        this.audit = audit;
        this.province = province;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/directives/{id}/history")
    public HistoryPage history(@PathVariable String id, @RequestParam(defaultValue = "0") long from,
                               @RequestParam(defaultValue = "" + DirectiveAudit.DEFAULT_PAGE) int limit, Actor actor) {
        if (from < 0) {
            throw new InvalidValueException("from", "must be a sequence, 0 or more");
        }
        if (limit < 1 || limit > DirectiveAudit.MAX_PAGE) {
            throw new InvalidValueException("limit", "must be between 1 and " + DirectiveAudit.MAX_PAGE);
        }
        return audit.history(id, from, limit, actor);
    }

    @GetMapping("/api/directives/{id}/state")
    public DirectiveStateAt state(@PathVariable String id, @RequestParam(required = false) String at,
                                  @RequestParam(required = false) Long sequence, Actor actor) {
        if (at != null && sequence != null) {
            throw new InvalidValueException("at", "give either an instant (at) or a sequence, not both");
        }
        if (sequence != null) {
            if (sequence < 0) {
                throw new InvalidValueException("sequence", "must be a sequence, 0 or more");
            }
            return audit.stateAtSequence(id, sequence, actor);
        }
        return at == null ? audit.currentState(id, actor) : audit.stateAt(id, QueryBounds.instant("at", at), actor);
    }

    @GetMapping("/api/directives/{id}/verify")
    public VerificationAnswer.Directive verify(@PathVariable String id, Actor actor) {
        ChainVerification chain = audit.verify(id, actor);
        return VerificationAnswer.Directive.of(chain, checkpoints.checkStream(id));
    }

    @GetMapping("/api/directives/{id}/export")
    public ResponseEntity<HistoryExport> export(@PathVariable String id, Actor actor) {
        return HistoryDownload.of(id, audit.export(id, actor));
    }

    @PostMapping("/api/admin/verify")
    public VerificationAnswer.Province verifyAll(Actor actor) {
        DirectiveAudit.requireAuditReader(actor);
        return VerificationAnswer.Province.of(province.verifyAll(line -> { }, 0), checkpoints.checkStore());
    }

}
