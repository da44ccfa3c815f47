package org.directivetracker.api.handovers;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.handovers.Dossier.Evidence;
import org.directivetracker.api.handovers.Dossier.OpenObstacle;
import org.directivetracker.api.handovers.Dossier.Party;
import org.directivetracker.api.handovers.Dossier.PendingDecision;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.progress.DirectiveState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One directive replayed for one commune up to an instant: its state through {@link DirectiveState} (the fold the
 * views and the auditor's state-as-of use), and beside it what a dossier lists in detail (open obstacles, requests
 * awaiting the province, evidence).
 */
final class AssignmentReplay {

    private final String commune;
    private final DirectiveState state;
    private final Map<String, OpenObstacle> openObstacles = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private PendingDecision pendingExtension;
    private PendingDecision pendingCompletion;

    AssignmentReplay(String directiveId, String commune) {
        this.commune = commune;
        this.state = new DirectiveState(directiveId);
    }

    void apply(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof DirectiveEvent event)) {
            return;
        }
        Instant at = message.getTimestamp();
        state.apply(event, at, message.getSequenceNumber());
        if (event instanceof EvidenceAttached attached && commune.equals(attached.communeCode())) {
            evidence.add(new Evidence(attached.attachmentId(), attached.fileName(), attached.contentType(),
                    attached.size(), attached.sha256(), at, attached.caption()));
        }
        if (!(event instanceof org.directivetracker.core.api.event.CommuneEvent communeEvent)
            || !commune.equals(communeEvent.communeCode())) {
            return;
        }
        if (event instanceof ObstacleRaised raised) {
            openObstacles.put(raised.obstacleId(), new OpenObstacle(raised.obstacleId(), raised.category(),
                    raised.description(), at, Party.PROVINCE));
        } else if (event instanceof ObstacleResolved resolved) {
            openObstacles.remove(resolved.obstacleId());
        } else if (event instanceof ExtensionRequested requested) {
            pendingExtension = new PendingDecision(PendingDecision.Kind.EXTENSION, at, requested.reason(),
                    requested.proposedDeadline());
        } else if (event instanceof ExtensionGranted || event instanceof ExtensionDenied) {
            pendingExtension = null;
        } else if (event instanceof CompletionSubmitted submitted) {
            pendingCompletion = new PendingDecision(PendingDecision.Kind.COMPLETION, at, submitted.summary(), null);
        } else if (event instanceof CompletionAccepted || event instanceof CompletionReturned) {
            pendingCompletion = null;
        }
    }

    /** The assignment as of {@code asOf}, or empty when the commune was not assigned by then. */
    Optional<Dossier.Assignment> assignment(Instant asOf, CommuneDirectory names, TimelinessRules rules) {
        if (!state.isIssued() || state.commune(commune) == null) {
            return Optional.empty();
        }
        CommuneProgressRow row = state.view(ProvinceTime.dateOf(asOf), names, rules).communes().stream()
                .filter(candidate -> candidate.code().equals(commune))
                .findFirst().orElseThrow();
        List<PendingDecision> pending = new ArrayList<>();
        if (pendingExtension != null) {
            pending.add(pendingExtension);
        }
        if (pendingCompletion != null) {
            pending.add(pendingCompletion);
        }
        return Optional.of(new Dossier.Assignment(state.directiveId(), state.title(), state.reference(),
                state.lifecycle(), row.stage(), row.timeliness(), row.percent(), row.deadline(),
                row.originalDeadline(), nextStepBy(row, pending), List.copyOf(openObstacles.values()),
                List.copyOf(pending), List.copyOf(evidence)));
    }

    private Party nextStepBy(CommuneProgressRow row, List<PendingDecision> pending) {
        if (!row.stage().isOpen()) {
            return null;
        }
        boolean provinceOwes = !pending.isEmpty()
                               || openObstacles.values().stream().anyMatch(obstacle -> obstacle.waitingOn() == Party.PROVINCE);
        return provinceOwes ? Party.PROVINCE : Party.COMMUNE;
    }
}
