package org.directivetracker.projections.threads;

import static org.directivetracker.projections.threads.ThreadKinds.*;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CommuneUrged;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.MessagePosted;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.reminder.ReminderDue;

/**
 * Writes every event about an assignment into its commune's thread. One handler per kind of entry: it says whose
 * thread, the words, the values, who must be told and which decision of the province it opens or closes.
 */
public class ThreadsProjection {

    private final ThreadsReadModel threads;

    public ThreadsProjection(ThreadsReadModel threads) {
        this.threads = threads;
    }

    @EventHandler
    public void on(DirectiveIssued e) {
        threads.nameDirective(e.directiveId(), e.title(), e.priority() == null ? null : e.priority().name());
    }

    @EventHandler
    public void on(CommuneAssigned e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(ASSIGNED, sequence, message).in(e.communeCode())
                .detail("deadline", e.deadline()).notifiesCommune());
    }

    @EventHandler
    public void on(DirectiveAcknowledged e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(ACKNOWLEDGED, sequence, message).in(e.communeCode()));
    }

    @EventHandler
    public void on(ProgressReported e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(PROGRESS, sequence, message).in(e.communeCode()).text(e.note())
                .detail("percent", e.percent()));
    }

    @EventHandler
    public void on(ObstacleRaised e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(OBSTACLE_RAISED, sequence, message).in(e.communeCode()).text(e.description())
                .detail("obstacleId", e.obstacleId()).detail("category", e.category()).notifiesProvince()
                .opens(obstacleItem(e.obstacleId())));
    }

    @EventHandler
    public void on(ObstacleResolved e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(OBSTACLE_RESOLVED, sequence, message).in(e.communeCode()).text(e.resolution())
                .detail("obstacleId", e.obstacleId()).notifiesTheOtherSide().closes(obstacleItem(e.obstacleId())));
    }

    @EventHandler
    public void on(ExtensionRequested e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(EXTENSION_REQUESTED, sequence, message).in(e.communeCode()).text(e.reason())
                .detail("currentDeadline", e.currentDeadline()).detail("proposedDeadline", e.proposedDeadline())
                .notifiesProvince().opens(EXTENSION_ITEM));
    }

    @EventHandler
    public void on(ExtensionGranted e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(EXTENSION_GRANTED, sequence, message).in(e.communeCode()).text(e.note())
                .detail("previousDeadline", e.previousDeadline()).detail("deadline", e.deadline())
                .notifiesCommune().closes(EXTENSION_ITEM));
    }

    @EventHandler
    public void on(ExtensionDenied e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(EXTENSION_DENIED, sequence, message).in(e.communeCode()).text(e.reason())
                .notifiesCommune().closes(EXTENSION_ITEM));
    }

    @EventHandler
    public void on(CompletionSubmitted e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(COMPLETION_SUBMITTED, sequence, message).in(e.communeCode()).text(e.summary())
                .notifiesProvince().opens(COMPLETION_ITEM));
    }

    @EventHandler
    public void on(CompletionAccepted e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(COMPLETION_ACCEPTED, sequence, message).in(e.communeCode()).text(e.note())
                .detail("deadline", e.deadline()).notifiesCommune().closes(COMPLETION_ITEM));
    }

    @EventHandler
    public void on(CompletionReturned e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(COMPLETION_RETURNED, sequence, message).in(e.communeCode()).text(e.reason())
                .notifiesCommune().closes(COMPLETION_ITEM));
    }

    @EventHandler
    public void on(DeadlineChanged e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(DEADLINE_CHANGED, sequence, message).in(e.communeCodes()).text(e.reason())
                .detail("previousDeadline", e.previousDeadline()).detail("deadline", e.deadline()).notifiesCommune());
    }

    @EventHandler
    public void on(DirectiveWithdrawn e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.markWithdrawn(e.directiveId());
        threads.record(e.directiveId(), NewEntry.of(WITHDRAWN, sequence, message).inEveryThread().text(e.reason()).notifiesCommune());
    }

    @EventHandler
    public void on(DirectiveClosed e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.markClosed(e.directiveId());
        threads.record(e.directiveId(), NewEntry.of(CLOSED, sequence, message).inEveryThread().text(e.note()).notifiesCommune());
    }

    @EventHandler
    public void on(MessagePosted e, @SequenceNumber long sequence, EventMessage<?> message) {
        NewEntry entry = NewEntry.of(MESSAGE, sequence, message).in(e.communeCode()).text(e.text());
        threads.record(e.directiveId(), e.fromProvince() ? entry.notifiesCommune() : entry.notifiesProvince());
    }

    @EventHandler
    public void on(CommuneUrged e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(URGED, sequence, message).in(e.communeCode()).text(e.note()).notifiesCommune());
    }

    // a referred obstacle waits on the department, not on the province; the commune is told where it went
    @EventHandler
    public void on(ObstacleReferred e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(OBSTACLE_REFERRED, sequence, message).in(e.communeCode()).text(e.note())
                .detail("obstacleId", e.obstacleId()).detail("department", e.departmentCode())
                .detail("answerBy", e.answerBy()).notifiesCommune().closes(obstacleItem(e.obstacleId())));
    }

    // the department's answer: the commune now resolves the obstacle or escalates it
    @EventHandler
    public void on(ObstacleAnswered e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(OBSTACLE_ANSWERED, sequence, message).in(e.communeCode()).text(e.answer())
                .detail("obstacleId", e.obstacleId()).detail("department", e.departmentCode()).notifiesCommune());
    }

    // escalated: the obstacle waits on the province again
    @EventHandler
    public void on(ObstacleEscalated e, @SequenceNumber long sequence, EventMessage<?> message) {
        threads.record(e.directiveId(), NewEntry.of(OBSTACLE_ESCALATED, sequence, message).in(e.communeCode()).text(e.reason())
                .detail("obstacleId", e.obstacleId()).detail("department", e.departmentCode()).notifiesProvince()
                .opens(obstacleItem(e.obstacleId())));
    }

    // a commune's file lands in its own thread; the province's document for the directive in every thread
    @EventHandler
    public void on(EvidenceAttached e, @SequenceNumber long sequence, EventMessage<?> message) {
        NewEntry entry = NewEntry.of(EVIDENCE_ATTACHED, sequence, message).text(e.caption())
                .detail("attachmentId", e.attachmentId()).detail("fileName", e.fileName())
                .detail("contentType", e.contentType());
        threads.record(e.directiveId(), e.communeCode() == null
                ? entry.detail("onDirective", true).inEveryThread().notifiesCommune()
                : entry.in(e.communeCode()).notifiesProvince());
    }

    // from a reminders' stream, not the directive's: kept by the reminder's key, never by this sequence
    @EventHandler
    public void on(ReminderDue e, EventMessage<?> message) {
        threads.record(e.directiveId(), ReminderEntries.of(e, message));
    }
}
