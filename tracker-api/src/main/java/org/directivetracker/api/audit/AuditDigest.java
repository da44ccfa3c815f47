package org.directivetracker.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * One short text that stands for the whole audited history, fit for meeting minutes: lowercase hex of SHA-256 over
 * the (directive id, last hash) pairs in directive-id order ({@link String#compareTo}), each of the two fields encoded
 * as in {@code EventHashChain}: its UTF-8 bytes preceded by their length as a 4-byte big-endian integer. Any change to
 * any event of any directive changes its last hash once the chain is recomputed, and so the digest; the length
 * prefixes keep ("ab", "c") and ("a", "bc") apart.
 */
public final class AuditDigest {

    private AuditDigest() {
    }

    /** The digest of directives by id; a sorted map, so the order is the directive-id order. */
    public static String of(SortedMap<String, String> lastHashByDirective) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, String> pair : lastHashByDirective.entrySet()) {
            update(digest, pair.getKey());
            update(digest, pair.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of one directive, as written into its export: equal to {@link #of} over that single pair. */
    public static String of(String directiveId, String lastHash) {
        return of(new java.util.TreeMap<>(Map.of(directiveId, lastHash)));
    }

    private static void update(MessageDigest digest, String field) {
        byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        digest.update(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
