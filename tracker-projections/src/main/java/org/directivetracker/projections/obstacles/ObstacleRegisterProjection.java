package org.directivetracker.projections.obstacles;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;

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
    public void on(ObstacleRaised event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.raise(event.directiveId(), event.communeCode(), event.obstacleId(), event.category(), event.description(), occurredAt, sequence);
    }

    @EventHandler
    public void on(ObstacleResolved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        register.resolve(event.directiveId(), event.obstacleId(), event.resolution(), occurredAt, sequence);
    }
}
