package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.directivetracker.eventstore.mongo.StoreFixtures.ACTOR_KEYS;
import static org.directivetracker.eventstore.mongo.StoreFixtures.AGGREGATE_TYPE;

/**
 * Every text the chain hashes goes through the real driver and the embedded server and comes back as it was hashed:
 * the stream verifies, and each text reads back equal. A text that has no UTF-8 form is refused before it is stored.
 */
class StoredTextRoundTripTest {
    /** Texts that an encoder could change on the way: every one must come back unchanged. */
    private static final List<String> TEXTS = List.of(
            "Ủy ban nhân dân xã Lạc Trường", // precomposed Vietnamese
            "U\u031By ban nha\u0302n da\u0302n", // the same letters decomposed (combining marks)
            "😀 báo cáo 𝕏", // characters outside the BMP, as surrogate pairs
            "\uFFFD replacement character itself",
            "quote \" backslash \\ slash / and a tab\tand\r\nlines",
            "nul \u0000 esc \u001B del \u007F c1 \u0085",
            "line separator \u2028 paragraph \u2029 and bom \uFEFF",
            "noncharacter \uFFFF and max \uDBFF\uDFFF",
            "");

    @TempDir
    static Path dataDir;
    private static EmbeddedMongo server;
    private static MongoClient client;
    private MongoEventStorageEngine engine;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void engine() {
        MongoDatabase database = client.getDatabase("round-trip-" + UUID.randomUUID().toString().substring(0, 8));
        Serializer serializer = TrackerSerialization.serializer();
        engine = MongoEventStorageEngine.builder().database(database).actorKeys(ACTOR_KEYS).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
    }

    @Test
    void canStoreEveryTextExactlyAsItIsHashed() {
        String directiveId = "chỉ-thị-😀-1";
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            MetaData actor = MetaData.with(ACTOR_KEYS.account(), "tài-khoản " + text).and(ACTOR_KEYS.role(), "VAI " + text)
                    .and(ACTOR_KEYS.commune(), text).and("requestId", text);
            engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, directiveId, i,
                    new SampleReport(directiveId, text, i, text), actor, UUID.randomUUID().toString(), Instant.now()));
        }

        List<StoredEvent> stored = engine.readStoredEvents(directiveId, 0, 100);
        ChainVerification verification = ChainVerification.ofStored(directiveId, stored, stored.size() - 1, ACTOR_KEYS);

        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
        assertThat(verification.events()).isEqualTo(TEXTS.size());
        List<String> notes = engine.readEvents(directiveId).asStream()
                .map(event -> ((SampleReport) event.getPayload()).note()).toList();
        assertThat(notes).containsExactlyElementsOf(TEXTS);
        List<Object> communes = engine.readEvents(directiveId).asStream()
                .map(event -> event.getMetaData().get(ACTOR_KEYS.commune())).toList();
        assertThat(communes).containsExactlyElementsOf(TEXTS);
    }

    @Test
    void cannotStoreATextWithALoneSurrogate() {
        String directiveId = "d-lone";
        engine.appendEvents(StoreFixtures.progress(directiveId, 0, 10));

        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, directiveId, 1,
                new SampleReport(directiveId, "32008", 20, "a\uD800b"), StoreFixtures.actor("chair-32008", "COMMUNE", "32008"),
                UUID.randomUUID().toString(), Instant.now())))
                .hasStackTraceContaining("lone UTF-16 surrogate");

        List<StoredEvent> stored = engine.readStoredEvents(directiveId, 0, 100);
        assertThat(stored).hasSize(1);
        assertThat(ChainVerification.ofStored(directiveId, stored, 0, ACTOR_KEYS).intact()).isTrue();
    }

    @Test
    void cannotStoreActorMetadataWithALoneSurrogate() {
        String directiveId = "d-lone-actor";

        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, directiveId, 0,
                new SampleReport(directiveId, "32008", 20, "xong"), StoreFixtures.actor("chair-\uDC00", "COMMUNE", "32008"),
                UUID.randomUUID().toString(), Instant.now())))
                .hasStackTraceContaining("lone UTF-16 surrogate");

        assertThat(engine.readStoredEvents(directiveId, 0, 100)).isEmpty();
    }
}
