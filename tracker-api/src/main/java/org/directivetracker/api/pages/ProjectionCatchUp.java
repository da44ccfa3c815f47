package org.directivetracker.api.pages;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.directivetracker.api.readmodels.ConsistencyTokens;
import org.directivetracker.api.readmodels.ViewsCatchUp;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Read-your-writes for the pages. The views are fed by tracking processors, on this instance or another, so right
 * after a command is answered its events may not be in them yet. After a write the page waits (briefly, bounded)
 * until every view has handled the write's last event, by the views' tokens in the database; the page the user is
 * sent to then shows the write, whichever instance serves it. The redirect also carries the write's position in the
 * {@code Tracker-Position} header, and a page asked with {@code ?after=} waits for it too.
 */
@Component
public class ProjectionCatchUp {

    private final EventStore eventStore;
    private final ViewsCatchUp views;
    private final Duration patience;

    public ProjectionCatchUp(EventStore eventStore, ViewsCatchUp views, PagesProperties properties) {
        this.eventStore = eventStore;
        this.views = views;
        this.patience = properties.catchUpTimeout();
    }

    /**
     * Waits until the views show the writes of this request; when none is known (a write sent outside the request's
     * thread), every event stored so far. False when they did not within the timeout.
     */
    public boolean awaitWrites() {
        OptionalLong written = ConsistencyTokens.ofCurrentRequest();
        return written.isPresent() ? views.await(written.getAsLong(), patience) : awaitViews();
    }

    /** Waits until the views have seen every event stored so far; false when they did not within the timeout. */
    public boolean awaitViews() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().isEmpty() || head.position().getAsLong() <= 0) {
            return true;
        }
        return views.await(head.position().getAsLong(), patience);
    }
}
