package org.directivetracker.projections.briefing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;

/** Records, day by day, the changes a meeting briefing reports. */
public class BriefingChangesProjection {

    private final BriefingChangesReadModel changes;

    public BriefingChangesProjection(BriefingChangesReadModel changes) {
        this.changes = changes;
    }

    @EventHandler
    public void on(DirectiveIssued e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.newDirective(e.directiveId(), e.deadline(), at, sequence);
    }

    @EventHandler
    public void on(CompletionAccepted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.completionAccepted(e.directiveId(), e.communeCode(), e.submittedAt(), at, sequence);
    }

    @EventHandler
    public void on(ObstacleRaised e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.obstacleRaised(e.directiveId(), e.communeCode(), e.category(), e.description(), at, sequence);
    }

    @EventHandler
    public void on(ObstacleResolved e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.obstacleResolved(e.directiveId(), e.communeCode(), e.resolution(), at, sequence);
    }

    @EventHandler
    public void on(ExtensionRequested e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.deadlineMove(e.directiveId(), e.communeCode(), "EXTENSION_REQUESTED", List.of(e.proposedDeadline()), e.reason(), at, sequence);
    }

    @EventHandler
    public void on(ExtensionGranted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.deadlineMove(e.directiveId(), e.communeCode(), "EXTENSION_GRANTED", Arrays.asList(e.previousDeadline(), e.deadline()),
                e.note(), at, sequence);
    }

    @EventHandler
    public void on(ExtensionDenied e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.deadlineMove(e.directiveId(), e.communeCode(), "EXTENSION_DENIED", List.of(), e.reason(), at, sequence);
    }

    @EventHandler
    public void on(DeadlineChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        changes.deadlineMove(e.directiveId(), null, "DEADLINE_CHANGED", Arrays.asList(e.previousDeadline(), e.deadline()), e.reason(),
                at, sequence);
    }
}
