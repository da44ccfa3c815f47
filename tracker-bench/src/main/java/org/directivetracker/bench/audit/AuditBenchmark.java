package org.directivetracker.bench.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.directivetracker.api.audit.DirectiveAudit;
import org.directivetracker.api.audit.DirectiveStateAt;
import org.directivetracker.api.store.StorageConfiguration;
import org.directivetracker.bench.Timing;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DirectiveAcknowledged;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.chain.StoredEvent;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.directivetracker.eventstore.mongo.MongoEventStorageEngine;
import org.directivetracker.eventstore.serialization.TrackerSerialization;
import org.directivetracker.eventstore.verification.StoredStreams;
import org.directivetracker.projections.communes.CommuneDirectory;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * State-as-of and verification of one long directive, on the embedded store (in memory), as ratios against reading
 * the same documents with the raw driver by their unique keys ({@code $in} over 500 keys a query, the cheapest indexed
 * read on mongo-java-server) in the same process. The directive has {@code events} events (default 5,000:
 * issued to the 64 communes, then acknowledgements, progress reports and obstacles, one command each), and the store
 * holds {@code others} events of other directives beside it (default 20,000), which the verification's scan for cut-off
 * events passes over. Run (from the project root):
 * <pre>
 * tracker-bench/run.sh audit [events] [other events]     # default: 5000 20000
 * </pre>
 */
public final class AuditBenchmark {

    private static final String DIRECTIVE = "bench-long-directive";
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    /** Keys per raw query: mongo-java-server matches {@code $in} in time growing with the square of the keys. */
    private static final int RAW_CHUNK = 500;

    public static void main(String[] args) throws Exception {
        // the server's and the driver's chatter would bury the numbers
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int others = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            Serializer serializer = TrackerSerialization.serializer();
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                    .actorKeys(StorageConfiguration.ACTOR_KEYS).eventSerializer(serializer).snapshotSerializer(serializer).build();
            CommuneDirectory communes;
            try (InputStream csv = AuditBenchmark.class.getResourceAsStream("/ca-mau-communes.csv")) {
                communes = CommuneDirectory.fromCsv(csv);
            }
            long filling = System.nanoTime();
            Instant last = write(engine, DIRECTIVE, events, communes.codes());
            for (int i = 0; i * 1_000 < others; i++) {
                write(engine, "bench-other-" + i, Math.min(1_000, others - i * 1_000), communes.codes());
            }
            System.out.printf("store: directive of %d events beside %d other events, written in %d s%n", events, others,
                    Duration.ofNanos(System.nanoTime() - filling).toSeconds());

            StoredStreams streams = new StoredStreams(engine);
            DirectiveAudit audit = new DirectiveAudit(streams, serializer, communes, TimelinessRules.standard(),
                    Clock.systemUTC());
            Actor auditor = Actor.auditor("auditor");
            Instant middle = START.plus(Duration.between(START, last).dividedBy(2));

            MongoCollection<Document> commits = database.getCollection(MongoEventStorageEngine.EVENTS);
            double raw = measure("raw driver: commits by key, 500 a query", () -> {
                List<Document> found = new ArrayList<>();
                for (int from = 0; from < events; from += RAW_CHUNK) {
                    List<String> keys = new ArrayList<>();
                    for (int sequence = from; sequence < Math.min(events, from + RAW_CHUNK); sequence++) {
                        keys.add(DIRECTIVE + "/" + sequence);
                    }
                    commits.find(Filters.in("stream", keys)).into(found);
                }
                require(found.size() == events - communes.codes().size(), "raw read " + found.size() + " commits");
                return found;
            });
            double read = measure("store: read the stored events", () -> {
                List<StoredEvent> all = streams.readAll(DIRECTIVE);
                require(all.size() == events, "read " + all.size() + " events");
                return all;
            });
            double stateAtEnd = measure("state as of the last event", () -> {
                DirectiveStateAt state = audit.stateAt(DIRECTIVE, last, auditor);
                require(state.asOfSequence() == events - 1, "state at " + state.asOfSequence());
                return state;
            });
            double stateInMiddle = measure("state as of an instant in the middle", () -> audit.stateAt(DIRECTIVE, middle, auditor));
            double stateAtSequence = measure("state as of sequence " + (events / 2),
                    () -> audit.stateAtSequence(DIRECTIVE, events / 2, auditor));
            double verify = measure("verify the hash chain", () -> {
                ChainVerification result = audit.verify(DIRECTIVE, auditor);
                require(result.intact() && result.events() == events, "verification " + result);
                return result;
            });
            double export = measure("export", () -> audit.export(DIRECTIVE, auditor));
            System.out.println();
            System.out.printf("ratios to the raw driver read: store read %.2f, state at end %.2f, state in middle %.2f,"
                              + " state at sequence %.2f, verify %.2f, export %.2f%n", read / raw, stateAtEnd / raw,
                    stateInMiddle / raw, stateAtSequence / raw, verify / raw, export / raw);
            System.out.printf("state as of the last event: %.1f ms (target <= 200 ms): %s%n", stateAtEnd,
                    stateAtEnd <= 200 ? "met" : "NOT met");
        }
    }

    /** The median of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs, in milliseconds; prints min/median/p90. */
    private static double measure(String what, Supplier<Object> run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = Timing.millisOf(run::get);
        }
        double median = Timing.median(millis);
        System.out.printf("%-40s min %7.1f ms   median %7.1f ms   p90 %7.1f ms%n", what, Timing.percentile(millis, 0), median,
                Timing.percentile(millis, 90));
        return median;
    }

    /**
     * Writes a directive's events one command per commit, as the service does: issued to every commune, then each
     * commune acknowledges, and reports, raises and resolves obstacles in turn; one event per simulated ten minutes.
     */
    private static Instant write(MongoEventStorageEngine engine, String id, int count, List<String> codes) {
        Instant at = START;
        LocalDate deadline = LocalDate.of(2026, 6, 30);
        List<EventMessage<?>> issue = new ArrayList<>();
        issue.add(event(id, 0, new DirectiveIssued(id, "Số hóa hồ sơ thủ tục hành chính", "Thực hiện Công văn số 1456/UBND-KSTT.",
                "1456/UBND-KSTT", "Chuyển đổi số", Priority.NORMAL, deadline), "leader", "PROVINCE", null, at));
        for (int i = 0; i < codes.size() && issue.size() < count; i++) {
            issue.add(event(id, issue.size(), new CommuneAssigned(id, codes.get(i), deadline), "leader", "PROVINCE", null, at));
        }
        engine.appendEvents(issue);
        for (long sequence = issue.size(); sequence < count; sequence++) {
            at = at.plus(Duration.ofMinutes(10));
            String code = codes.get((int) (sequence % codes.size()));
            int round = (int) (sequence / codes.size());
            Object payload = switch (round % 4) {
                case 0 -> round == 0 ? new DirectiveAcknowledged(id, code) : new ProgressReported(id, code, Math.min(99, round), "Tiến độ vòng " + round);
                case 1 -> new ProgressReported(id, code, Math.min(99, round), "Đã số hóa thêm hồ sơ, vòng " + round);
                case 2 -> new ObstacleRaised(id, code, "obstacle-" + round, "EQUIPMENT", "Máy scan hư hỏng");
                default -> new ObstacleResolved(id, code, "obstacle-" + (round - 1), "Đã thay máy mới");
            };
            engine.appendEvents(List.of(event(id, sequence, payload, "chair-" + code, "COMMUNE", code, at)));
        }
        return at;
    }

    private static EventMessage<?> event(String id, long sequence, Object payload, String account, String role,
                                         String commune, Instant at) {
        Map<String, Object> metadata = commune == null
                ? Map.of(MetadataKeys.ACCOUNT, account, MetadataKeys.ROLE, role, MetadataKeys.REQUEST_ID, id + "/" + sequence)
                : Map.of(MetadataKeys.ACCOUNT, account, MetadataKeys.ROLE, role, MetadataKeys.COMMUNE, commune,
                         MetadataKeys.REQUEST_ID, id + "/" + sequence);
        return new GenericDomainEventMessage<>("Directive", id, sequence, payload, MetaData.from(metadata),
                java.util.UUID.randomUUID().toString(), at);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("unexpected: " + what);
        }
    }
}
