package org.directivetracker.api.handovers;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a successor must know of a commune, replayed from the stored events as of an instant: every assignment the
 * commune had received by then with its state, its open obstacles and who owes the next step, the decisions it waits
 * for, its evidence, and the last handover. {@code digest} is the SHA-256 of the rest ({@link DossierDigest}); a
 * handover records it.
 */
public record Dossier(String commune, String communeName, Instant asOf, List<Assignment> assignments,
                      LastHandover lastHandover, String digest) {

    Dossier withDigest(String digest) {
        return new Dossier(commune, communeName, asOf, assignments, lastHandover, digest);
    }

    /** Who must act next on an assignment: the province (a decision or an answer pending) or the commune. */
    public enum Party { PROVINCE, COMMUNE }

    /**
     * One directive as it stood for the commune.
     *
     * @param timeliness judged on the as-of day in the province; null when the directive was withdrawn before completion
     * @param nextStepBy null once nothing is owed (completed, withdrawn)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String directiveId, String title, String reference, DirectiveLifecycle directiveState,
                             Stage stage, Timeliness timeliness, int percent, LocalDate deadline,
                             LocalDate originalDeadline, Party nextStepBy, List<OpenObstacle> openObstacles,
                             List<PendingDecision> pendingDecisions, List<Evidence> evidence) {
    }

    /** An obstacle still open; {@code waitingOn} says who owes the next step on it. */
    public record OpenObstacle(String obstacleId, String category, String description, Instant raisedAt,
                               Party waitingOn) {
    }

    /** A request of the commune the province has not decided yet. */
    public record PendingDecision(Kind kind, Instant since, String text, LocalDate requestedDeadline) {
        public enum Kind { EXTENSION, COMPLETION }
    }

    /** A file attached to the assignment, by its digest. */
    public record Evidence(String attachmentId, String fileName, String contentType, long size, String sha256,
                           Instant attachedAt, String caption) {
    }

    /** The last handover recorded before the as-of instant. */
    public record LastHandover(String from, String to, String note, Instant recordedAt, Instant dossierAsOf,
                               String dossierDigest) {
    }
}
