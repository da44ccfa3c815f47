package org.directivetracker.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneEvent;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.communes.CommuneDirectory;

/** One commune's assignment inside a {@link DirectiveState}: what the events said, nothing judged yet. */
public final class CommuneProgress {

    final String code;
    Stage stage = Stage.ASSIGNED;
    int percent;
    LocalDate deadline;
    LocalDate originalDeadline;
    Instant assignedAt;
    Instant acknowledgedAt;
    Instant lastReportAt;
    /** The pending submission while awaiting acceptance, the accepted one once completed. */
    Instant submittedAt;
    Instant completedAt;
    LocalDate requestedDeadline;
    /** Open obstacle id to the time it was raised; null while none is open, as most of a province's million are. */
    private SortedMap<String, Instant> openObstacles;
    long lastSequence = -1;

    CommuneProgress(String code) {
        this.code = code.intern(); // 64 codes among a million assignments
    }

    /** The commune as a CommuneAssigned leaves it: nothing reported, the deadline it was given. */
    static CommuneProgress assigned(CommuneAssigned assigned, Instant occurredAt, long sequence) {
        CommuneProgress commune = new CommuneProgress(assigned.communeCode());
        commune.deadline = assigned.deadline();
        commune.originalDeadline = assigned.deadline();
        commune.assignedAt = occurredAt;
        commune.lastSequence = sequence;
        return commune;
    }

    /** Folds in an event of this commune other than its assignment. */
    void apply(CommuneEvent event, Instant occurredAt, long sequence) {
        lastSequence = sequence;
        if (event instanceof DirectiveAcknowledged) {
            acknowledgedAt = occurredAt;
            startWork();
        } else if (event instanceof ProgressReported reported) {
            percent = reported.percent();
            lastReportAt = occurredAt;
            startWork();
        } else if (event instanceof ObstacleRaised raised) {
            obstacleOpened(raised.obstacleId(), occurredAt);
            startWork();
        } else if (event instanceof ObstacleResolved resolved) {
            if (openObstacles != null && openObstacles.remove(resolved.obstacleId()) != null && openObstacles.isEmpty()) {
                openObstacles = null;
            }
        } else if (event instanceof ExtensionRequested requested) {
            requestedDeadline = requested.proposedDeadline();
            startWork();
        } else if (event instanceof ExtensionGranted granted) {
            deadline = granted.deadline();
            requestedDeadline = null;
        } else if (event instanceof ExtensionDenied) {
            requestedDeadline = null;
        } else if (event instanceof CompletionSubmitted) {
            stage = Stage.AWAITING_ACCEPTANCE;
            submittedAt = occurredAt;
            lastReportAt = occurredAt;
        } else if (event instanceof CompletionAccepted accepted) {
            stage = Stage.COMPLETED;
            percent = 100;
            completedAt = occurredAt;
            if (accepted.submittedAt() != null) {
                submittedAt = accepted.submittedAt();
            }
            if (accepted.deadline() != null) {
                deadline = accepted.deadline();
            }
        } else if (event instanceof CompletionReturned) {
            stage = Stage.IN_PROGRESS;
            submittedAt = null;
        }
    }

    /** The province moved the directive's deadline for this commune. */
    void moveDeadline(LocalDate moved, long sequence) {
        deadline = moved;
        lastSequence = sequence;
    }

    /** The directive was withdrawn; a completion already accepted stays a fact. */
    void withdraw(long sequence) {
        if (stage.isOpen()) {
            stage = Stage.WITHDRAWN;
            lastSequence = sequence;
        }
    }

    private void startWork() {
        if (stage == Stage.ASSIGNED) {
            stage = Stage.IN_PROGRESS;
        }
    }

    /** Where the commune stands as of a day, judged by the working-day rules. */
    public Timeliness timeliness(LocalDate asOf, TimelinessRules rules) {
        return rules.judge(stage, deadline, submittedOn(), asOf);
    }

    public LocalDate submittedOn() {
        return submittedAt == null ? null : ProvinceTime.dateOf(submittedAt);
    }

    public CommuneProgressRow row(LocalDate asOf, CommuneDirectory names, TimelinessRules rules) {
        return new CommuneProgressRow(code, names.nameOf(code), stage, timeliness(asOf, rules), percent, deadline, originalDeadline,
                isBlocked(), openObstacles().size(), lastReportAt, acknowledgedAt, submittedOn(), requestedDeadline);
    }

    public boolean isBlocked() {
        return openObstacles != null;
    }

    public String code() {
        return code;
    }

    public Stage stage() {
        return stage;
    }

    public int percent() {
        return percent;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate originalDeadline() {
        return originalDeadline;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant lastReportAt() {
        return lastReportAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public LocalDate requestedDeadline() {
        return requestedDeadline;
    }

    public SortedMap<String, Instant> openObstacles() {
        return openObstacles == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(openObstacles);
    }

    void obstacleOpened(String obstacleId, Instant raisedAt) {
        if (openObstacles == null) {
            openObstacles = new TreeMap<>();
        }
        openObstacles.put(obstacleId, raisedAt);
    }

    /** The sequence of the last event of this directive that changed this commune. */
    public long lastSequence() {
        return lastSequence;
    }
}
