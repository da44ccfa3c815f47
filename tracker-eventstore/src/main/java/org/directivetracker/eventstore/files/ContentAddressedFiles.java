package org.directivetracker.eventstore.files;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in MongoDB GridFS, each stored once under its SHA-256 as the GridFS id (and file name): the same content sent
 * twice is kept once, and a file is found by an exact id lookup, the one kind of query the embedded server answers
 * from an index. Nothing here is ever updated or deleted by the application.
 */
public class ContentAddressedFiles {

    public static final String DEFAULT_BUCKET = "evidence";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> chunks;
    /** Uploads of the same content in this process wait for each other, so one never aborts the other's chunks. */
    private final ConcurrentHashMap<String, Object> uploading = new ConcurrentHashMap<>();

    public ContentAddressedFiles(MongoDatabase database, String bucketName) {
        this.bucket = GridFSBuckets.create(database, bucketName);
        this.chunks = database.getCollection(bucketName + ".chunks");
    }

    /** What the store holds of one file. */
    public record StoredFile(String sha256, long size) {
    }

    /**
     * Stores the content under its digest, unless a file with that digest is already there. Returns when the file is
     * stored; its durability on the embedded server comes with the next append, which forces the whole store to disk.
     */
    public StoredFile store(byte[] content) {
        String sha256 = Sha256.of(content);
        Object lock = uploading.computeIfAbsent(sha256, key -> new Object());
        try {
            synchronized (lock) {
                if (!contains(sha256)) {
                    upload(sha256, content);
                }
            }
        } finally {
            uploading.remove(sha256, lock);
        }
        return new StoredFile(sha256, content.length);
    }

    private void upload(String sha256, byte[] content) {
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("sha256", sha256));
        try {
            bucket.uploadFromStream(new BsonString(sha256), sha256, new ByteArrayInputStream(content), options);
        } catch (MongoException e) {
            // another instance stored the same content at the same moment, or an earlier upload died half way and
            // left chunks (the driver removed them when this one failed): the file is there, or one retry puts it
            if (!contains(sha256)) {
                bucket.uploadFromStream(new BsonString(sha256), sha256, new ByteArrayInputStream(content), options);
            }
        }
    }

    public boolean contains(String sha256) {
        return find(sha256).isPresent();
    }

    public Optional<GridFSFile> find(String sha256) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", sha256)).first());
    }

    /** The stored content; the caller closes it. Empty when no file has that digest. */
    public Optional<InputStream> open(String sha256) {
        return find(sha256).map(file -> new ChunkStream(chunks, sha256, file.getLength(), file.getChunkSize()));
    }

    /**
     * The digest of the content as stored now, read through to the end; empty when the file is missing. A GridFS
     * error (a chunk missing or of the wrong size) is thrown as the driver's {@link MongoException}.
     */
    public Optional<String> recomputeDigest(String sha256) {
        Optional<InputStream> content = open(sha256);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = content.get()) {
            return Optional.of(Sha256.of(stream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored file " + sha256, e);
        }
    }
}
