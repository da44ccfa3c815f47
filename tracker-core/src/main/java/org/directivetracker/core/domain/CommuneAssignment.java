package org.directivetracker.core.domain;

import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.CommuneUrged;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.MessagePosted;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.DepartmentCode;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.core.api.value.ProvinceTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One commune's part of a directive. Its decision methods check the commune's rules and return the event to apply;
 * the directive applies it (with the request's metadata), and the event comes back here through the
 * {@link EventSourcingHandler}s, the only place where the fields change. Rules about the directive as a whole
 * (withdrawn, closed, who acts) are the directive's.
 */
class CommuneAssignment {

    /** OPEN waits on the province (raised, or escalated after an answer); the names are kept for old snapshots. */
    private enum ObstacleState { OPEN, REFERRED, ANSWERED, RESOLVED }

    private String directiveId;
    @EntityId(routingKey = "communeCode")
    private String communeCode;
    private Stage stage;
    private boolean acknowledged;
    private LocalDate originalDeadline;
    private LocalDate deadline;
    /** The date of the open extension request; null while no request is open. */
    private LocalDate requestedDeadline;
    /** When the completion now waiting (or accepted) was submitted; null while none is. */
    private Instant submittedAt;
    private LocalDate acceptedOn;
    private Map<String, ObstacleState> obstacles = new LinkedHashMap<>();
    /** The department each referred obstacle was last referred to. */
    private Map<String, String> obstacleDepartments = new LinkedHashMap<>();

    /** For snapshots. */
    CommuneAssignment() {
    }

    CommuneAssignment(CommuneAssigned assigned) {
        this.directiveId = assigned.directiveId();
        this.communeCode = assigned.communeCode();
        this.stage = Stage.ASSIGNED;
        this.originalDeadline = assigned.deadline();
        this.deadline = assigned.deadline();
    }

    // ---- decisions: check a rule, answer with the event

    DirectiveAcknowledged acknowledge() {
        requireNotAcknowledged();
        return new DirectiveAcknowledged(directiveId, communeCode);
    }

    ProgressReported reportProgress(Percent percent, Note note) {
        requireCompletionNotAccepted();
        return new ProgressReported(directiveId, communeCode, percent.value(), textOf(note));
    }

    ObstacleRaised raiseObstacle(String obstacleId, ObstacleCategory category, Description description) {
        return new ObstacleRaised(directiveId, communeCode, obstacleId, category.code(), description.value());
    }

    ObstacleResolved resolveObstacle(String obstacleId, Note resolution) {
        requireObstacleOpen(obstacleId);
        return new ObstacleResolved(directiveId, communeCode, obstacleId, resolution.value());
    }

    ObstacleReferred referObstacle(String obstacleId, DepartmentCode department, LocalDate answerBy, Note note) {
        requireObstacleOpen(obstacleId);
        return new ObstacleReferred(directiveId, communeCode, obstacleId, department.value(), answerBy, textOf(note),
                obstacleDepartments.get(obstacleId));
    }

    ObstacleAnswered answerObstacle(String obstacleId, Actor department, Note answer) {
        requireObstacleOpen(obstacleId);
        requireReferredTo(obstacleId, department);
        requireWaitingOnTheDepartment(obstacleId);
        return new ObstacleAnswered(directiveId, communeCode, obstacleId, department.department().value(), answer.value());
    }

    ObstacleEscalated escalateObstacle(String obstacleId, Note reason) {
        requireObstacleOpen(obstacleId);
        requireAnswered(obstacleId);
        return new ObstacleEscalated(directiveId, communeCode, obstacleId, obstacleDepartments.get(obstacleId),
                reason.value());
    }

    ExtensionRequested requestExtension(Deadline proposed, Note reason) {
        requireCompletionNotAccepted();
        requireNoOpenExtensionRequest();
        requireLaterThanCurrentDeadline("proposedDeadline", proposed.date());
        return new ExtensionRequested(directiveId, communeCode, deadline, proposed.date(), reason.value());
    }

    /** Grants the open request, with the province's own date when it names one, else the proposed date. */
    ExtensionGranted grantExtension(Deadline provincesDate, Note note) {
        requireOpenExtensionRequest();
        requireCompletionNotAccepted();
        LocalDate granted = provincesDate != null ? provincesDate.date() : requestedDeadline;
        requireLaterThanCurrentDeadline("deadline", granted);
        return new ExtensionGranted(directiveId, communeCode, deadline, granted, textOf(note));
    }

    ExtensionDenied denyExtension(Note reason) {
        requireOpenExtensionRequest();
        return new ExtensionDenied(directiveId, communeCode, reason.value());
    }

    CompletionSubmitted submitCompletion(Note summary) {
        requireCompletionNotAccepted();
        requireNoSubmissionWaiting();
        return new CompletionSubmitted(directiveId, communeCode, summary.value());
    }

    /** Completion is dated by the accepted submission and judged against the commune's deadline as it stands now. */
    CompletionAccepted acceptCompletion(Note note) {
        requireCompletionNotAccepted();
        requireSubmissionWaiting();
        return new CompletionAccepted(directiveId, communeCode, submittedAt, deadline, textOf(note));
    }

    CompletionReturned returnCompletion(Note reason) {
        requireCompletionNotAccepted();
        requireSubmissionWaiting();
        return new CompletionReturned(directiveId, communeCode, reason.value());
    }

    MessagePosted postMessage(Note text, boolean fromProvince) {
        return new MessagePosted(directiveId, communeCode, text.value(), fromProvince);
    }

    CommuneUrged urge(Note note) {
        requireWorkOpen();
        return new CommuneUrged(directiveId, communeCode, note.value());
    }

    // ---- what the directive asks of its communes

    String communeCode() {
        return communeCode;
    }

    boolean hasCompleted() {
        return stage == Stage.COMPLETED;
    }

    boolean hasObstacle(String obstacleId) {
        return obstacles.containsKey(obstacleId);
    }

    /** Called from the directive's handler of DeadlineChanged, which lists the communes it applies to. */
    void moveDeadlineTo(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    // ---- rules

    private void requireNotAcknowledged() {
        if (acknowledged) {
            throw new AlreadyAcknowledgedException(communeCode);
        }
    }

    private void requireCompletionNotAccepted() {
        if (stage == Stage.COMPLETED) {
            throw new CompletionAlreadyAcceptedException(communeCode, acceptedOn);
        }
    }

    private void requireWorkOpen() {
        if (stage == Stage.COMPLETED) {
            throw new AssignmentCompletedException(communeCode, acceptedOn);
        }
    }

    private void requireNoSubmissionWaiting() {
        if (stage == Stage.AWAITING_ACCEPTANCE) {
            throw new CompletionAlreadySubmittedException(communeCode, ProvinceTime.dateOf(submittedAt));
        }
    }

    private void requireSubmissionWaiting() {
        if (stage != Stage.AWAITING_ACCEPTANCE) {
            throw new NothingSubmittedException(communeCode);
        }
    }

    private void requireNoOpenExtensionRequest() {
        if (requestedDeadline != null) {
            throw new ExtensionAlreadyRequestedException(communeCode, requestedDeadline);
        }
    }

    private void requireOpenExtensionRequest() {
        if (requestedDeadline == null) {
            throw new NoOpenExtensionRequestException(communeCode);
        }
    }

    private void requireLaterThanCurrentDeadline(String field, LocalDate date) {
        if (!date.isAfter(deadline)) {
            throw new InvalidValueException(field, "must be later than the commune's current deadline " + deadline
                    + ", got " + date);
        }
    }

    private void requireObstacleOpen(String obstacleId) {
        ObstacleState state = obstacles.get(obstacleId);
        if (state == null) {
            throw new UnknownObstacleException(communeCode, obstacleId);
        }
        if (state == ObstacleState.RESOLVED) {
            throw new ObstacleAlreadyResolvedException(obstacleId);
        }
    }

    private void requireReferredTo(String obstacleId, Actor department) {
        String referredTo = obstacleDepartments.get(obstacleId);
        if (referredTo == null || !department.actsFor(new DepartmentCode(referredTo))) {
            throw new NotPermittedException("obstacle " + obstacleId + " is not referred to department "
                    + department.department() + "; only the department it is referred to may answer it");
        }
    }

    private void requireWaitingOnTheDepartment(String obstacleId) {
        if (obstacles.get(obstacleId) != ObstacleState.REFERRED) {
            throw new ObstacleNotAwaitingAnswerException(obstacleId, obstacleDepartments.get(obstacleId));
        }
    }

    private void requireAnswered(String obstacleId) {
        if (obstacles.get(obstacleId) != ObstacleState.ANSWERED) {
            throw new ObstacleNotAnsweredException(obstacleId);
        }
    }

    private static String textOf(Note optionalNote) {
        return optionalNote == null ? null : optionalNote.value();
    }

    // ---- state changes, from events only

    @EventSourcingHandler
    void on(DirectiveAcknowledged event) {
        acknowledged = true;
        startWork();
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        startWork();
    }

    @EventSourcingHandler
    void on(ObstacleRaised event) {
        obstacles.put(event.obstacleId(), ObstacleState.OPEN);
        startWork();
    }

    @EventSourcingHandler
    void on(ObstacleResolved event) {
        obstacles.put(event.obstacleId(), ObstacleState.RESOLVED);
    }

    @EventSourcingHandler
    void on(ObstacleReferred event) {
        obstacles.put(event.obstacleId(), ObstacleState.REFERRED);
        obstacleDepartments.put(event.obstacleId(), event.departmentCode());
    }

    @EventSourcingHandler
    void on(ObstacleAnswered event) {
        obstacles.put(event.obstacleId(), ObstacleState.ANSWERED);
    }

    @EventSourcingHandler
    void on(ObstacleEscalated event) {
        obstacles.put(event.obstacleId(), ObstacleState.OPEN);
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        requestedDeadline = event.proposedDeadline();
        startWork();
    }

    @EventSourcingHandler
    void on(ExtensionGranted event) {
        deadline = event.deadline();
        requestedDeadline = null;
    }

    @EventSourcingHandler
    void on(ExtensionDenied event) {
        requestedDeadline = null;
    }

    @EventSourcingHandler
    void on(CompletionSubmitted event, @Timestamp Instant submittedAt) {
        stage = Stage.AWAITING_ACCEPTANCE;
        this.submittedAt = submittedAt;
    }

    @EventSourcingHandler
    void on(CompletionAccepted event, @Timestamp Instant acceptedAt) {
        stage = Stage.COMPLETED;
        acceptedOn = ProvinceTime.dateOf(acceptedAt);
    }

    @EventSourcingHandler
    void on(CompletionReturned event) {
        stage = Stage.IN_PROGRESS;
        submittedAt = null;
    }

    /** Equal state, equal assignment: lets a replay be compared with the live aggregate (Axon's test fixture does). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CommuneAssignment that)) {
            return false;
        }
        return acknowledged == that.acknowledged
                && Objects.equals(directiveId, that.directiveId)
                && Objects.equals(communeCode, that.communeCode)
                && stage == that.stage
                && Objects.equals(originalDeadline, that.originalDeadline)
                && Objects.equals(deadline, that.deadline)
                && Objects.equals(requestedDeadline, that.requestedDeadline)
                && Objects.equals(submittedAt, that.submittedAt)
                && Objects.equals(acceptedOn, that.acceptedOn)
                && Objects.equals(obstacles, that.obstacles)
                && Objects.equals(obstacleDepartments, that.obstacleDepartments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directiveId, communeCode, stage, deadline);
    }

    /** Anything from the commune moves it out of ASSIGNED; later stages are left as they are. */
    private void startWork() {
        if (stage == Stage.ASSIGNED) {
            stage = Stage.IN_PROGRESS;
        }
    }
}
