package org.directivetracker.bench.views;

import static org.directivetracker.bench.Timing.percentile;
import static org.directivetracker.bench.Timing.secondsSince;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.registry.TrackerReadModels;
import org.directivetracker.projections.threads.NotificationReads;
import org.directivetracker.projections.threads.ThreadQueries;
import org.directivetracker.projections.threads.ThreadsReadModel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The read-after-write cost of the copies alone, without the event store, the tracking processors or the disk: the
 * read models in a room on mongo-java-server's memory backend, a province's history handed to their handlers in
 * batches of 100 as a processor would, then per progress report one batch of one event and one timed read by a second
 * room (another instance, whose copies follow the change logs), the kinds of read taking turns as in
 * {@link ReadAfterWriteBenchmark}. Quicker and steadier on a busy machine than the whole service; the same class built
 * against an older commit measures the copies before a change.
 *
 * <pre>
 * tracker-bench/run.sh views copies [sizes] [writes per size]     # default: 100,1000 350
 * </pre>
 */
final class CopiesAfterWriteBenchmark {

    private static final List<String> KINDS = List.of("commune status", "directive progress", "commune registry",
            "briefing", "directive search", "province inbox", "obstacle register");
    private static final int BATCH = 100;

    static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 350;
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            run(client.getDatabase("copies"), sizes, writes);
        } finally {
            server.shutdownNow();
        }
        System.exit(0);
    }

    private static void run(MongoDatabase database, int[] sizes, int writes) {
        CommuneDirectory names = communes();
        ReadModelRoom writer = new ReadModelRoom(database, TrackerReadModels.ALL);
        ReadModelRoom reader = new ReadModelRoom(database, TrackerReadModels.ALL);
        Map<Class<?>, Object> queries = new HashMap<>();
        TrackerReadModels.queryHandlers(reader, names).forEach(handler -> queries.put(handler.getClass(), handler));
        ThreadQueries threads = new ThreadQueries(reader.readModel(ThreadsReadModel.REGISTRATION), names, new NotificationReads(database));
        ProvinceHistory history = new ProvinceHistory(20260301, names.codes(), Instant.now());
        Map<String, Long> nextSequence = new HashMap<>();
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        Map<Integer, Map<String, double[]>> bySize = new LinkedHashMap<>();
        Random random = new Random(11);
        int made = 0;
        long events = 0;
        for (int size : sizes) {
            long started = System.nanoTime();
            List<EventMessage<?>> pending = new ArrayList<>();
            for (; made < size; made++) {
                var stream = history.directive(made);
                pending.addAll(stream);
                events += stream.size();
                nextSequence.put("bench-" + made, (long) stream.size());
            }
            deliver(writer, pending);
            System.out.printf("%d directives to %d communes, %d events handled in %.1f s%n", size, names.codes().size(), events,
                    secondsSince(started));
            List<ProvinceHistory.OpenAssignment> open = history.openAssignments();
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            KINDS.forEach(kind -> millis.put(kind, new ArrayList<>()));
            int warmUp = KINDS.size() * 3;
            for (int write = 0; write < writes + warmUp; write++) {
                ProvinceHistory.OpenAssignment assignment = open.get(random.nextInt(open.size()));
                long sequence = nextSequence.merge(assignment.directiveId(), 1L, Long::sum) - 1;
                deliver(writer, List.of(ProvinceHistory.report(assignment, sequence, 1 + random.nextInt(99), Instant.now())));
                String kind = KINDS.get(write % KINDS.size());
                long t0 = System.nanoTime();
                read(queries, threads, kind, assignment, today, write);
                double took = (System.nanoTime() - t0) / 1e6;
                if (write >= warmUp) {
                    millis.get(kind).add(took);
                }
            }
            Map<String, double[]> samples = new LinkedHashMap<>();
            millis.forEach((kind, list) -> samples.put(kind, list.stream().mapToDouble(Double::doubleValue).toArray()));
            bySize.put(size, samples);
            System.out.printf("  another instance's read right after each of %d progress reports:%n", writes);
            samples.forEach((kind, values) -> System.out.printf("  %-18s n=%4d  p50 %8.2f ms  p99 %8.2f ms%n", kind,
                    values.length, percentile(values, 50), percentile(values, 99)));
        }
        if (sizes.length > 1) {
            Map<String, double[]> small = bySize.get(sizes[0]);
            Map<String, double[]> large = bySize.get(sizes[sizes.length - 1]);
            System.out.printf("ratio %d / %d directives (1.0 = a read costs what changed, %.0f = what exists):%n",
                    sizes[sizes.length - 1], sizes[0], (double) sizes[sizes.length - 1] / sizes[0]);
            for (String kind : KINDS) {
                System.out.printf("  %-18s p50 %.2fx  p99 %.2fx%n", kind,
                        percentile(large.get(kind), 50) / percentile(small.get(kind), 50),
                        percentile(large.get(kind), 99) / percentile(small.get(kind), 99));
            }
        }
    }

    private static void read(Map<Class<?>, Object> queries, ThreadQueries threads, String kind,
            ProvinceHistory.OpenAssignment written, LocalDate today, int write) {
        CommuneStatusQueries status = (CommuneStatusQueries) queries.get(CommuneStatusQueries.class);
        DirectiveProgressQueries progress = (DirectiveProgressQueries) queries.get(DirectiveProgressQueries.class);
        switch (kind) {
            case "commune status" -> status.handle(new FindCommuneStatus(written.communeCode(), today));
            case "directive progress" -> progress.handle(new FindDirectiveProgress(written.directiveId(), today));
            case "commune registry" -> status.handle(new FindCommuneRegistry(today, null));
            case "briefing" -> ((BriefingQueries) queries.get(BriefingQueries.class)).handle(new FindBriefing(today, today.minusDays(7)));
            case "directive search" -> progress.handle(new FindDirectives(null, null, null, "chi thi so " + (write % 97), today));
            case "province inbox" -> threads.handle(new FindInbox(Role.PROVINCE, null, "leader"));
            case "obstacle register" -> ((ObstacleRegisterQueries) queries.get(ObstacleRegisterQueries.class))
                    .handle(new FindObstacles(true, null, null, today));
            default -> throw new IllegalArgumentException(kind);
        }
    }

    /** Every read model's handlers, in batches as a tracking processor hands them events. */
    private static void deliver(ReadModelRoom room, List<? extends EventMessage<?>> events) {
        for (ReadModelRoom.Live<?> readModel : room.all()) {
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(readModel.handlers());
            for (int from = 0; from < events.size(); from += BATCH) {
                ReadModelRoom.handleBatch(events.subList(from, Math.min(events.size(), from + BATCH)), handlers, readModel.context());
            }
        }
    }

    private static CommuneDirectory communes() {
        try (InputStream csv = CopiesAfterWriteBenchmark.class.getResourceAsStream("/ca-mau-communes.csv")) {
            return CommuneDirectory.fromCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CopiesAfterWriteBenchmark() {
    }
}
