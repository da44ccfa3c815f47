package org.directivetracker.projections.communestatus;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.DirectiveEvent;

/** Keeps each commune's assignment rows up to date. */
@ProcessingGroup(CommuneStatusReadModel.NAME)
public class CommuneStatusProjection {

    private final CommuneStatusReadModel status;

    public CommuneStatusProjection(CommuneStatusReadModel status) {
        this.status = status;
    }

    @EventHandler
    public void on(DirectiveEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        status.record(event, occurredAt, sequence);
    }
}
