package org.directivetracker.bench.views;

import static org.directivetracker.bench.Timing.millisOf;
import static org.directivetracker.bench.Timing.percentile;
import static org.directivetracker.bench.Timing.secondsSince;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.directivetracker.core.api.MetadataKeys;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.FindStatistics;
import org.directivetracker.core.api.query.FindTrend;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.StatisticsGrouping;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.statistics.StatisticsQueries;
import org.directivetracker.projections.statistics.StatisticsReadModel;
import org.directivetracker.projections.statistics.StatisticsRules;
import org.directivetracker.core.api.status.TimelinessRules;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The weekly trend at province scale: 64 communes x N directives (the views benchmark's history) in the statistics
 * read model on the embedded store, then the trend of 12 weeks read (a) between writes, when it is served from the
 * copy's version, and (b) right after a write that changed the tasks, when it is computed again in one pass.
 * Baseline in the same run: one period's rates (one pass over the tasks, one week). Run: {@code run.sh statistics 1000 200}.
 */
public final class StatisticsBenchmark {

    public static void main(String[] arguments) throws Exception {
        int directives = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1000;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 200;
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            run(client, directives, rounds);
        } finally {
            server.shutdownNow();
        }
    }

    private static void run(MongoClient client, int directives, int rounds) {
        CommuneDirectory names = communes();
        ReadModelRoom room = new ReadModelRoom(client.getDatabase("bench"), List.of(StatisticsReadModel.REGISTRATION));
        ReadModelRoom.Live<?> live = room.all().get(0);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(live.handlers());
        StatisticsQueries queries = new StatisticsQueries(room.readModel(StatisticsReadModel.REGISTRATION), names,
                StatisticsRules.of(TimelinessRules.standard()));

        ProvinceHistory history = new ProvinceHistory(20260301, names.codes(), Instant.now());
        Map<String, Long> nextSequence = new HashMap<>();
        long started = System.nanoTime();
        long events = 0;
        List<GenericDomainEventMessage<DirectiveEvent>> batch = new ArrayList<>();
        for (int i = 0; i < directives; i++) {
            List<GenericDomainEventMessage<DirectiveEvent>> stream = history.directive(i);
            nextSequence.put("bench-" + i, (long) stream.size());
            for (GenericDomainEventMessage<DirectiveEvent> event : stream) {
                batch.add(event);
                if (batch.size() == 250) {
                    ReadModelRoom.handleBatch(batch, handlers, live.context());
                    batch.clear();
                }
            }
            events += stream.size();
        }
        ReadModelRoom.handleBatch(batch, handlers, live.context());
        System.out.printf("history: %d communes x %d directives, %d events projected in %.1f s%n",
                names.codes().size(), directives, events, secondsSince(started));

        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        FindStatistics oneWeek = new FindStatistics(today.minusDays(6), today, StatisticsGrouping.COMMUNE, null);
        FindTrend twelveWeeks = new FindTrend(12, null);
        List<ProvinceHistory.OpenAssignment> open = new ArrayList<>(history.openAssignments());
        Random random = new Random(7);
        Runnable aSubmission = () -> {
            ProvinceHistory.OpenAssignment assignment = open.remove(random.nextInt(open.size()));
            long sequence = nextSequence.merge(assignment.directiveId(), 1L, Long::sum) - 1;
            ReadModelRoom.handleBatch(List.of(new GenericDomainEventMessage<>("Directive", assignment.directiveId(), sequence,
                    new CompletionSubmitted(assignment.directiveId(), assignment.communeCode(), "Đã hoàn thành"),
                    Map.of(MetadataKeys.ACCOUNT, "chair-" + assignment.communeCode()), UUID.randomUUID().toString(),
                    Instant.now())), handlers, live.context());
        };

        double firstRead = millisOf(() -> queries.handle(twelveWeeks)); // loads the copy
        for (int i = 0; i < 30; i++) { // warm-up: the JIT, both paths
            aSubmission.run();
            queries.handle(oneWeek);
            queries.handle(twelveWeeks);
        }
        double[] cached = new double[rounds * 5];
        for (int i = 0; i < cached.length; i++) {
            cached[i] = millisOf(() -> queries.handle(twelveWeeks));
        }
        double[] afterWrite = new double[rounds];
        double[] baseline = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            aSubmission.run();
            baseline[i] = millisOf(() -> queries.handle(oneWeek));
            afterWrite[i] = millisOf(() -> queries.handle(twelveWeeks));
        }
        System.out.printf("first trend read (copy loaded): %.1f ms%n", firstRead);
        System.out.printf("trend, 12 weeks, between writes (%d reads): p50 %.3f ms, p99 %.3f ms%n", cached.length,
                percentile(cached, 50), percentile(cached, 99));
        System.out.printf("trend, 12 weeks, right after a write (%d reads): p50 %.1f ms, p99 %.1f ms%n", rounds,
                percentile(afterWrite, 50), percentile(afterWrite, 99));
        System.out.printf("baseline, one week's rates after a write: p50 %.1f ms, p99 %.1f ms; trend / baseline at p50 %.1fx, at p99 %.1fx%n",
                percentile(baseline, 50), percentile(baseline, 99), percentile(afterWrite, 50) / percentile(baseline, 50),
                percentile(afterWrite, 99) / percentile(baseline, 99));
    }

    private static CommuneDirectory communes() {
        try (InputStream csv = StatisticsBenchmark.class.getResourceAsStream("/ca-mau-communes.csv")) {
            return CommuneDirectory.fromCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
