package org.directivetracker.eventstore.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.directivetracker.eventstore.chain.AuditDigest;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.checkpoint.Checkpoint;
import org.directivetracker.eventstore.checkpoint.CheckpointCheck;
import org.directivetracker.eventstore.checkpoint.CheckpointDirectory;
import org.directivetracker.eventstore.checkpoint.CheckpointKeys;
import org.directivetracker.eventstore.checkpoint.CheckpointSigner;
import org.directivetracker.eventstore.checkpoint.ExportAgainstCheckpoint;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.export.ExportVerifier;
import org.directivetracker.eventstore.export.HistoryExport;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.eventstore.mongo.StoreFixtures.ACTOR_KEYS;

/**
 * Someone with write access to the database rewrites history and re-hashes it so that every chain verifies; a signed
 * checkpoint taken before still shows it, and names itself.
 */
class CheckpointTamperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    @TempDir
    Path auditorsDirectory;
    private static EmbeddedMongo server;
    private static MongoClient client;
    private static KeyPair provinceKey;

    private MongoDatabase database;
    private StoredStreams streams;
    private CheckpointSigner signer;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        provinceKey = CheckpointKeys.generate(dataDir.resolve("keys"));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void store() {
        database = client.getDatabase("checkpoint-" + UUID.randomUUID().toString().substring(0, 8));
        MongoEventStorageEngine engine = StoreFixtures.twoDirectives(database);
        streams = new StoredStreams(engine);
        signer = new CheckpointSigner(streams, provinceKey.getPrivate(), provinceKey.getPublic(),
                new CheckpointDirectory(auditorsDirectory), Clock.systemUTC());
    }

    @Test
    void canFindAnUntouchedStoreConsistentWithItsCheckpoint() {
        Checkpoint checkpoint = signer.sign();

        CheckpointCheck check = CheckpointCheck.ofStore(checkpoint, provinceKey.getPublic(), streams);

        assertThat(check.signatureValid()).isTrue();
        assertThat(check.consistent()).isTrue();
        assertThat(checkpoint.streams()).isEqualTo(2);
        assertThat(checkpoint.events()).isEqualTo(9);
        assertThat(new CheckpointDirectory(auditorsDirectory).latest()).hasValue(checkpoint);
    }

    @Test
    void cannotHideAStoredEventRewrittenAndRehashedToTheEndOfItsStream() {
        Checkpoint checkpoint = signer.sign();

        rewriteAndRehash("d-1", 2, "\"percent\":2,", "\"percent\":93,");
        assertThat(streams.read("d-1", 2, 1).get(0).payloadJson()).contains("\"percent\":93,");

        assertThat(chainOf("d-1").intact()).as("the chain alone no longer shows it").isTrue();
        CheckpointCheck check = CheckpointCheck.ofStore(checkpoint, provinceKey.getPublic(), streams);
        assertThat(check.consistent()).isFalse();
        assertThat(check.contradictions()).singleElement().asString()
                .startsWith("d-1:").contains(checkpoint.id(), "rewritten");
    }

    @Test
    void cannotHideEventsDeletedFromTheEndOfAStream() {
        Checkpoint checkpoint = signer.sign();

        deleteLastCommit("d-1");

        assertThat(chainOf("d-1").intact()).as("the chain alone no longer shows it").isTrue();
        CheckpointCheck check = CheckpointCheck.ofStore(checkpoint, provinceKey.getPublic(), streams);
        assertThat(check.consistent()).isFalse();
        assertThat(check.contradictions()).singleElement().asString()
                .startsWith("d-1:").contains(checkpoint.id(), "deleted");
    }

    @Test
    void cannotPassOffAForgedExportOfAHistoryACheckpointCovers() throws Exception {
        Checkpoint checkpoint = signer.sign();
        HistoryExport forged = forgedExport("d-1", 2);

        assertThat(ExportVerifier.verify(JSON.writeValueAsBytes(forged)).verified()).as("the chain alone passes it").isTrue();
        CheckpointCheck check = CheckpointCheck.ofExport(checkpoint, provinceKey.getPublic(), "d-1",
                sequence -> forged.events().stream().filter(event -> event.sequence() == sequence)
                        .map(HistoryExport.Event::hash).findFirst().orElse(null));
        assertThat(check.consistent()).isFalse();
        assertThat(check.contradictions()).singleElement().asString().contains(checkpoint.id());
    }

    @Test
    void cannotPassOffAForgedExportOfflineWithTheProvincesPublicKey() throws Exception {
        Checkpoint checkpoint = signer.sign();
        Path forged = auditorsDirectory.resolve("forged-export.json");
        JSON.writeValue(forged.toFile(), forgedExport("d-1", 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ExportAgainstCheckpoint.run(forged, auditorsDirectory, dataDir.resolve("keys").resolve(CheckpointKeys.PUBLIC_FILE),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VERIFIED", "CONTRADICTS checkpoint " + checkpoint.id());
    }

    @Test
    void cannotPassOffACheckpointSignedWithAnotherKey() throws Exception {
        KeyPair otherKey = CheckpointKeys.generate(auditorsDirectory.resolve("other-key"));
        CheckpointSigner forger = new CheckpointSigner(streams, otherKey.getPrivate(), otherKey.getPublic(),
                new CheckpointDirectory(auditorsDirectory.resolve("forged")), Clock.systemUTC());

        CheckpointCheck check = CheckpointCheck.ofStore(forger.sign(), provinceKey.getPublic(), streams);

        assertThat(check.signatureValid()).isFalse();
        assertThat(check.consistent()).isFalse();
    }

    private ChainVerification chainOf(String streamId) {
        return streams.verify(streamId, streams.extentOf(streamId));
    }

    /** What an attacker with the database does: change one event's payload, then recompute every hash after it. */
    private void rewriteAndRehash(String streamId, long sequence, String from, String to) {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        List<Document> commits = events.find(eq("events.aggregateId", streamId)).into(new ArrayList<>());
        commits.sort(Comparator.comparingLong(CommitLayout::firstSequence));
        String previousHash = EventHashChain.GENESIS;
        for (Document commit : commits) {
            for (Document event : commit.getList("events", Document.class)) {
                if (event.getLong("sequence") == sequence) {
                    event.put("payload", event.getString("payload").replace(from, to));
                }
                if (event.getLong("sequence") >= sequence) {
                    event.put("hash", EventHashChain.recompute(CommitLayout.storedEvent(event), previousHash, ACTOR_KEYS));
                }
                previousHash = event.getString("hash");
            }
            events.replaceOne(eq("_id", commit.get("_id")), commit);
        }
    }

    private void deleteLastCommit(String streamId) {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        List<Document> commits = events.find(eq("events.aggregateId", streamId)).into(new ArrayList<>());
        Document last = commits.stream().max(Comparator.comparingLong(CommitLayout::firstSequence)).orElseThrow();
        events.deleteOne(eq("_id", last.get("_id")));
    }

    /** The stream's export with one event's payload changed and every hash after it, the last hash and digest redone. */
    private HistoryExport forgedExport(String streamId, long sequence) throws Exception {
        List<HistoryExport.Event> events = new ArrayList<>();
        String previousHash = EventHashChain.GENESIS;
        for (StoredEvent stored : streams.readAll(streamId)) {
            JsonNode metadata = JSON.readTree(stored.metadataJson());
            String payload = stored.sequence() == sequence ? stored.payloadJson().replace("\"percent\":", "\"percent\":9") : stored.payloadJson();
            HistoryExport.Event event = new HistoryExport.Event(streamId, stored.sequence(), stored.payloadType(),
                    stored.timestamp().toString(), metadata.get("account").asText(), metadata.get("role").asText(),
                    metadata.get("commune").asText(), payload, null);
            String hash = event.recomputeHash(previousHash);
            events.add(new HistoryExport.Event(streamId, stored.sequence(), stored.payloadType(), stored.timestamp().toString(),
                    event.account(), event.role(), event.commune(), payload, hash));
            previousHash = hash;
        }
        return new HistoryExport(HistoryExport.FORMAT, streamId, events, previousHash, AuditDigest.of(streamId, previousHash));
    }
}
