package org.directivetracker.projections.obstacles;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.projections.obstacles.ObstacleStep.Kind;

/** Keeps the obstacle register. */
public class ObstacleRegisterProjection {

    private final ObstacleRegisterReadModel register;

    public ObstacleRegisterProjection(ObstacleRegisterReadModel register) {
        this.register = register;
    }

    @EventHandler
    public void on(DirectiveIssued event, @SequenceNumber long sequence) {
        register.nameDirective(event.directiveId(), event.title(), sequence);
    }

    @EventHandler
    public void on(DirectiveWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.endDirective(event.directiveId(), occurredAt, sequence);
    }

    @EventHandler
    public void on(DirectiveClosed event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.endDirective(event.directiveId(), occurredAt, sequence);
    }

    @EventHandler
    public void on(ObstacleRaised event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.raise(event.directiveId(), event.communeCode(), event.obstacleId(), event.category(), event.description(), occurredAt, sequence);
    }

    @EventHandler
    public void on(ObstacleResolved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.resolve(event.directiveId(), event.obstacleId(), event.resolution(), occurredAt, sequence);
    }

    @EventHandler
    public void on(ObstacleReferred event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.step(event.directiveId(), event.obstacleId(), new ObstacleStep(Kind.REFERRED, occurredAt,
                event.departmentCode(), event.answerBy(), event.note()), sequence);
    }

    @EventHandler
    public void on(ObstacleAnswered event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.step(event.directiveId(), event.obstacleId(), new ObstacleStep(Kind.ANSWERED, occurredAt,
                event.departmentCode(), null, event.answer()), sequence);
    }

    @EventHandler
    public void on(ObstacleEscalated event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.step(event.directiveId(), event.obstacleId(), new ObstacleStep(Kind.ESCALATED, occurredAt,
                event.departmentCode(), null, event.reason()), sequence);
    }
}
