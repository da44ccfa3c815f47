package org.directivetracker.projections.statistics;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ExtensionGranted;

/** Keeps the tasks' histories for the statistics. */
public class StatisticsProjection {

    private final StatisticsReadModel tasks;

    public StatisticsProjection(StatisticsReadModel tasks) {
        this.tasks = tasks;
    }

    @EventHandler
    public void on(DirectiveIssued event) {
        tasks.issued(event.directiveId(), event.field(), event.priority());
    }

    @EventHandler
    public void on(CommuneAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence, StatisticsReadModel.assigned(event.communeCode(), at, event.deadline()));
    }

    @EventHandler
    public void on(DeadlineChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence, StatisticsReadModel.deadlineMoved(event.communeCodes(), at, event.deadline()));
    }

    @EventHandler
    public void on(ExtensionGranted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence,
                StatisticsReadModel.commune("extended", event.communeCode(), at).append("d", event.deadline().toString()));
    }

    @EventHandler
    public void on(CompletionSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence, StatisticsReadModel.commune("submitted", event.communeCode(), at));
    }

    @EventHandler
    public void on(CompletionReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence, StatisticsReadModel.commune("returned", event.communeCode(), at));
    }

    @EventHandler
    public void on(CompletionAccepted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence,
                StatisticsReadModel.accepted(event.communeCode(), at, event.submittedAt(), event.deadline()));
    }

    @EventHandler
    public void on(DirectiveWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        tasks.fact(event.directiveId(), sequence, StatisticsReadModel.withdrawn(at));
    }
}
