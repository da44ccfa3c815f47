package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.eventstore.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two instances of the service on one store (a server the test starts, as a MongoDB the instances share): what one
 * writes the other reads, a rebuild on one is served by the other, and when one dies the other takes its processors'
 * segments over; no view loses, skips or repeats an event. The first instance to start holds every segment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String LANG_TRON = "31951";
    private static final String DAT_MUI = "32248";
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @TempDir
    static Path dataDir;
    private EmbeddedMongo store;
    private ServiceInstance first;
    private ServiceInstance second;

    @BeforeAll
    void startTwoInstancesOnOneStore() throws IOException {
        store = EmbeddedMongo.startInMemory();
        String uri = store.connectionString() + "/tracker";
        first = ServiceInstance.start("first", uri, dataDir);
        second = ServiceInstance.start("second", uri, dataDir);
    }

    @AfterAll
    void stopThem() {
        for (ServiceInstance instance : new ServiceInstance[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void aWriteThroughOneInstanceIsReadOnBothWithItsTokenWhileTheOtherRunsTheViews() {
        first.eventually(() -> first.heldSegments().containsAll(first.readModels()), PATIENCE);
        assertThat(second.heldSegments()).as("the second runs no view").isEmpty();
        assertThat(second.claimTimeout()).isEqualTo(Duration.ofSeconds(5));
        String id = second.issue(LANG_TRON);
        second.acknowledge(id, LANG_TRON);

        ServiceInstance.Answer written = second.post("chair-" + LANG_TRON, "/api/directives/" + id + "/communes/" + LANG_TRON
                + "/progress", "{\"percent\":37,\"note\":\"Đã rà soát 37 hồ sơ\"}");
        String token = written.header(ConsistencyTokens.WRITTEN);
        ServiceInstance.Answer onSecond = second.getAfter("office", "/api/directives/" + id, token);
        ServiceInstance.Answer onFirst = first.getAfter("office", "/api/directives/" + id, token);

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        for (ServiceInstance.Answer read : List.of(onSecond, onFirst)) {
            assertThat(read.header(ReadAfterWrite.CAUGHT_UP)).isEqualTo("true");
            assertThat(percentOf(read.json(), LANG_TRON)).isEqualTo(37);
        }
    }

    @Test
    @Order(2)
    void aReadAskingForAPositionNotYetWrittenIsAnsweredAfterItsPatienceAndSaysSo() {
        ServiceInstance.Answer read = second.getAfter("office", "/api/communes/" + LANG_TRON + "/status", "999999999");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header(ReadAfterWrite.CAUGHT_UP)).isEqualTo("false");
    }

    @Test
    @Order(2)
    void aDirectiveHeldLoadedOnOneInstanceAndChangedOnTheOtherTakesTheNextWriteOnTheFirst() {
        String id = first.issue(LANG_TRON);
        first.acknowledge(id, LANG_TRON); // the first now holds the directive loaded
        String progress = "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress";

        ServiceInstance.Answer onSecond = second.post("chair-" + LANG_TRON, progress, "{\"percent\":20,\"note\":\"Bắt đầu\"}");
        ServiceInstance.Answer onFirst = first.post("chair-" + LANG_TRON, progress, "{\"percent\":45,\"note\":\"Gần nửa\"}");

        assertThat(onSecond.status()).as(onSecond.body()).isEqualTo(200);
        assertThat(onFirst.status()).as("the first's loaded directive was stale: " + onFirst.body()).isEqualTo(200);
        JsonNode history = first.get("office", "/api/directives/" + id + "/history").json();
        assertThat(history.toString()).contains("\"percent\":20").contains("\"percent\":45");
        ServiceInstance.Answer read = second.getAfter("office", "/api/directives/" + id, onFirst.header(ConsistencyTokens.WRITTEN));
        assertThat(percentOf(read.json(), LANG_TRON)).isEqualTo(45);
    }

    @Test
    @Order(3)
    void concurrentWritersThroughBothInstancesAreShownOnceByEveryViewOnBoth() throws Exception {
        Writers writers = Writers.through(List.of(first, first, second, second), 8);

        writers.runToTheEnd();

        assertThat(writers.failures()).isEmpty();
        for (ServiceInstance instance : List.of(first, second)) {
            writers.assertEveryViewShowsEachAcknowledgedWriteOnce(instance, PATIENCE);
        }
    }

    @Test
    @Order(4)
    void aRebuildFinishedOnOneInstanceIsServedByTheOtherWithoutARestart() {
        Predicate<ServiceInstance.Answer> anyAnswer = answer -> answer.status() == 200;
        JsonNode before = second.eventually("office", "/api/obstacles", anyAnswer, PATIENCE).json();

        // the rebuild pauses the holder's processor, which gives up its claim: when the other instance takes the
        // segment in that moment the rebuild answers 409 and changes nothing, and is asked again of the new holder
        ServiceInstance.Answer rebuilt = null;
        ServiceInstance other = null;
        for (int attempt = 0; attempt < 5 && (rebuilt == null || rebuilt.status() == 409); attempt++) {
            List<ServiceInstance> holderFirst = holderFirst("obstacle-register");
            rebuilt = holderFirst.get(0).post("office", "/api/admin/read-models/obstacle-register/rebuild", null);
            other = holderFirst.get(1);
        }
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        String servedFrom = rebuilt.json().get("servedFrom").asText();
        ServiceInstance notRebuilt = other;
        notRebuilt.eventually(() -> notRebuilt.prefixOf("obstacle-register").equals(servedFrom), PATIENCE);
        String id = second.issue(DAT_MUI);
        second.acknowledge(id, DAT_MUI);
        String obstacle = second.raiseObstacle(id, DAT_MUI, "Sau khi dựng lại: " + UUID.randomUUID());

        assertThat(second.get("office", "/api/obstacles").json()).isEqualTo(before);
        for (ServiceInstance instance : List.of(first, second)) {
            instance.eventually("office", "/api/obstacles", answer -> Writers.count(answer.json(), "obstacleId", obstacle) == 1,
                    PATIENCE);
        }
    }

    /** The instance whose processor holds the read model's segment, once one does, then the other. */
    private List<ServiceInstance> holderFirst(String readModel) {
        first.eventually(() -> first.heldSegments().contains(readModel) || second.heldSegments().contains(readModel),
                PATIENCE);
        return first.heldSegments().contains(readModel) ? List.of(first, second) : List.of(second, first);
    }

    @Test
    @Order(5)
    void cannotRebuildOnAnInstanceWhoseReadModelAnotherInstanceRuns() {
        first.eventually(() -> first.heldSegments().contains("thread-entries"), PATIENCE);
        String servedBefore = first.prefixOf("thread-entries");

        ServiceInstance.Answer refused = second.post("office", "/api/admin/read-models/thread-entries/rebuild", null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("thread-entries");
        assertThat(first.prefixOf("thread-entries")).isEqualTo(servedBefore);
        assertThat(second.prefixOf("thread-entries")).isEqualTo(servedBefore);
        assertThat(first.heldSegments()).contains("thread-entries");
    }

    @Test
    @Order(6)
    void whenAnInstanceDiesTheOtherTakesItsSegmentsOverAndNoViewLosesOrRepeatsAnEvent() throws Exception {
        Writers writers = Writers.through(List.of(first, first, second, second), 16);

        writers.start();
        writers.awaitAcknowledged(12);
        first.die();
        writers.awaitEnd();

        assertThat(writers.acknowledgedThrough(second)).isEqualTo(2 * 16 * Writers.WRITES_PER_ROUND);
        second.eventually(() -> second.heldSegments().containsAll(second.readModels()), PATIENCE);
        writers.assertEveryViewShowsEachAcknowledgedWriteOnce(second, PATIENCE);
    }

    private static int percentOf(JsonNode directive, String commune) {
        for (JsonNode assignment : directive.get("communes")) {
            if (assignment.get("code").asText().equals(commune)) {
                return assignment.get("percent").asInt();
            }
        }
        throw new AssertionError("no assignment of " + commune + " in " + directive);
    }

    static LocalDate today() {
        return LocalDate.now(ProvinceTime.ZONE);
    }

    /** Writers, each on a directive of its own through one instance; what they wrote, as acknowledged. */
    static final class Writers {
        /** A message, an obstacle and a progress report per round. */
        static final int WRITES_PER_ROUND = 3;

        private final List<Writer> writers = new ArrayList<>();
        private final ExecutorService threads;
        private final List<Future<?>> running = new ArrayList<>();

        private Writers(List<ServiceInstance> instances, int rounds) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int w = 0; w < instances.size(); w++) {
                String commune = w % 2 == 0 ? LANG_TRON : DAT_MUI;
                writers.add(new Writer(instances.get(w), run + "-w" + w, commune, rounds));
            }
            threads = Executors.newFixedThreadPool(instances.size());
        }

        static Writers through(List<ServiceInstance> instances, int rounds) {
            return new Writers(instances, rounds);
        }

        void start() {
            writers.forEach(writer -> running.add(threads.submit(writer)));
        }

        void runToTheEnd() throws Exception {
            start();
            awaitEnd();
        }

        void awaitEnd() throws Exception {
            for (Future<?> writer : running) {
                writer.get();
            }
            threads.shutdown();
        }

        void awaitAcknowledged(int writes) throws InterruptedException {
            while (writers.stream().mapToInt(Writer::acknowledged).sum() < writes
                    && running.stream().anyMatch(future -> !future.isDone())) {
                Thread.sleep(20);
            }
        }

        List<String> failures() {
            return writers.stream().flatMap(writer -> writer.failures.stream()).toList();
        }

        int acknowledgedThrough(ServiceInstance instance) {
            return writers.stream().filter(writer -> writer.instance == instance).mapToInt(Writer::acknowledged).sum();
        }

        /**
         * Every acknowledged message once in its thread, every acknowledged obstacle once in the register and once in
         * the briefing, every directive at its last acknowledged percent. A write refused because its instance died
         * may or may not have been stored before: it may show, once at most.
         */
        void assertEveryViewShowsEachAcknowledgedWriteOnce(ServiceInstance instance, Duration patience) {
            String briefing = "/api/briefing?since=" + today().minusDays(1);
            JsonNode obstacles = instance.eventually("office", "/api/obstacles",
                    answer -> writers.stream().allMatch(writer -> writer.obstaclesShownIn(answer.json())), patience).json();
            JsonNode changes = instance.eventually("office", briefing,
                    answer -> writers.stream().allMatch(writer -> writer.obstaclesRaisedIn(answer.json())), patience).json();
            for (Writer writer : writers) {
                JsonNode thread = instance.eventually("office", writer.threadPath(),
                        answer -> writer.messagesShownIn(answer.json()), patience).json();
                JsonNode directive = instance.eventually("office", "/api/directives/" + writer.directive,
                        answer -> writer.lastPercentShownIn(answer.json()), patience).json();

                writer.messages.forEach((text, acknowledged) -> assertThat(count(thread.get("entries"), "text", text))
                        .as("message %s on %s", text, instance).isLessThanOrEqualTo(1).isGreaterThanOrEqualTo(acknowledged ? 1 : 0));
                writer.obstacles.forEach((description, acknowledged) -> {
                    assertThat(count(obstacles, "description", description)).as("obstacle %s on %s", description, instance)
                            .isLessThanOrEqualTo(1).isGreaterThanOrEqualTo(acknowledged ? 1 : 0);
                    assertThat(count(changes.get("changes").get("obstaclesRaised"), "detail", description))
                            .as("briefing of %s on %s", description, instance).isLessThanOrEqualTo(1).isGreaterThanOrEqualTo(acknowledged ? 1 : 0);
                });
                assertThat(percentOf(directive, writer.commune)).isEqualTo(writer.lastPercent);
            }
        }

        static int count(JsonNode array, String field, String value) {
            int count = 0;
            for (JsonNode element : array) {
                JsonNode found = element.get(field);
                if (found != null && found.asText().equals(value)) {
                    count++;
                }
            }
            return count;
        }
    }

    /** One writer: rounds of a message, an obstacle and a progress report on its own directive, through one instance. */
    static final class Writer implements Runnable {
        final ServiceInstance instance;
        final String name;
        final String commune;
        final int rounds;
        final String directive;
        /** What it sent, and whether the instance acknowledged it. */
        final Map<String, Boolean> messages = new ConcurrentHashMap<>();
        final Map<String, Boolean> obstacles = new ConcurrentHashMap<>();
        final List<String> failures = new ArrayList<>();
        volatile int lastPercent;
        private volatile int acknowledged;

        Writer(ServiceInstance instance, String name, String commune, int rounds) {
            this.instance = instance;
            this.name = name;
            this.commune = commune;
            this.rounds = rounds;
            this.directive = instance.issue(commune);
            instance.acknowledge(directive, commune);
        }

        @Override
        public void run() {
            for (int round = 1; round <= rounds && instance.isAlive(); round++) {
                String message = name + " tin nhắn " + round;
                String obstacle = name + " vướng mắc " + round;
                messages.put(message, false);
                if (!send(() -> instance.postMessage(directive, commune, message))) {
                    return;
                }
                messages.put(message, true);
                obstacles.put(obstacle, false);
                if (!send(() -> instance.raiseObstacle(directive, commune, obstacle))) {
                    return;
                }
                obstacles.put(obstacle, true);
                int percent = Math.min(100, round * 5);
                if (!send(() -> instance.reportProgress(directive, commune, percent))) {
                    return;
                }
                lastPercent = percent;
            }
        }

        /** Sends one write; false when it failed (an instance that died refuses, any other failure is the test's). */
        private boolean send(Runnable write) {
            try {
                write.run();
                acknowledged++;
                return true;
            } catch (RuntimeException e) {
                if (instance.isAlive()) {
                    failures.add(name + ": " + e);
                }
                return false;
            }
        }

        int acknowledged() {
            return acknowledged;
        }

        String threadPath() {
            return "/api/directives/" + directive + "/communes/" + commune + "/thread";
        }

        boolean messagesShownIn(JsonNode thread) {
            return messages.entrySet().stream().filter(Map.Entry::getValue)
                    .allMatch(message -> Writers.count(thread.get("entries"), "text", message.getKey()) >= 1);
        }

        boolean obstaclesShownIn(JsonNode register) {
            return obstacles.entrySet().stream().filter(Map.Entry::getValue)
                    .allMatch(obstacle -> Writers.count(register, "description", obstacle.getKey()) >= 1);
        }

        boolean obstaclesRaisedIn(JsonNode briefing) {
            JsonNode raised = briefing.get("changes").get("obstaclesRaised");
            return obstacles.entrySet().stream().filter(Map.Entry::getValue)
                    .allMatch(obstacle -> Writers.count(raised, "detail", obstacle.getKey()) >= 1);
        }

        boolean lastPercentShownIn(JsonNode directive) {
            return directive.get("communes") != null && percentOf(directive, commune) == lastPercent;
        }
    }
}
