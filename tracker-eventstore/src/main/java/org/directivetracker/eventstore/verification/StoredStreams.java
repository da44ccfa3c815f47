package org.directivetracker.eventstore.verification;

import org.directivetracker.eventstore.chain.ActorKeys;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.mongo.StoredExtent;

import java.util.List;
import java.util.SortedMap;

/**
 * Reads directives' events exactly as stored. Streams are read through the event store's own read, so an auditor
 * checks the very events the application replays. Two questions that read cannot answer, whether events of a
 * directive lie beyond the point where its stream stops (a deleted event makes the store's read stop at the hole) and
 * which directives exist at all, are asked of the store's scans: audit reads, not hot paths.
 */
public class StoredStreams {

    private final MongoEventStorageEngine engine;

    public StoredStreams(MongoEventStorageEngine engine) {
        this.engine = engine;
    }

    /** At most {@code limit} events of the directive from {@code fromSequence}, in stream order, exactly as stored. */
    public List<StoredEvent> read(String directiveId, long fromSequence, int limit) {
        return engine.readStoredEvents(directiveId, fromSequence, limit);
    }

    /** Every event of the directive that its stream reaches, in order. */
    public List<StoredEvent> readAll(String directiveId) {
        return read(directiveId, 0, Integer.MAX_VALUE);
    }

    /** Every directive with stored events, in directive-id order, with the highest sequence stored for it. */
    public SortedMap<String, Long> directives() {
        return engine.highestSequencePerAggregate();
    }

    /** Every directive with stored events, in directive-id order, with its highest sequence and number of events. */
    public SortedMap<String, StoredExtent> extents() {
        return engine.extentPerAggregate();
    }

    /** The directive's highest stored sequence and number of stored events, scanning the commits; null when none. */
    public StoredExtent extentOf(String directiveId) {
        return engine.extentOf(directiveId);
    }

    /**
     * The directive's chain as its stream reaches it, checked against what the commits hold ({@code extent}): events
     * above the stream's end, or more events than it reaches (a commit beside it, named at the sequence it repeats).
     */
    public ChainVerification verify(String directiveId, StoredExtent extent) {
        List<StoredEvent> stored = readAll(directiveId);
        ChainVerification chain = ChainVerification.ofStored(directiveId, stored, extent.highestSequence(), actorKeys());
        if (chain.intact() && extent.events() > chain.events()) {
            return chain.withEventsOutsideTheStream(extent.events() - chain.events(),
                    engine.firstSequenceStoredTwice(directiveId));
        }
        return chain;
    }

    /** The metadata keys whose values each stored hash covers, as the engine was built with. */
    public ActorKeys actorKeys() {
        return engine.actorKeys();
    }
}
