package org.directivetracker.api.pages;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Read-your-writes for the pages. The views are fed by tracking processors, so right after a command is answered
 * its events may not be in them yet. After a write the page waits (briefly, bounded) until every projection running
 * here has processed up to the head of the event store as it was when the write was answered; the page the user is
 * sent to then shows the write. This covers every view (commune status, progress, obstacles, briefing) at once,
 * which reading one directive back from the event store would not.
 */
@Component
public class ProjectionCatchUp {
    private static final Logger log = LoggerFactory.getLogger(ProjectionCatchUp.class);
    private static final long POLL_MILLIS = 15;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration patience;

    public ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing,
                             PagesProperties properties) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.patience = properties.catchUpTimeout();
    }

    /** Waits until the projections have seen every event stored so far; false when they did not within the timeout. */
    public boolean awaitViews() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return true;
        }
        long target = head.position().getAsLong();
        long deadline = System.nanoTime() + patience.toNanos();
        while (!allReached(target)) {
            if (System.nanoTime() > deadline) {
                log.warn("views had not reached position {} after {}; the page may show the write a moment later", target, patience);
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean allReached(long target) {
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    if (status.isErrorState()) {
                        continue; // a failing projection would hold every page back; its own alerts report it
                    }
                    OptionalLong position = status.getCurrentPosition();
                    if (position.isEmpty() || position.getAsLong() < target) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
