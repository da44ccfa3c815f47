package org.directivetracker.eventstore.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One short text that stands for the whole audited history, fit for meeting minutes: lowercase hex of SHA-256 over
 * the (directive id, last hash) pairs in directive-id order ({@link String#compareTo}), each of the two fields encoded
 * as in {@code EventHashChain}: its UTF-8 bytes preceded by their length as a 4-byte big-endian integer; the length
 * prefixes keep ("ab", "c") and ("a", "bc") apart. It covers the hashes as stored: an edited event whose stored hash
 * was left alone keeps the digest and is caught by the chain's verification instead. Two equal digests of two intact
 * verifications therefore mean the same history.
 */
public final class AuditDigest {

    private AuditDigest() {
    }

    /** The digest of directives by id; a sorted map, so the order is the directive-id order. */
    public static String of(SortedMap<String, String> lastHashByDirective) {
        List<String> fields = new ArrayList<>(2 * lastHashByDirective.size());
        for (Map.Entry<String, String> pair : lastHashByDirective.entrySet()) {
            fields.add(pair.getKey());
            fields.add(pair.getValue());
        }
        return EventHashChain.sha256OfFields(fields);
    }

    /** The digest of one directive, as written into its export: equal to {@link #of} over that single pair. */
    public static String of(String directiveId, String lastHash) {
        return of(new TreeMap<>(Map.of(directiveId, lastHash)));
    }
}
