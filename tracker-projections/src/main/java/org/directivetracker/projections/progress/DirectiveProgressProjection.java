package org.directivetracker.projections.progress;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.DirectiveEvent;

/** Keeps the directive progress read model: every event of a directive is folded into its state. */
@ProcessingGroup(DirectiveProgressReadModel.NAME)
public class DirectiveProgressProjection {

    private final DirectiveProgressReadModel progress;

    public DirectiveProgressProjection(DirectiveProgressReadModel progress) {
        this.progress = progress;
    }

    @EventHandler
    public void on(DirectiveEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        progress.fold(event, occurredAt, sequence);
    }
}
