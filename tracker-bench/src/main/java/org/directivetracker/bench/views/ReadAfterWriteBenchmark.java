package org.directivetracker.bench.views;

import static org.directivetracker.bench.Timing.percentile;
import static org.directivetracker.bench.Timing.secondsSince;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.directivetracker.api.TrackerApplication;
import org.directivetracker.core.api.Role;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.core.api.query.CommuneRegistryEntry;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.DirectiveSummary;
import org.directivetracker.core.api.query.FindBriefing;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.query.FindDirectives;
import org.directivetracker.core.api.query.FindInbox;
import org.directivetracker.core.api.query.FindObstacles;
import org.directivetracker.core.api.query.InboxView;
import org.directivetracker.core.api.query.ObstacleEntry;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.threads.ThreadsReadModel;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A read right after each write, at a small and a large province: a commune reports progress (appended straight into
 * the store, as {@link ViewsBenchmark} does), the benchmark waits until every read model's processor has handled it,
 * then times one read, so that every read lands on a version of the views it has not seen yet and pays for whatever
 * bringing its copy up to date costs. The kinds of read take turns; each is timed at every size, and the ratio of
 * the large province's p50/p99 to the small one's says whether a read costs what changed or what exists. One thread,
 * in-process query handlers (no HTTP, no sign-in cost).
 *
 * <pre>
 * tracker-bench/run.sh views after-write [sizes] [writes per size]     # default: 100,1000 140
 * </pre>
 */
final class ReadAfterWriteBenchmark {

    private static final List<String> KINDS = List.of("commune status", "directive progress", "commune registry",
            "briefing", "directive search", "province inbox", "obstacle register");

    static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 140;
        Path dataDir = Files.createTempDirectory("views-after-write");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0", "--tracker.data-dir=" + dataDir, "--logging.level.org.directivetracker=WARN",
                "--logging.level.org.axonframework=WARN",
                // a read is timed however long it takes on a busy machine, not cut off after Axon's 30 s
                "--axon.timeout.enabled=false");
        try {
            run(context, sizes, writes);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1); // the processors' threads would keep the JVM alive
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int[] sizes, int writes) throws Exception {
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        QueryGateway queries = context.getBean(QueryGateway.class);
        EventProcessingConfiguration processors = context.getBean(EventProcessingConfiguration.class);
        List<String> communes = context.getBean(CommuneDirectory.class).codes();
        ReadModelRoom room = context.getBean(ReadModelRoom.class);
        List<TrackingEventProcessor> readModels = room.names().stream()
                .map(name -> processors.eventProcessor(name, TrackingEventProcessor.class).orElseThrow()).toList();
        ProvinceHistory history = new ProvinceHistory(20260301, communes, Instant.now());
        Map<String, Long> nextSequence = new HashMap<>();
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        Map<Integer, Map<String, double[]>> bySize = new LinkedHashMap<>();
        long events = 0;
        int made = 0;
        Random random = new Random(11);
        for (int size : sizes) {
            for (; made < size; made++) {
                var stream = history.directive(made);
                engine.appendEvents(stream);
                events += stream.size();
                nextSequence.put("bench-" + made, (long) stream.size());
            }
            long started = System.nanoTime();
            awaitViews(readModels, engine);
            System.out.printf("%d directives to %d communes, %d events; views caught up in %.1f s%n", size, communes.size(),
                    events, secondsSince(started));
            started = System.nanoTime();
            warmCopies(room, today);
            System.out.printf("  this instance's copies read the new directives in %.1f s (not timed below)%n", secondsSince(started));
            List<ProvinceHistory.OpenAssignment> open = history.openAssignments();
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            KINDS.forEach(kind -> millis.put(kind, new ArrayList<>()));
            int warmUp = KINDS.size() * 3;
            for (int write = 0; write < writes + warmUp; write++) {
                ProvinceHistory.OpenAssignment assignment = open.get(random.nextInt(open.size()));
                long sequence = nextSequence.merge(assignment.directiveId(), 1L, Long::sum) - 1;
                engine.appendEvents(ProvinceHistory.report(assignment, sequence, 1 + random.nextInt(99), Instant.now()));
                awaitViews(readModels, engine);
                String kind = KINDS.get(write % KINDS.size());
                long t0 = System.nanoTime();
                read(queries, kind, assignment, today, write);
                double took = (System.nanoTime() - t0) / 1e6;
                if (write >= warmUp) {
                    millis.get(kind).add(took);
                }
            }
            Map<String, double[]> samples = new LinkedHashMap<>();
            millis.forEach((kind, list) -> samples.put(kind, list.stream().mapToDouble(Double::doubleValue).toArray()));
            bySize.put(size, samples);
            System.out.printf("  a read right after each of %d progress reports (each kind after every %dth write):%n", writes,
                    KINDS.size());
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

    private static void read(QueryGateway queries, String kind, ProvinceHistory.OpenAssignment written, LocalDate today, int write) {
        switch (kind) {
            case "commune status" -> queries.query(new FindCommuneStatus(written.communeCode(), today),
                    ResponseTypes.instanceOf(CommuneStatusView.class)).join();
            case "directive progress" -> queries.query(new FindDirectiveProgress(written.directiveId(), today),
                    ResponseTypes.instanceOf(DirectiveProgressView.class)).join();
            case "commune registry" -> queries.query(new FindCommuneRegistry(today, null),
                    ResponseTypes.multipleInstancesOf(CommuneRegistryEntry.class)).join();
            case "briefing" -> queries.query(new FindBriefing(today, today.minusDays(7)), ResponseTypes.instanceOf(Briefing.class)).join();
            // a leader typing a directive's number: "chi thi so 4", "chi thi so 47", ...
            case "directive search" -> queries.query(new FindDirectives(null, null, null, "chi thi so " + (write % 97), today),
                    ResponseTypes.multipleInstancesOf(DirectiveSummary.class)).join();
            case "province inbox" -> queries.query(new FindInbox(Role.PROVINCE, null, "leader"),
                    ResponseTypes.instanceOf(InboxView.class)).join();
            case "obstacle register" -> queries.query(new FindObstacles(true, null, null, today),
                    ResponseTypes.multipleInstancesOf(ObstacleEntry.class)).join();
            default -> throw new IllegalArgumentException(kind);
        }
    }

    /**
     * Brings the copies up to date with the directives just appended, outside the query bus (whose handlers time out
     * after 30 s, which reading hundreds of directives on a busy machine may take): the measured reads then pay for
     * one report each.
     */
    private static void warmCopies(ReadModelRoom room, LocalDate today) {
        room.readModel(DirectiveStates.REGISTRATION).all().size();
        room.readModel(ObstacleRegisterReadModel.REGISTRATION).all().size();
        room.readModel(BriefingChangesReadModel.REGISTRATION).between(today.minusDays(7), today).size();
        room.readModel(ThreadsReadModel.REGISTRATION).all().size();
    }

    /** Until every read model's processor has handled the last stored event; polls every 0.2 ms. */
    private static void awaitViews(List<TrackingEventProcessor> readModels, EventStorageEngine engine) {
        long head = engine.createHeadToken().position().orElse(-1);
        for (TrackingEventProcessor processor : readModels) {
            while (true) {
                OptionalLong position = processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).max();
                if (position.isPresent() && position.getAsLong() >= head) {
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            }
        }
    }

    private ReadAfterWriteBenchmark() {
    }
}
