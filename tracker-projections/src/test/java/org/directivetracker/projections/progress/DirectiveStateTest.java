package org.directivetracker.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.query.CommuneProgressRow;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.projections.EventLog;
import org.directivetracker.projections.communes.Commune;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.junit.jupiter.api.Test;

class DirectiveStateTest {

    static final String D = "dir-1";
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    static final CommuneDirectory NAMES = new CommuneDirectory(List.of(
            new Commune("32002", "Láng Tròn", "xa", "Lang Tron"), new Commune("31825", "Bạc Liêu", "phuong", "Bac Lieu")));

    final EventLog log = new EventLog();

    DirectiveState fold(List<DomainEventMessage<DirectiveEvent>> events) {
        DirectiveState state = new DirectiveState(D);
        events.forEach(m -> state.apply(m.getPayload(), m.getTimestamp(), m.getSequenceNumber()));
        return state;
    }

    void issue() {
        log.on(ISSUED, new DirectiveIssued(D, "Làm sạch kênh rạch", "desc", "45/CT-UBND", "environment", Priority.HIGH, DEADLINE));
        log.on(ISSUED, new CommuneAssigned(D, "32002", DEADLINE));
        log.on(ISSUED, new CommuneAssigned(D, "31825", DEADLINE));
    }

    @Test
    void foldsStagesPercentObstaclesAndCompletion() {
        issue();
        log.on(ISSUED.plusDays(3), new ProgressReported(D, "32002", 40, "survey done"));
        log.on(ISSUED.plusDays(4), new ObstacleRaised(D, "32002", "o-1", "FUNDING", "no budget"));
        log.on(ISSUED.plusDays(5), new CompletionSubmitted(D, "31825", "done"));
        DirectiveProgressView view = fold(log.messages()).view(ISSUED.plusDays(6), NAMES, ReadModels.RULES);

        assertThat(view.title()).isEqualTo("Làm sạch kênh rạch");
        assertThat(view.state()).isEqualTo(DirectiveLifecycle.ACTIVE);
        assertThat(view.communes()).extracting(CommuneProgressRow::code).containsExactly("31825", "32002");
        CommuneProgressRow langTron = view.communes().get(1);
        assertThat(langTron.name()).isEqualTo("Láng Tròn");
        assertThat(langTron.stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(langTron.percent()).isEqualTo(40);
        assertThat(langTron.blocked()).isTrue();
        assertThat(langTron.openObstacles()).isEqualTo(1);
        assertThat(langTron.timeliness()).isEqualTo(Timeliness.ON_TRACK);
        assertThat(view.communes().get(0).stage()).isEqualTo(Stage.AWAITING_ACCEPTANCE);
        assertThat(view.summary().awaitingAcceptance()).isEqualTo(1);
        assertThat(view.summary().blocked()).isEqualTo(1);

        log.on(ISSUED.plusDays(7), new ObstacleResolved(D, "32002", "o-1", "budget found"));
        log.on(ISSUED.plusDays(8), new CompletionAccepted(D, "31825", log.messages().get(5).getTimestamp(), DEADLINE, null));
        view = fold(log.messages()).view(ISSUED.plusDays(8), NAMES, ReadModels.RULES);
        assertThat(view.communes().get(1).blocked()).isFalse();
        assertThat(view.communes().get(0).timeliness()).isEqualTo(Timeliness.COMPLETED_ON_TIME);
        assertThat(view.communes().get(0).percent()).isEqualTo(100);
        assertThat(view.summary().completed()).isEqualTo(1);
        assertThat(view.summary().assigned()).isEqualTo(2);
    }

    @Test
    void ignoresAnEventAtOrBelowTheLastAppliedSequence() {
        issue();
        log.on(ISSUED.plusDays(1), new ProgressReported(D, "32002", 40, "first"));
        DirectiveState state = fold(log.messages());
        DomainEventMessage<DirectiveEvent> again = log.messages().get(3);

        boolean applied = state.apply(new ProgressReported(D, "32002", 90, "stale copy"), again.getTimestamp(), again.getSequenceNumber());

        assertThat(applied).isFalse();
        assertThat(state.commune("32002").percent()).isEqualTo(40);
        assertThat(state.lastSequence()).isEqualTo(3);
    }

    @Test
    void keepsTheOriginalDeadlineWhenTheDeadlineMoves() {
        issue();
        log.on(ISSUED.plusDays(1), new DeadlineChanged(D, DEADLINE, DEADLINE.plusDays(10), "flood", List.of("32002")));
        DirectiveProgressView view = fold(log.messages()).view(ISSUED, NAMES, ReadModels.RULES);

        assertThat(view.deadline()).isEqualTo(DEADLINE.plusDays(10));
        assertThat(view.originalDeadline()).isEqualTo(DEADLINE);
        assertThat(view.communes().get(1).deadline()).isEqualTo(DEADLINE.plusDays(10));
        assertThat(view.communes().get(1).originalDeadline()).isEqualTo(DEADLINE);
        assertThat(view.communes().get(0).deadline()).isEqualTo(DEADLINE);
    }

    @Test
    void withdrawalEndsOpenAssignmentsButKeepsAcceptedCompletions() {
        issue();
        log.on(ISSUED.plusDays(1), new CompletionSubmitted(D, "31825", "done"));
        log.on(ISSUED.plusDays(2), new CompletionAccepted(D, "31825", log.messages().get(3).getTimestamp(), DEADLINE, null));
        log.on(ISSUED.plusDays(3), new DirectiveWithdrawn(D, "merged into directive 17"));
        DirectiveProgressView view = fold(log.messages()).view(DEADLINE.plusDays(5), NAMES, ReadModels.RULES);

        assertThat(view.state()).isEqualTo(DirectiveLifecycle.WITHDRAWN);
        assertThat(view.communes()).extracting(CommuneProgressRow::stage).containsExactly(Stage.COMPLETED, Stage.WITHDRAWN);
        assertThat(view.communes()).extracting(CommuneProgressRow::timeliness).containsExactly(Timeliness.COMPLETED_ON_TIME, null);
        assertThat(view.summary().overdue()).isZero();
    }
}
