package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A document of a collection in the store's map: the document, its BSON, or both, each made from the other the first
 * time it is needed and then kept. H2 reads and writes a whole page (up to 48 documents) to reach one of them: a page
 * read from the file decoded every document in it, and a commit encoded every document of every page it wrote,
 * though a write had changed one (together the largest part of the service's allocation under load). Now a page read
 * from the file keeps the bytes and a document is decoded at its first read; a document stored by a write is encoded
 * at the first commit that writes its page, and every later write of that page (another document of it changed, the
 * keeper's compaction) copies the bytes.
 *
 * <p>A document that BSON would not give back exactly ({@link CompactObjectType#exactInBson(Iterable)}) is stored as
 * the document itself, as before; {@link #document(Object)} reads both. Neither form is changed once made: the
 * collection never changes a stored document ({@link TrackerH2Collection}), and readers share it, as they shared the
 * page's documents before.
 */
final class StoredDocument {

    /** Encoding happens on the thread that commits: a buffer per thread, reused. */
    private static final ThreadLocal<ByteBuf> ENCODING_BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    private static final int LARGEST_KEPT_BUFFER = 1 << 20;

    private volatile byte[] bson;
    private volatile Document decoded;

    private StoredDocument(byte[] bson, Document decoded) {
        this.bson = bson;
        this.decoded = decoded;
    }

    /** A document as read from the file: its bytes, decoded when the document is read. */
    static StoredDocument read(byte[] bson) {
        return new StoredDocument(bson, null);
    }

    /** What the collection's map holds for a document a write stores: itself where BSON gives it back exactly, wrapped. */
    static Object of(Document document) {
        return CompactObjectType.exactInBson(document.values()) ? new StoredDocument(null, document) : document;
    }

    /** The document a value of the collection's map stands for (null for none). */
    static Document document(Object stored) {
        return stored instanceof StoredDocument document ? document.document() : (Document) stored;
    }

    Document document() {
        Document document = decoded;
        if (document == null) {
            document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
            decoded = document;
        }
        return document;
    }

    /** The BSON, as the file holds it; not to be changed. */
    byte[] bson() {
        byte[] bytes = bson;
        if (bytes == null) {
            ByteBuf buffer = ENCODING_BUFFER.get().clear();
            BsonEncoder.encodeDocument(decoded, buffer);
            bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            if (buffer.capacity() > LARGEST_KEPT_BUFFER) {
                ENCODING_BUFFER.remove();
            }
            bson = bytes;
        }
        return bytes;
    }

    /** Whether the bytes are known (read from the file, or written once), for the page cache's count. */
    boolean hasBson() {
        return bson != null;
    }
}
