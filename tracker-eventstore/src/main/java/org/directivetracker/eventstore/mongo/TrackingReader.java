package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.in;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.AGGREGATE_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.COUNT;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENTS_FIELD;
import static org.directivetracker.eventstore.mongo.CommitLayout.EVENT_ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.ID;
import static org.directivetracker.eventstore.mongo.CommitLayout.METADATA;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD;
import static org.directivetracker.eventstore.mongo.CommitLayout.PAYLOAD_TYPE;
import static org.directivetracker.eventstore.mongo.CommitLayout.REVISION;
import static org.directivetracker.eventstore.mongo.CommitLayout.TIMESTAMP;
import static org.directivetracker.eventstore.mongo.CommitLayout.domainEntry;
import static org.directivetracker.eventstore.mongo.CommitLayout.serialized;

/**
 * Tracking reads: every event after a token, in global position order, batch by batch. A batch is
 * {@code _id $in [index+1 .. index+batch]} plus the gaps of the token. A position that is allocated but not yet visible
 * while a later one is becomes a gap of the token; a commit that appears later fills it and is delivered then, once.
 * A gap that this engine has seen open for {@code gapTimeout} by its own clock is dropped (a writer that died after
 * allocating), which keeps tokens small. Gaps age by when they were first seen, never by events' timestamps: those come
 * from the writers' clocks, and a backdated or skewed event must not make a reader give up a commit that is merely slow.
 */
final class TrackingReader {

    private final MongoCollection<Document> events;
    private final PositionCounter counter;
    private final RecentCommitEnds commitEnds;
    private final int batchSize;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;
    /** When this engine first saw each open gap; a gap is given up once it has been open for the gap timeout. */
    private final Map<Long, Instant> gapsFirstSeen = new ConcurrentHashMap<>();
    /** When {@link #gapsFirstSeen} was last swept of old observations. */
    private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.MIN);

    TrackingReader(MongoCollection<Document> events, PositionCounter counter, RecentCommitEnds commitEnds,
                   int batchSize, int maxGapOffset, Duration gapTimeout, Clock clock) {
        this.events = events;
        this.counter = counter;
        this.commitEnds = commitEnds;
        this.batchSize = batchSize;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** The events after the token (from the start when null), read lazily as Axon pulls them. */
    Stream<? extends TrackedEventData<?>> readAfter(TrackingToken trackingToken) {
        if (trackingToken != null && !(trackingToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("this store tracks with a GapAwareTrackingToken, not " + trackingToken);
        }
        TrackingRead read = new TrackingRead(trackingToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySet()) : (GapAwareTrackingToken) trackingToken);
        return StreamSupport.stream(read, false);
    }

    /**
     * Forgets observations of gaps long filled or dropped by every reader (first seen eleven gap timeouts ago, ten
     * after any reader gave them up), so the map stays small: at most once a gap timeout, as every batch of every
     * processor comes here and the map holds every gap seen in the last minutes.
     */
    private void forgetOldGaps(Instant now) {
        Instant last = lastForgotten.get();
        if (now.isBefore(last.plus(gapTimeout)) || !lastForgotten.compareAndSet(last, now)) {
            return;
        }
        Instant forgetBefore = now.minus(gapTimeout.multipliedBy(11));
        gapsFirstSeen.values().removeIf(firstSeen -> firstSeen.isBefore(forgetBefore));
    }

    /** Reads the commits after a token batch by batch, lazily, as Axon pulls events. */
    private final class TrackingRead extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private GapAwareTrackingToken token;
        private long scanFrom;
        private long head;
        private boolean first = true;
        private final List<TrackedEventData<?>> pending = new ArrayList<>();
        private int next;

        TrackingRead(GapAwareTrackingToken token) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.token = token;
            this.scanFrom = token.getIndex() + 1;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            while (next >= pending.size()) {
                pending.clear();
                next = 0;
                if (!fetchBatch()) {
                    return false;
                }
            }
            action.accept(pending.get(next++));
            return true;
        }

        /** Fills {@code pending} with the next batch; false when nothing more is stored. */
        private boolean fetchBatch() {
            List<Long> keys = new ArrayList<>();
            if (first) {
                first = false;
                head = counter.refresh();
                token = dropStaleGaps(token);
                long index = token.getIndex();
                if (index > 0 && !commitEnds.contains(index)) {
                    // the token may stop inside a commit: look back for the commit that holds index + 1
                    for (long p = Math.max(1, index - counter.largestCommit() + 2); p <= index; p++) {
                        keys.add(p);
                    }
                }
            }
            // every batch looks at the token's gaps again: a commit that fills one is delivered before anything
            // later of its aggregate, whose commits can only have been written after it
            keys.addAll(token.getGaps());
            if (scanFrom > head) {
                head = counter.refresh();
            }
            long scanTo = Math.min(scanFrom + batchSize - 1, head);
            for (long p = scanFrom; p <= scanTo; p++) {
                keys.add(p);
            }
            if (keys.isEmpty()) {
                return false;
            }
            List<Document> commits = events.find(in(ID, keys)).into(new ArrayList<>());
            commits.addAll(commitsMissedBy(keys, commits));
            commits.sort(Comparator.comparingLong(commit -> commit.getLong(ID)));
            for (Document commit : commits) {
                deliver(commit);
            }
            // positions still missing after the last commit found are looked at again by the next batch: passing over
            // them would let an aggregate's later commit, found next time, overtake its earlier one
            scanFrom = token.getIndex() + 1;
            if (token.hasGaps()) {
                Instant now = clock.instant();
                token.getGaps().forEach(gap -> gapsFirstSeen.putIfAbsent(gap, now));
            }
            // nothing new found: the stream ends here, and whoever reads it opens another later
            return !pending.isEmpty() || (!commits.isEmpty() && scanFrom <= head);
        }

        /**
         * A query is no snapshot: while it runs, a commit can be inserted before the point it has passed and another,
         * written after it, found further on (on mongo-java-server and on a real MongoDB alike). A second look at the
         * positions it missed below the highest one it found catches every commit that was written before one it
         * found, so an aggregate's events are never delivered out of their order.
         */
        private List<Document> commitsMissedBy(List<Long> asked, List<Document> found) {
            if (found.isEmpty()) {
                return List.of();
            }
            long highest = 0;
            Set<Long> covered = new HashSet<>();
            for (Document commit : found) {
                long first = commit.getLong(ID);
                int count = commit.getInteger(COUNT);
                highest = Math.max(highest, first);
                for (long p = first; p < first + count; p++) {
                    covered.add(p);
                }
            }
            long index = token.getIndex();
            List<Long> missed = new ArrayList<>();
            for (long position : asked) {
                boolean undelivered = position > index || token.getGaps().contains(position);
                if (position < highest && undelivered && !covered.contains(position)) {
                    missed.add(position);
                }
            }
            return missed.isEmpty() ? List.of() : events.find(in(ID, missed)).into(new ArrayList<>());
        }

        private void deliver(Document commit) {
            long firstPosition = commit.getLong(ID);
            int count = commit.getInteger(COUNT);
            commitEnds.add(firstPosition + count - 1);
            List<Document> stored = commit.getList(EVENTS_FIELD, Document.class);
            for (int i = 0; i < count; i++) {
                long position = firstPosition + i;
                if (position <= token.getIndex() && !token.getGaps().contains(position)) {
                    continue; // seen already (a look-back or a commit delivered earlier)
                }
                token = token.advanceTo(position, maxGapOffset);
                if (i < stored.size()) { // a void commit has no events: its positions are only passed over
                    pending.add(trackedEntry(token, stored.get(i)));
                }
            }
        }

        /**
         * Drops each gap that has been open for the gap timeout since this engine first saw it: whatever held that
         * position was never written (its writer died after allocating it).
         */
        private GapAwareTrackingToken dropStaleGaps(GapAwareTrackingToken current) {
            Instant now = clock.instant();
            Instant limit = now.minus(gapTimeout);
            forgetOldGaps(now);
            if (!current.hasGaps()) {
                return current;
            }
            SortedSet<Long> kept = new TreeSet<>(current.getGaps());
            for (long gap : current.getGaps()) {
                if (gapsFirstSeen.computeIfAbsent(gap, position -> now).isBefore(limit)) {
                    kept.remove(gap);
                }
            }
            return kept.size() == current.getGaps().size() ? current
                    : GapAwareTrackingToken.newInstance(current.getIndex(), kept);
        }
    }

    private static TrackedEventData<?> trackedEntry(TrackingToken token, Document event) {
        if (event.getString(AGGREGATE_TYPE) != null) {
            return new TrackedDomainEventData<>(token, domainEntry(event, event.getString(AGGREGATE_ID)));
        }
        return new TrackedNonDomainEvent(token, event.getString(EVENT_ID), Instant.parse(event.getString(TIMESTAMP)),
                serialized(event.getString(PAYLOAD), event.getString(PAYLOAD_TYPE), event.getString(REVISION)),
                serialized(event.getString(METADATA), MetaData.class.getName(), null));
    }

    private record TrackedNonDomainEvent(TrackingToken trackingToken, String getEventIdentifier, Instant getTimestamp,
                                         SerializedObject<String> getPayload, SerializedObject<String> getMetaData)
            implements TrackedEventData<String> {
    }
}
