package org.directivetracker.api.checkpoints;

import org.directivetracker.api.readmodels.ViewNotFoundException;
import org.directivetracker.api.security.ReadAccess;
import org.directivetracker.core.api.Actor;
import org.directivetracker.eventstore.checkpoint.Checkpoint;
import org.directivetracker.eventstore.checkpoint.CheckpointDirectory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Signed checkpoints over HTTP, for the province and auditors: {@code POST /api/admin/checkpoints} signs one now
 * (before and after a meeting, say); {@code GET /api/checkpoints} lists them, newest last; {@code GET
 * /api/checkpoints/{id}} gives one whole (with every stream's head), or its printable page with {@code Accept: text/plain}.
 */
@RestController
public class CheckpointController {
    private final CheckpointEvidence evidence;

    public CheckpointController(CheckpointEvidence evidence) {
        this.evidence = evidence;
    }

    /** A checkpoint without its stream list. */
    public record CheckpointSummary(String id, Instant at, int streams, long events, String root, String signature,
                                    String keyId) {
        static CheckpointSummary of(Checkpoint checkpoint) {
            return new CheckpointSummary(checkpoint.id(), checkpoint.at(), checkpoint.streams(), checkpoint.events(),
                    checkpoint.root(), checkpoint.signature(), checkpoint.keyId());
        }
    }

    @PostMapping("/api/admin/checkpoints")
    public ResponseEntity<CheckpointSummary> sign(Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "a checkpoint of the store");
        Checkpoint checkpoint = evidence.sign();
        return ResponseEntity.created(URI.create("/api/checkpoints/" + checkpoint.id())).body(CheckpointSummary.of(checkpoint));
    }

    @GetMapping("/api/checkpoints")
    public List<CheckpointSummary> list(Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "the list of checkpoints");
        return evidence.all().stream().map(CheckpointSummary::of).toList();
    }

    @GetMapping(value = "/api/checkpoints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Checkpoint one(@PathVariable String id, Actor actor) {
        ReadAccess.requireProvinceOrAuditor(actor, "a checkpoint");
        return evidence.byId(id).orElseThrow(() -> new ViewNotFoundException("there is no checkpoint " + id));
    }

    @GetMapping(value = "/api/checkpoints/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
    public String printable(@PathVariable String id, Actor actor) {
        return CheckpointDirectory.printable(one(id, actor));
    }
}
