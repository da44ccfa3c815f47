package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.directivetracker.projections.readmodel.ReadModelRebuild;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rebuilds a read model from the event store while the old one keeps serving, then swaps them: every stored event, in
 * store order, into shadow collections; then the live processor is paused, the events stored meanwhile are fed too,
 * the shadow is promoted and the processor restarted. The restarted processor goes on from its own token and may
 * deliver events the shadow already has; the projections ignore a sequence they already applied.
 *
 * <p>With several instances, only one whose processor can hold the read model's segment (one segment per read model)
 * swaps it: while the processor is paused the rebuild holds the segment's claim itself, so that no other instance's
 * processor takes the segment and goes on writing to the collections being replaced. When another instance holds the
 * segment (or took it in the instant this processor let it go) the rebuild gives up with 409 and nothing changes:
 * run it on the instance that holds it.
 */
public class ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);

    private final ReadModelRoom readModels;
    private final ReadModelRebuild rebuild;
    private final EventStorageEngine store;
    private final EventProcessingConfiguration processors;
    private final TokenStore tokens;

    public ReadModelRebuilder(ReadModelRoom readModels, EventStorageEngine store, EventProcessingConfiguration processors,
            TokenStore tokens) {
        this.readModels = readModels;
        this.rebuild = readModels.rebuild();
        this.store = store;
        this.processors = processors;
        this.tokens = tokens;
    }

    /** What a rebuild did: events fed in the bulk pass and while the processor was paused, and how fast. */
    public record Report(String readModel, long events, long caughtUp, double seconds, double eventsPerSecond, long pausedMillis,
            String servedFrom, String replaced) {
    }

    /** Rebuilds one read model; one rebuild at a time, so two never pause the same processor. */
    public synchronized Report rebuild(String name) {
        ReadModelRoom.Live<?> readModel = readModels.find(name).orElseThrow(() -> new ViewNotFoundException(
                "there is no read model " + name + "; the read models are " + readModels.names()));
        Optional<EventProcessor> processor = processors.eventProcessor(name);
        long started = System.nanoTime();
        ReadModelRebuild.Shadow shadow = rebuild.start(readModel.registration());
        long stored = storedEvents();
        log.info("rebuilding read model {} from the event store ({} events stored)", name, describe(stored));
        TrackingToken reached = feed(shadow, null, stored);
        long bulk = shadow.eventsFed();

        long pausedAt = System.nanoTime();
        processor.ifPresent(EventProcessor::shutDown);
        String replaced;
        try {
            processor.ifPresent(paused -> holdSegment(name, shadow));
            feed(shadow, reached, 0);
            processor.ifPresent(paused -> stillHoldSegment(name, shadow));
            replaced = shadow.promote(readModel.collections());
        } finally {
            processor.ifPresent(EventProcessor::start);
        }
        Duration paused = Duration.ofNanos(System.nanoTime() - pausedAt);
        rebuild.dropCollections(replaced);
        double seconds = (System.nanoTime() - started) / 1e9;
        Report report = new Report(name, shadow.eventsFed(), shadow.eventsFed() - bulk, seconds,
                shadow.eventsFed() / Math.max(seconds, 1e-9), paused.toMillis(), readModel.collections().prefix(), replaced);
        log.info("read model {} rebuilt: {} events in {} s ({} events/s), processor paused {} ms, {} caught up",
                name, report.events(), String.format("%.2f", seconds), Math.round(report.eventsPerSecond()),
                paused.toMillis(), report.caughtUp());
        return report;
    }

    /** Claims the paused processor's segment for this node, as its processor held it; 409 when another took it. */
    private void holdSegment(String name, ReadModelRebuild.Shadow shadow) {
        try {
            tokens.fetchToken(name, 0);
        } catch (UnableToClaimTokenException e) {
            giveUp(name, shadow, e);
        }
    }

    private void stillHoldSegment(String name, ReadModelRebuild.Shadow shadow) {
        try {
            tokens.extendClaim(name, 0);
        } catch (UnableToClaimTokenException e) {
            giveUp(name, shadow, e);
        }
    }

    private void giveUp(String name, ReadModelRebuild.Shadow shadow, UnableToClaimTokenException e) {
        rebuild.dropCollections(shadow.collections().prefix());
        log.warn("rebuild of read model {} given up: another instance holds its segment ({})",
                name, e.getMessage());
        throw new ResponseStatusException(HttpStatus.CONFLICT, "another instance holds the segment of read model " + name
                + "; nothing changed: rebuild it on the instance that holds it", e);
    }

    public ReadModelRoom readModels() {
        return readModels;
    }

    /** Feeds the events stored after the token; returns the token of the last one (the given one if none). */
    private TrackingToken feed(ReadModelRebuild.Shadow shadow, TrackingToken after, long expectedTotal) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(after, false)) {
            TokenTrackingIterator iterator = new TokenTrackingIterator(events.iterator(), after);
            shadow.feed(iterator, expectedTotal);
            return iterator.last;
        }
    }

    /** About how many events the store holds: the head position plus one, when the token knows its position. */
    private long storedEvents() {
        TrackingToken head = store.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.isPresent() ? position.getAsLong() + 1 : 0;
    }

    private static String describe(long count) {
        return count > 0 ? "about " + count : "an unknown number of";
    }

    /** Remembers the tracking token of the last event handed out. */
    private static final class TokenTrackingIterator implements Iterator<TrackedEventMessage<?>> {
        private final Iterator<? extends TrackedEventMessage<?>> events;
        private TrackingToken last;

        TokenTrackingIterator(Iterator<? extends TrackedEventMessage<?>> events, TrackingToken start) {
            this.events = events;
            this.last = start;
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public TrackedEventMessage<?> next() {
            TrackedEventMessage<?> event = events.next();
            last = event.trackingToken();
            return event;
        }
    }
}
