package org.directivetracker.eventstore.export;

import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.ChainLink;
import org.directivetracker.eventstore.chain.EventHashChain;

import java.util.List;

/**
 * A directive's history as a file an auditor takes away and checks without any database: every event with exactly
 * the stored fields its hash covers, its hash, the last hash and the digest ({@link AuditDigest} over the single pair
 * (directive id, last hash), the same digest the province-wide verification computes). Every value in the file is
 * covered: by an event's hash, or by a check that {@link ExportVerifier} makes ({@code format}, {@code directiveId},
 * {@code lastHash}, {@code digest}).
 */
public record HistoryExport(String format, String directiveId, List<Event> events, String lastHash, String digest) {

    public static final String FORMAT = "directive-history/1";

    /**
     * One stored event: {@code payloadType}, {@code timestamp} and {@code payload} are the stored texts; the actor
     * fields are the stored metadata values (null when absent).
     */
    public record Event(String aggregateId, long sequence, String payloadType, String timestamp, String account,
                        String role, String commune, String payload, String hash) implements ChainLink {

        @Override
        public String recomputeHash(String previousHash) {
            return EventHashChain.hash(previousHash, aggregateId, sequence, payloadType, timestamp, account, role,
                    commune, payload);
        }
    }
}
