package org.directivetracker.projections.progress;

import java.time.Instant;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.DirectiveEvent;

/** Keeps the directive states: every event of a directive is folded into its state. */
public class DirectiveStatesProjection {

    private final DirectiveStates states;

    public DirectiveStatesProjection(DirectiveStates states) {
        this.states = states;
    }

    @EventHandler
    public void on(DirectiveEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        states.fold(event, occurredAt, sequence);
    }
}
