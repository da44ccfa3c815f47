package org.directivetracker.eventstore.verification;

import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.mongo.StoredExtent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Verifies every directive's hash chain in the store and sums the result up in one digest. */
public class ProvinceVerification {

    private final StoredStreams streams;
    private final Clock clock;

    public ProvinceVerification(StoredStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    /**
     * The outcome for the whole store.
     *
     * @param broken the directives whose chain is not intact, in directive-id order
     * @param digest {@link AuditDigest} over every directive's (id, last stored hash): for meeting minutes; with
     *               {@code intact} on both days, equal digests mean no stored event changed in between
     */
    public record Report(boolean intact, int directives, long events, List<ChainVerification> broken, String digest,
                         Instant verifiedAt, long millis) {
    }

    /** One line per {@code every} directives goes to {@code progress}, and one per broken directive. */
    public Report verifyAll(Consumer<String> progress, int every) {
        Instant started = clock.instant();
        SortedMap<String, StoredExtent> directives = streams.extents();
        progress.accept("verifying " + directives.size() + " directives");
        SortedMap<String, String> lastHashes = new TreeMap<>();
        List<ChainVerification> broken = new ArrayList<>();
        long events = 0;
        int done = 0;
        for (Map.Entry<String, StoredExtent> directive : directives.entrySet()) {
            ChainVerification result = streams.verify(directive.getKey(), directive.getValue());
            events += result.events();
            lastHashes.put(directive.getKey(), result.lastHash() == null ? "" : result.lastHash());
            if (!result.intact()) {
                broken.add(result);
                progress.accept("BROKEN " + result.directiveId() + " at sequence " + result.firstBrokenSequence()
                                + ": " + result.problem());
            }
            done++;
            if (every > 0 && done % every == 0) {
                progress.accept(done + " of " + directives.size() + " directives verified, " + events + " events");
            }
        }
        Instant finished = clock.instant();
        return new Report(broken.isEmpty(), directives.size(), events, List.copyOf(broken), AuditDigest.of(lastHashes),
                finished, Duration.between(started, finished).toMillis());
    }
}
