package org.directivetracker.eventstore.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.verification.ProvinceVerification;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit that its directive's stream does not reach, beside events the stream holds, as a write that a kill cut
 * left before the embedded store committed only between writes: the next command took its sequences again, and the
 * stream read alone verified. The province-wide verification counts every directive's stored events and names it.
 */
class CommitOutsideTheStreamTest {

    @TempDir
    Path dataDir;
    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;
    private StoredStreams streams;

    @BeforeEach
    void store() {
        server = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("tracker");
        MongoEventStorageEngine engine = StoreFixtures.twoDirectives(database);
        streams = new StoredStreams(engine);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anUntouchedStoreVerifies() {
        ProvinceVerification.Report report = new ProvinceVerification(streams, Clock.systemUTC()).verifyAll(line -> { }, 0);

        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(9);
    }

    @Test
    void aCommitBesideTheStreamIsNamedWithTheSequenceItRepeats() {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        Document cut = events.find(elemMatch("events", and(eq("aggregateId", "d-1"), eq("sequence", 4L)))).first();
        // the same events under a position and a stream key that no read of the stream asks for
        events.insertOne(new Document(cut).append("_id", 1_000_000L).append("stream", "d-1/left-by-a-kill"));

        ProvinceVerification.Report report = new ProvinceVerification(streams, Clock.systemUTC()).verifyAll(line -> { }, 0);

        assertThat(report.intact()).isFalse();
        ChainVerification broken = report.broken().get(0);
        assertThat(report.broken()).hasSize(1);
        assertThat(broken.directiveId()).isEqualTo("d-1");
        assertThat(broken.firstBrokenSequence()).isEqualTo(4);
        assertThat(broken.problem()).isEqualTo("3 stored event(s) of this directive lie outside its stream: event 4 is stored twice");
        assertThat(report.events()).as("the events the streams reach").isEqualTo(9);
    }
}
