package org.directivetracker.eventstore.chain;

import org.directivetracker.eventstore.export.HistoryExport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain check and the digest on events built by hand, without any store. */
public class HashChainCheckTest {

    private static final String DIRECTIVE = "chi-thi-12";

    @Test
    void anUntouchedChainIsIntactAndEndsWithTheLastHash() {
        List<HistoryExport.Event> events = chain(4);

        ChainVerification result = ChainVerification.check(DIRECTIVE, events, 3);

        assertThat(result.intact()).isTrue();
        assertThat(result.events()).isEqualTo(4);
        assertThat(result.firstBrokenSequence()).isNull();
        assertThat(result.lastHash()).isEqualTo(events.get(3).hash());
    }

    @Test
    void aChangedPayloadBreaksTheChainAtThatEvent() {
        List<HistoryExport.Event> events = chain(4);
        HistoryExport.Event third = events.get(2);
        events.set(2, new HistoryExport.Event(DIRECTIVE, 2, third.payloadType(), third.timestamp(), third.account(),
                third.role(), third.commune(), third.payload().replace("40", "90"), third.hash()));

        assertThat(ChainVerification.check(DIRECTIVE, events, 3).firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    void aMissingEventBreaksTheChainAtItsSequence() {
        List<HistoryExport.Event> events = chain(4);
        events.remove(1);

        ChainVerification result = ChainVerification.check(DIRECTIVE, events, 3);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(1);
        assertThat(result.problem()).contains("event 1 is missing");
    }

    @Test
    void eventsStoredBeyondTheReadableStreamBreakItWhereItStops() {
        List<HistoryExport.Event> events = chain(4).subList(0, 2);

        ChainVerification result = ChainVerification.check(DIRECTIVE, events, 3);

        assertThat(result.firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    void aStreamWhoseFirstEventWasDeletedIsBrokenAtZero() {
        ChainVerification result = ChainVerification.check(DIRECTIVE, List.of(), 3);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isZero();
        assertThat(result.lastHash()).isNull();
    }

    @Test
    void twoEventsSwappedBreakTheChainAtTheFirstOfThem() {
        List<HistoryExport.Event> events = chain(4);
        HistoryExport.Event one = events.get(1);
        events.set(1, events.get(2));
        events.set(2, one);

        assertThat(ChainVerification.check(DIRECTIVE, events, 3).firstBrokenSequence()).isEqualTo(1);
    }

    @Test
    void theDigestDependsOnEveryPairAndNotOnTheOrderTheyWereCollectedIn() {
        TreeMap<String, String> one = new TreeMap<>();
        one.put("b", "2".repeat(64));
        one.put("a", "1".repeat(64));
        TreeMap<String, String> same = new TreeMap<>();
        same.put("a", "1".repeat(64));
        same.put("b", "2".repeat(64));
        TreeMap<String, String> changed = new TreeMap<>(same);
        changed.put("b", "3".repeat(64));

        assertThat(AuditDigest.of(one)).isEqualTo(AuditDigest.of(same)).matches("[0-9a-f]{64}");
        assertThat(AuditDigest.of(changed)).isNotEqualTo(AuditDigest.of(same));
        assertThat(AuditDigest.of("ab", "c")).isNotEqualTo(AuditDigest.of("a", "bc"));
    }

    @Test
    void anEventsHashIsSha256OverItsLengthPrefixedFieldsAsDocumented() {
        String hash = EventHashChain.hash(EventHashChain.GENESIS, DIRECTIVE, 7,
                "org.directivetracker.core.api.event.ProgressReported", "2026-03-01T02:00:00Z", "chair-31951", "COMMUNE",
                null, "{\"note\":\"Đã số hóa\"}");

        // computed apart from this code, with the absent commune encoded as the empty string
        assertThat(hash).isEqualTo("270327e1483fdb3fdee81e8605997c4282ef515c6d0a5f3a421f9e2f54b41a9b");
    }

    @Test
    void theDigestIsSha256OverTheLengthPrefixedPairsInDirectiveIdOrder() {
        TreeMap<String, String> pairs = new TreeMap<>();
        pairs.put("b", "2".repeat(64));
        pairs.put("a", "1".repeat(64));

        // computed apart from this code: SHA-256 of len("a") "a" len(h1) h1 len("b") "b" len(h2) h2, 4-byte lengths
        assertThat(AuditDigest.of(pairs))
                .isEqualTo("882f0c1a7d8a1699761807b796c1797de635286e48d8cfe6adc929ed8bde1446");
    }

    /** Events 0..n-1 of {@link #DIRECTIVE}, hashed as the store hashes them. */
    public static List<HistoryExport.Event> chain(int n) {
        List<HistoryExport.Event> events = new ArrayList<>();
        String previous = EventHashChain.GENESIS;
        for (int sequence = 0; sequence < n; sequence++) {
            String type = "org.directivetracker.core.api.event.ProgressReported";
            String timestamp = "2026-03-0" + (sequence + 1) + "T02:00:00Z";
            String payload = "{\"directiveId\":\"" + DIRECTIVE + "\",\"communeCode\":\"31951\",\"percent\":"
                             + (sequence * 20) + ",\"note\":\"Đã số hóa " + sequence + " hồ sơ\"}";
            String hash = EventHashChain.hash(previous, DIRECTIVE, sequence, type, timestamp, "chair-31951", "COMMUNE",
                    "31951", payload);
            events.add(new HistoryExport.Event(DIRECTIVE, sequence, type, timestamp, "chair-31951", "COMMUNE", "31951",
                    payload, hash));
            previous = hash;
        }
        return events;
    }
}
