package org.directivetracker.eventstore.files;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;

import java.io.InputStream;

/**
 * A GridFS file's content read chunk by chunk, each chunk found by an exact match on both keys of GridFS's unique
 * chunk index ({@code files_id}, {@code n}). The driver's own download asks for all chunks of a file sorted by
 * {@code n}, which the embedded server answers by scanning every chunk of every file: reading one photo would read
 * them all. A chunk missing or of the wrong size fails the read, as the driver's would.
 */
final class ChunkStream extends InputStream {

    private final MongoCollection<Document> chunks;
    private final String fileId;
    private final long length;
    private final int chunkSize;
    private final int chunkCount;
    private int nextChunk;
    private byte[] current = new byte[0];
    private int position;

    ChunkStream(MongoCollection<Document> chunks, String fileId, long length, int chunkSize) {
        this.chunks = chunks;
        this.fileId = fileId;
        this.length = length;
        this.chunkSize = chunkSize;
        this.chunkCount = (int) ((length + chunkSize - 1) / chunkSize);
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(count, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** True when a byte is available, reading the next chunk if the current one is used up. */
    private boolean fill() {
        while (position >= current.length) {
            if (nextChunk >= chunkCount) {
                return false;
            }
            current = chunk(nextChunk);
            position = 0;
            nextChunk++;
        }
        return true;
    }

    private byte[] chunk(int n) {
        Document chunk = chunks.find(Filters.and(Filters.eq("files_id", fileId), Filters.eq("n", n))).first();
        if (chunk == null) {
            throw new MongoGridFSException("chunk " + n + " of file " + fileId + " is missing");
        }
        byte[] data = chunk.get("data", Binary.class).getData();
        long expected = n == chunkCount - 1 ? length - (long) n * chunkSize : chunkSize;
        if (data.length != expected) {
            throw new MongoGridFSException("chunk " + n + " of file " + fileId + " has " + data.length
                                           + " bytes, not " + expected);
        }
        return data;
    }
}
