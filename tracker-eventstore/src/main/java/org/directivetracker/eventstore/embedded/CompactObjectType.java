package org.directivetracker.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * H2's generic type, with the documents of a collection and the keys of a unique index written as BSON instead of
 * by Java serialization. H2 Java-serializes any class it does not know: every commit serialized each document and
 * index key of every changed page, with the class descriptions of the map and list classes in each (a third of a core
 * under steady writes, and half as much space again as BSON); the compaction that rewrites old chunks deserialized
 * them again while it held the store's lock, and commits waited for it.
 *
 * <p>Only values that BSON gives back exactly are written so (each with a tag of its own, which H2's type never
 * writes); anything else (a time finer than a millisecond, a set, a value the backend adds such as its missing
 * marker) is written as before. Values written before are read as before, so a file of an earlier version opens as
 * it is and its pages take the new form as they are rewritten. A file written by this version cannot be opened by an
 * earlier one.
 */
class CompactObjectType extends ObjectDataType {

    private static final Logger log = LoggerFactory.getLogger(CompactObjectType.class);
    private static final AtomicLong CHANGED_WHILE_WRITTEN = new AtomicLong();
    /** Tags of the forms added here; H2's own tags are 0-19, 32-49 and 64-119. */
    private static final byte DOCUMENT_TAG = 120;
    private static final byte KEY_TAG = 121;
    /** A decoded document takes several times its BSON size on the heap: what the page cache counts it at. */
    private static final int HEAP_BYTES_PER_BSON_BYTE = 4;

    /** Pages are written by H2's serialization thread and sometimes by a writer: a buffer per thread, reused. */
    private static final ThreadLocal<ByteBuf> ENCODING_BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    private static final int LARGEST_KEPT_BUFFER = 1 << 20;
    /** Classes BSON gives back equal and of the same class, apart from those checked first in {@link #exactInBson}. */
    private static final Set<Class<?>> EXACT_CLASSES = Set.of(ObjectId.class, BinData.class, UUID.class, LegacyUUID.class,
            Decimal128.class, BsonTimestamp.class, MaxKey.class, MinKey.class, BsonRegularExpression.class,
            BsonJavaScript.class);

    /** A moving average of the heap a decoded document takes, as H2 keeps one for serialized objects. */
    private int averageMemory = 1_000;

    /** How many times a stored value was found changing while it was written, since the program started. */
    static long changedWhileWritten() {
        return CHANGED_WHILE_WRITTEN.get();
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(buff, obj);
                return;
            } catch (ConcurrentModificationException e) {
                // a stored document changed while it was written: TrackerH2Collection keeps that from happening,
                // and a failed write here would make H2 close the store; nothing reached the buffer yet
                CHANGED_WHILE_WRITTEN.incrementAndGet();
                log.warn("a stored {} changed while it was written to the file (attempt {})",
                        obj.getClass().getSimpleName(), attempt);
                if (attempt == 3) {
                    super.write(buff, obj);
                    return;
                }
            }
        }
    }

    private void writeOnce(WriteBuffer buff, Object obj) {
        if (obj instanceof Document document && exactInBson(document)) {
            writeBson(buff, DOCUMENT_TAG, document);
        } else if (obj instanceof KeyValue key && exactInBson(key)) {
            Document values = new Document();
            for (int i = 0; i < key.size(); i++) {
                values.put(Integer.toString(i), key.get(i));
            }
            writeBson(buff, KEY_TAG, values);
        } else {
            super.write(buff, obj);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        byte tag = buff.get(buff.position());
        if (tag == DOCUMENT_TAG) {
            buff.get();
            return readBson(buff);
        }
        if (tag == KEY_TAG) {
            buff.get();
            return new KeyValue(new ArrayList<>(readBson(buff).values()));
        }
        return super.read(buff);
    }

    @Override
    public int getMemory(Object obj) {
        if (obj instanceof Document || obj instanceof KeyValue) {
            return averageMemory;
        }
        return super.getMemory(obj);
    }

    private void writeBson(WriteBuffer buff, byte tag, Document document) {
        ByteBuf bson = ENCODING_BUFFER.get().clear();
        BsonEncoder.encodeDocument(document, bson);
        int length = bson.readableBytes();
        buff.put(tag).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        countMemory(length);
        if (bson.capacity() > LARGEST_KEPT_BUFFER) {
            ENCODING_BUFFER.remove();
        }
    }

    private Document readBson(ByteBuffer buff) {
        int length = buff.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buff.get(bson);
        countMemory(length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    private void countMemory(int bsonLength) {
        averageMemory = (int) ((HEAP_BYTES_PER_BSON_BYTE * (long) bsonLength + 15L * averageMemory) / 16);
    }

    private static boolean exactInBson(Iterable<?> values) {
        for (Object value : values) {
            if (!exactInBson(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether BSON gives this value back equal and of the same class, as the backend stored it. Compared by class, not
     * by {@code instanceof}: the common classes first, as this runs for every value of every page written.
     */
    private static boolean exactInBson(Object value) {
        if (value == null) {
            return true;
        }
        Class<?> type = value.getClass();
        if (type == String.class || type == Long.class || type == Integer.class || type == Boolean.class
            || type == Double.class) {
            return true;
        }
        if (type == Document.class) {
            return exactInBson(((Document) value).values());
        }
        if (type == ArrayList.class) {
            return exactInBson((Iterable<?>) value);
        }
        if (type == Instant.class) {
            return ((Instant) value).getNano() % 1_000_000 == 0;
        }
        return EXACT_CLASSES.contains(type);
    }
}
