package org.directivetracker.api.checkpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.directivetracker.api.audit.AuditCommandLine;
import org.directivetracker.api.store.StorageConfiguration;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.eventstore.chain.EventHashChain;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed checkpoints over HTTP, and verification answers that hold a rewritten history against the latest one. */
class CheckpointApiTest extends ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private MongoDatabase database;
    @Autowired
    private StorageConfiguration.StoreConnection storeConnection;
    @Autowired
    private CheckpointProperties checkpoints;

    @Test
    void canSignACheckpointAndReadItBackWholeAndPrintable() {
        given.issued(LANG_TRON);

        Answer signed = http.post("auditor", "/api/admin/checkpoints", null);

        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        String id = signed.text("id");
        assertThat(signed.json().get("streams").asInt()).isPositive();
        assertThat(signed.text("root")).hasSize(64);
        assertThat(signed.text("signature")).isNotBlank();
        assertThat(signed.text("keyId")).hasSize(16);
        assertThat(http.get("leader", "/api/checkpoints").json().findValuesAsText("id")).contains(id);
        Answer whole = http.get("auditor", "/api/checkpoints/" + id);
        assertThat(whole.json().get("heads")).hasSize(signed.json().get("streams").asInt());
        Answer printable = http.send(http.request("/api/checkpoints/" + id, "auditor", "demo")
                .header("Accept", "text/plain").GET().build());
        assertThat(printable.body()).contains(id, signed.text("root"), signed.text("signature"));
    }

    @Test
    void cannotSignOrReadCheckpointsWithACommuneAccount() {
        assertThat(http.post("chair-" + LANG_TRON, "/api/admin/checkpoints", null).status()).isEqualTo(403);
        assertThat(http.get("chair-" + LANG_TRON, "/api/checkpoints").status()).isEqualTo(403);
    }

    @Test
    void cannotHideAReportRewrittenAndRehashedFromTheLatestCheckpoint() {
        String id = given.acknowledged(LANG_TRON);
        given.send(new ReportProgress(id, new CommuneCode(LANG_TRON), new Percent(13), new Note("Đã rà soát 13%"),
                Given.chair(LANG_TRON), UUID.randomUUID().toString()));
        given.send(new ReportProgress(id, new CommuneCode(LANG_TRON), new Percent(20), new Note("Đã rà soát 20%"),
                Given.chair(LANG_TRON), UUID.randomUUID().toString()));
        String checkpoint = http.post("leader", "/api/admin/checkpoints", null).text("id");
        JsonNode before = http.get("auditor", "/api/directives/" + id + "/verify").json();

        List<Document> originals = rewriteAndRehash(id, "\"percent\":13", "\"percent\":93");
        try {
            JsonNode after = http.get("auditor", "/api/directives/" + id + "/verify").json();
            JsonNode province = http.post("auditor", "/api/admin/verify", null).json();

            assertThat(before.get("intact").asBoolean()).isTrue();
            assertThat(before.get("checkpoint").get("consistent").asBoolean()).isTrue();
            assertThat(after.get("firstBrokenSequence").isNull()).as("the chain alone sees nothing").isTrue();
            assertThat(after.get("intact").asBoolean()).isFalse();
            assertThat(after.get("checkpoint").get("id").asText()).isEqualTo(checkpoint);
            assertThat(after.get("checkpoint").get("consistent").asBoolean()).isFalse();
            assertThat(after.get("problem").asText()).contains(checkpoint, "rewritten");
            assertThat(province.get("intact").asBoolean()).isFalse();
            assertThat(province.get("checkpoint").get("contradictions").toString()).contains(id, checkpoint);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OptionalInt status = AuditCommandLine.run(new String[]{"--verify-all",
                    "--tracker.mongo.uri=" + storeConnection.connectionString().getConnectionString(),
                    "--tracker.checkpoints.directory=" + checkpoints.directory(),
                    "--tracker.checkpoints.public-key=" + checkpoints.publicKey()}, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(status).hasValue(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("CONTRADICTS checkpoint " + checkpoint + ": " + id);
        } finally {
            restore(originals);
        }
        assertThat(http.get("auditor", "/api/directives/" + id + "/verify").json().get("intact").asBoolean()).isTrue();
    }

    /** Changes the payload of the event holding {@code from} and recomputes every hash after it; answers the originals. */
    private List<Document> rewriteAndRehash(String id, String from, String to) {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        List<Document> commits = events.find(Filters.eq("events.aggregateId", id)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
        // read twice: the originals keep the stored types (a long stays a long) for restoring
        List<Document> originals = events.find(Filters.eq("events.aggregateId", id)).into(new ArrayList<>());
        String previousHash = EventHashChain.GENESIS;
        boolean rewriting = false;
        for (Document commit : commits) {
            for (Document event : commit.getList("events", Document.class)) {
                if (event.getString("payload").contains(from)) {
                    event.put("payload", event.getString("payload").replace(from, to));
                    rewriting = true;
                }
                if (rewriting) {
                    event.put("hash", rehash(event, previousHash));
                }
                previousHash = event.getString("hash");
            }
            events.replaceOne(Filters.eq("_id", commit.get("_id")), commit);
        }
        assertThat(rewriting).as("an event holding " + from).isTrue();
        return originals;
    }

    private static String rehash(Document event, String previousHash) {
        try {
            JsonNode metadata = JSON.readTree(event.getString("metadata"));
            return EventHashChain.hash(previousHash, event.getString("aggregateId"), event.getLong("sequence"),
                    event.getString("payloadType"), event.getString("timestamp"), text(metadata, "account"),
                    text(metadata, "role"), text(metadata, "commune"), event.getString("payload"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode metadata, String key) {
        return metadata.hasNonNull(key) ? metadata.get(key).asText() : "";
    }

    private void restore(List<Document> originals) {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        for (Document original : originals) {
            events.replaceOne(Filters.eq("_id", original.get("_id")), original);
        }
    }
}
