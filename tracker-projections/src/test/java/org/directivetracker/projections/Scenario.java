package org.directivetracker.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.Priority;

/** Small factories that keep the tests in the users' words: issue, report, submit, accept. */
public final class Scenario {

    public static final String LANG_TRON = "31951";
    public static final String THOI_BINH = "32065";
    public static final String BAC_LIEU = "31825";
    public static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    public static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    public final EventLog log = new EventLog();

    public void issue(String directiveId, String title, LocalDate on, LocalDate deadline, String... communes) {
        log.on(on, new DirectiveIssued(directiveId, title, "description of " + title, "CT-" + directiveId, "general", Priority.NORMAL, deadline));
        for (String commune : communes) {
            log.on(on, new CommuneAssigned(directiveId, commune, deadline));
        }
    }

    public void issue(String directiveId, String... communes) {
        issue(directiveId, "Directive " + directiveId, ISSUED, DEADLINE, communes);
    }

    public void acknowledge(String directiveId, String commune, LocalDate on) {
        log.on(on, new DirectiveAcknowledged(directiveId, commune));
    }

    public void report(String directiveId, String commune, int percent, LocalDate on) {
        log.on(on, new ProgressReported(directiveId, commune, percent, percent + "% done"));
    }

    public Instant submit(String directiveId, String commune, LocalDate on) {
        return log.on(on, new CompletionSubmitted(directiveId, commune, "all done")).getTimestamp();
    }

    public void accept(String directiveId, String commune, Instant submittedAt, LocalDate deadline, LocalDate on) {
        log.on(on, new CompletionAccepted(directiveId, commune, submittedAt, deadline, null));
    }

    public void giveBack(String directiveId, String commune, LocalDate on) {
        log.on(on, new CompletionReturned(directiveId, commune, "photos missing"));
    }

    public void extend(String directiveId, String commune, LocalDate from, LocalDate to, LocalDate requestedOn, LocalDate grantedOn) {
        log.on(requestedOn, new ExtensionRequested(directiveId, commune, from, to, "flooding"));
        log.on(grantedOn, new ExtensionGranted(directiveId, commune, from, to, null));
    }

    public void raise(String directiveId, String commune, String obstacleId, String category, LocalDate on) {
        log.on(on, new ObstacleRaised(directiveId, commune, obstacleId, category, "obstacle " + obstacleId));
    }

    public void resolve(String directiveId, String commune, String obstacleId, LocalDate on) {
        log.on(on, new ObstacleResolved(directiveId, commune, obstacleId, "resolved " + obstacleId));
    }

    public void refer(String directiveId, String commune, String obstacleId, String department, LocalDate answerBy,
                      LocalDate on) {
        log.on(on, new ObstacleReferred(directiveId, commune, obstacleId, department, answerBy, "please advise", null));
    }

    public void answer(String directiveId, String commune, String obstacleId, String department, LocalDate on) {
        log.on(on, new ObstacleAnswered(directiveId, commune, obstacleId, department, "answer of " + department));
    }

    public void withdraw(String directiveId, LocalDate on) {
        log.on(on, new DirectiveWithdrawn(directiveId, "merged into another plan"));
    }

    public void close(String directiveId, LocalDate on, String... openCommunes) {
        log.on(on, new org.directivetracker.core.api.event.DirectiveClosed(directiveId, "closed at the meeting", List.of(openCommunes)));
    }

    public void escalate(String directiveId, String commune, String obstacleId, String department, LocalDate on) {
        log.on(on, new ObstacleEscalated(directiveId, commune, obstacleId, department, "did not help"));
    }

    public List<org.axonframework.eventhandling.DomainEventMessage<org.directivetracker.core.api.event.DirectiveEvent>> events() {
        return log.messages();
    }
}
