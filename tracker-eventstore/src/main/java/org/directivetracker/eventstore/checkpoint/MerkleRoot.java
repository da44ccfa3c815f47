package org.directivetracker.eventstore.checkpoint;

import org.directivetracker.eventstore.chain.EventHashChain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One digest over every stream's head, as a Merkle tree in the manner of RFC 6962 (Certificate Transparency): a leaf
 * is SHA-256(0x00 || the head's fields, each length-prefixed as {@link EventHashChain#sha256OfFields} encodes them),
 * an inner node SHA-256(0x01 || left || right), a list of n > 1 leaves split after the largest power of two below n.
 * The heads are taken in stream-id order; no heads: SHA-256 of nothing. Changing, adding or removing any head
 * changes the root.
 */
public final class MerkleRoot {

    private MerkleRoot() {
    }

    /** Lowercase hex of the root over {@code heads}, which must be in stream-id order. */
    public static String of(List<StreamHead> heads) {
        if (heads.isEmpty()) {
            return HexFormat.of().formatHex(sha256().digest());
        }
        return HexFormat.of().formatHex(node(heads, 0, heads.size()));
    }

    private static byte[] node(List<StreamHead> heads, int from, int to) {
        int count = to - from;
        if (count == 1) {
            StreamHead head = heads.get(from);
            byte[] fields = HexFormat.of().parseHex(EventHashChain.sha256OfFields(
                    Arrays.asList(head.streamId(), Long.toString(head.length()), head.lastHash())));
            return digest((byte) 0, fields);
        }
        int split = Integer.highestOneBit(count - 1);
        return digest((byte) 1, node(heads, from, from + split), node(heads, from + split, to));
    }

    private static byte[] digest(byte prefix, byte[]... parts) {
        MessageDigest digest = sha256();
        digest.update(prefix);
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
