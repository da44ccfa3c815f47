package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A document of a collection as the file holds it: its BSON, decoded only when the document is read. H2 reads and
 * writes a whole page (up to 48 documents) to reach one of them: a page read from the file decoded every document in
 * it, and a commit encoded every document of every page it wrote, though a write had changed one (together the largest
 * part of the service's allocation under load). Now a page read keeps the bytes, a commit copies them, and a document
 * is encoded once, when it is stored, and decoded once, at its first read.
 *
 * <p>A document that BSON would not give back exactly ({@link CompactObjectType#exactInBson(Iterable)}) is stored as the
 * document itself, as before; {@link #document(Object)} reads both.
 */
final class StoredDocument {

    /** Encoding happens on the writing request's thread: a buffer per thread, reused. */
    private static final ThreadLocal<ByteBuf> ENCODING_BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    private static final int LARGEST_KEPT_BUFFER = 1 << 20;

    private final byte[] bson;
    /** The document decoded at its first read; never changed afterwards (readers share it, as they shared the page's). */
    private volatile Document decoded;

    StoredDocument(byte[] bson) {
        this.bson = bson;
    }

    /** What the collection's map holds for this document: its BSON where BSON gives it back exactly, else itself. */
    static Object of(Document document) {
        if (!CompactObjectType.exactInBson(document.values())) {
            return document;
        }
        ByteBuf buffer = ENCODING_BUFFER.get().clear();
        BsonEncoder.encodeDocument(document, buffer);
        byte[] bson = new byte[buffer.readableBytes()];
        buffer.readBytes(bson);
        if (buffer.capacity() > LARGEST_KEPT_BUFFER) {
            ENCODING_BUFFER.remove();
        }
        return new StoredDocument(bson);
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
        return bson;
    }
}
