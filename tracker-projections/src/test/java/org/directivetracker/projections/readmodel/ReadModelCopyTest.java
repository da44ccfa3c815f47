package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.query.CommuneStatusView;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindCommuneStatus;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.briefing.ChangeKind;
import org.directivetracker.projections.briefing.StoredChange;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.obstacles.StoredObstacle;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Another instance's copy of the read models follows what the processors write, batch by batch, and a batch's
 * documents and log entry are written before the processor stores its token.
 */
class ReadModelCopyTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    final ReadModels readModels = new ReadModels();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    @Test
    void anotherInstancesCopyEqualsTheFoldAfterEveryBatch() {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(11, ReadModels.COMMUNES.codes()).generate(3_000);
        ReadModels other = new ReadModels(readModels.database);
        DirectiveStates otherInstance = other.progress;
        CommuneStatusQueries otherStatus = other.communeQueries;

        int delivered = 0;
        for (int size : new int[] {250, 1, 749, 1_000, 1_000}) {
            readModels.deliver(history.subList(delivered, delivered + size));
            delivered += size;

            Map<String, DirectiveProgressView> folded = fold(history.subList(0, delivered));
            Map<String, DirectiveProgressView> copied = new TreeMap<>();
            otherInstance.all().forEach(state -> copied.put(state.directiveId(), state.view(AS_OF, ReadModels.COMMUNES, ReadModels.RULES)));
            assertThat(copied).as("after %d events", delivered).isEqualTo(folded);
            for (String commune : List.of(Scenario.LANG_TRON, Scenario.THOI_BINH)) {
                CommuneStatusView status = otherStatus.handle(new FindCommuneStatus(commune, AS_OF));
                assertThat(status).isEqualTo(readModels.communeQueries.handle(new FindCommuneStatus(commune, AS_OF)));
                long assigned = folded.values().stream().filter(view -> view.communes().stream().anyMatch(row -> row.code().equals(commune))).count();
                assertThat(status.assignments()).hasSize((int) assigned);
            }
        }
    }

    @Test
    void aCopyWhoseLogEntriesAreGoneReadsEverythingAgain() {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(12, ReadModels.COMMUNES.codes()).generate(1_500);
        DirectiveStates otherInstance = new ReadModels(readModels.database).progress;
        readModels.deliver(history.subList(0, 500));
        String before = otherInstance.version();

        readModels.deliver(history.subList(500, history.size()));
        // as if the entries between had been pruned: they can no longer say what changed
        ChangeLog log = new ChangeLog(ReadModelCollections.live(readModels.database, DirectiveStates.NAME));
        readModels.database.getCollection(DirectiveStates.NAME + "_" + ChangeLog.COLLECTION)
                .deleteOne(com.mongodb.client.model.Filters.eq("_id", log.head() - 3));

        assertThat(otherInstance.version()).isNotEqualTo(before).endsWith("@" + log.head());
        Map<String, DirectiveProgressView> copied = new TreeMap<>();
        otherInstance.all().forEach(state -> copied.put(state.directiveId(), state.view(AS_OF, ReadModels.COMMUNES, ReadModels.RULES)));
        assertThat(copied).isEqualTo(fold(history));
    }

    @Test
    void aReadAllowedToLagTakesTheVersionLastFoundCurrentButNoneFoundBeforeItsOwnLastWrite() throws Exception {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(13, ReadModels.COMMUNES.codes()).generate(900);
        DirectiveStates otherInstance = new ReadModels(readModels.database).progress;
        ChangeLog log = new ChangeLog(ReadModelCollections.live(readModels.database, DirectiveStates.NAME));
        long longAgo = System.nanoTime() - Duration.ofHours(1).toNanos();
        readModels.deliver(history.subList(0, 300));
        String first = otherInstance.version();
        readModels.deliver(history.subList(300, 600));
        try {
            ReadLag.allow(Duration.ofMinutes(1), longAgo);
            assertThat(otherInstance.version()).as("found current a moment ago, not asked again").isEqualTo(first);

            ReadLag.allow(Duration.ofMinutes(1), System.nanoTime()); // as right after the reader's own write
            String second = otherInstance.version();
            assertThat(second).isNotEqualTo(first).endsWith("@" + log.head());

            readModels.deliver(history.subList(600, 750));
            ReadLag.allow(Duration.ofMinutes(1), longAgo);
            assertThat(otherInstance.version()).isEqualTo(second);
            ReadLag.clear();
            String third = otherInstance.version();
            assertThat(third).as("a read allowed no lag").endsWith("@" + log.head()).isNotEqualTo(second);

            readModels.deliver(history.subList(750, 900));
            ReadLag.allow(Duration.ofMillis(1), longAgo);
            Thread.sleep(5);
            assertThat(otherInstance.version()).as("found current longer ago than the lag allowed")
                    .isNotEqualTo(third).endsWith("@" + log.head());
        } finally {
            ReadLag.clear();
        }
    }

    @Test
    void aBatchIsWrittenAndLoggedBeforeTheProcessorStoresItsToken() {
        Scenario scenario = new Scenario();
        scenario.issue("dir-1", Scenario.LANG_TRON, Scenario.THOI_BINH);
        scenario.report("dir-1", Scenario.LANG_TRON, 30, Scenario.ISSUED.plusDays(1));
        scenario.raise("dir-1", Scenario.THOI_BINH, "obs-1", "STAFFING", Scenario.ISSUED.plusDays(2));
        ReadModels other = new ReadModels(readModels.database);
        DirectiveStates otherProgress = other.progress;
        ObstacleRegisterReadModel otherObstacles = other.obstacles;
        // read once before the batch: what they read at the token then comes through the change logs, not a first full load
        assertThat(otherProgress.find("dir-1")).isEmpty();
        assertThat(otherObstacles.all()).isEmpty();
        List<Object> seenAtToken = new ArrayList<>();

        // Axon's tracking processor stores its token in a prepare-commit handler registered at the batch's first event,
        // before any handler runs: what another instance reads then is what survives a crash right after it
        handleAsProcessor(scenario.events(), readModels.room.find(DirectiveStates.NAME).orElseThrow(),
                () -> seenAtToken.add(otherProgress.find("dir-1").map(state -> state.view(AS_OF, ReadModels.COMMUNES, ReadModels.RULES)).orElse(null)));
        handleAsProcessor(scenario.events(), readModels.room.find(ObstacleRegisterReadModel.NAME).orElseThrow(),
                () -> seenAtToken.add(otherObstacles.all().stream().map(StoredObstacle::obstacleId).toList()));

        assertThat(seenAtToken.get(0)).isEqualTo(fold(scenario.events()).get("dir-1"));
        assertThat(seenAtToken.get(1)).isEqualTo(List.of("obs-1"));
    }

    @Test
    void aBatchEndingInAnEventARegisterIgnoresIsStillLoggedBeforeTheToken() {
        Scenario scenario = new Scenario();
        scenario.issue("dir-1", Scenario.LANG_TRON, Scenario.THOI_BINH);
        scenario.raise("dir-1", Scenario.THOI_BINH, "obs-1", "STAFFING", Scenario.ISSUED.plusDays(1));
        scenario.report("dir-1", Scenario.LANG_TRON, 30, Scenario.ISSUED.plusDays(2));
        ReadModels other = new ReadModels(readModels.database);
        ObstacleRegisterReadModel otherObstacles = other.obstacles;
        BriefingChangesReadModel otherChanges = other.changes;
        // both copies read once before the batch, so only the change logs can tell them what the batch changed
        assertThat(otherObstacles.all()).isEmpty();
        assertThat(otherChanges.between(Scenario.ISSUED, Scenario.ISSUED.plusDays(2))).isEmpty();
        List<Object> seenAtToken = new ArrayList<>();

        // the batch's last event, a progress report, is one neither read model records
        handleAsProcessor(scenario.events(), readModels.room.find(ObstacleRegisterReadModel.NAME).orElseThrow(),
                () -> seenAtToken.add(otherObstacles.all().stream().map(StoredObstacle::obstacleId).toList()));
        handleAsProcessor(scenario.events(), readModels.room.find(BriefingChangesReadModel.NAME).orElseThrow(),
                () -> seenAtToken.add(otherChanges.between(Scenario.ISSUED, Scenario.ISSUED.plusDays(2)).stream()
                        .map(StoredChange::kind).toList()));

        assertThat(seenAtToken.get(0)).isEqualTo(List.of("obs-1"));
        assertThat(seenAtToken.get(1)).isEqualTo(List.of(ChangeKind.NEW_DIRECTIVE, ChangeKind.OBSTACLE_RAISED));
    }

    /** Every event of the batch through the room's {@link BatchClosing}, as the processor the room registers calls it. */
    private static void handleAsProcessor(List<? extends EventMessage<?>> events, ReadModelRoom.Live<?> readModel, Runnable storeToken) {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(readModel.handlers());
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(events));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            if (unitOfWork.isFirstMessage()) {
                unitOfWork.onPrepareCommit(u -> storeToken.run());
            }
            return new DefaultInterceptorChain<>(unitOfWork, List.of(new BatchClosing(readModel.context())), message -> {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
                return null;
            }).proceed();
        }, RollbackConfigurationType.ANY_THROWABLE);
        assertThat(result.isExceptional()).as("%s", result).isFalse();
    }

    private static Map<String, DirectiveProgressView> fold(List<DomainEventMessage<DirectiveEvent>> events) {
        Map<String, DirectiveState> states = new TreeMap<>();
        for (DomainEventMessage<DirectiveEvent> event : events) {
            states.computeIfAbsent(event.getAggregateIdentifier(), DirectiveState::new)
                    .apply(event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
        }
        Map<String, DirectiveProgressView> views = new TreeMap<>();
        states.forEach((id, state) -> views.put(id, state.view(AS_OF, ReadModels.COMMUNES, ReadModels.RULES)));
        return views;
    }

    @Test
    void aReaderCutShortWhileTheCopyIsReadWholeLeavesTheReadToTheNextReader() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger wholeReads = new AtomicInteger();
        ReadModelCopy.Loader<String> slow = new ReadModelCopy.Loader<>() {
            @Override
            public Map<String, String> all(ReadModelCollections collections) {
                wholeReads.incrementAndGet();
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return Map.of("d-1", "Kế hoạch số 1");
            }

            @Override
            public Map<String, String> byKeys(ReadModelCollections collections, Collection<String> keys) {
                return Map.of();
            }
        };
        ReadModelCopy<String> copy = new ReadModelCopy<>(ReadModelCollections.live(readModels.database, "slow-copy"), slow);
        AtomicReference<Throwable> firstReader = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                copy.current();
            } catch (RuntimeException e) {
                firstReader.set(e);
            }
        });

        first.start();
        started.await();
        first.interrupt(); // as a query's timeout does
        first.join(10_000);
        release.countDown();
        Map<String, String> read = copy.current();

        assertThat(firstReader.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("the read goes on");
        assertThat(read).containsExactly(Map.entry("d-1", "Kế hoạch số 1"));
        assertThat(wholeReads).hasValue(1);
    }

    @Test
    void theContextRefreshesOnlyCopiesThatWereReadAndBringsThemUpToDateAheadOfTheirReaders() {
        AtomicInteger wholeReads = new AtomicInteger();
        AtomicInteger keyReads = new AtomicInteger();
        Map<String, String> stored = new ConcurrentHashMap<>(Map.of("d-1", "Kế hoạch số 1"));
        ReadModelCopy.Loader<String> counting = counting(stored, wholeReads, keyReads);
        ReadModelCollections collections = ReadModelCollections.live(readModels.database, "refreshed-copy");
        ReadModelContext context = new ReadModelContext(collections);
        ReadModelCopy<String> copy = context.copy(counting);

        context.refreshCopies();
        int wholeReadsBeforeAnyReader = wholeReads.get();
        assertThat(copy.current()).containsExactly(Map.entry("d-1", "Kế hoạch số 1"));
        stored.put("d-2", "Kế hoạch số 2");
        new ChangeLog(collections).append(List.of("d-2"));
        context.refreshCopies();
        int keyReadsAfterRefresh = keyReads.get();
        Map<String, String> read = copy.current();

        assertThat(wholeReadsBeforeAnyReader).as("a copy nobody read is not read whole at start").isZero();
        assertThat(keyReadsAfterRefresh).as("the refresh read the changed key").isEqualTo(1);
        assertThat(read).containsEntry("d-2", "Kế hoạch số 2");
        assertThat(keyReads).as("the reader found the copy current").hasValue(1);
        assertThat(wholeReads).hasValue(1);
    }

    @Test
    void readingTheCopiesAfterAStartLeavesTheFirstReaderNothingToReadWhole() {
        AtomicInteger wholeReads = new AtomicInteger();
        Map<String, String> stored = new ConcurrentHashMap<>(Map.of("d-1", "Kế hoạch số 1"));
        ReadModelCopy.Loader<String> counting = counting(stored, wholeReads, new AtomicInteger());
        ReadModelContext context = new ReadModelContext(ReadModelCollections.live(readModels.database, "warmed-copies"));
        ReadModelCopy<String> first = context.copy(counting);
        ReadModelCopy<String> second = context.copy(counting);

        context.readCopies();
        int wholeReadsBeforeAnyReader = wholeReads.get();

        assertThat(wholeReadsBeforeAnyReader).as("each copy read whole once").isEqualTo(2);
        assertThat(first.current()).containsExactly(Map.entry("d-1", "Kế hoạch số 1"));
        assertThat(second.current()).containsExactly(Map.entry("d-1", "Kế hoạch số 1"));
        assertThat(wholeReads).as("the readers found them read").hasValue(2);
    }

    /** Reads {@code stored}, counting its whole reads and its reads by key. */
    private static ReadModelCopy.Loader<String> counting(Map<String, String> stored, AtomicInteger wholeReads,
                                                         AtomicInteger keyReads) {
        return new ReadModelCopy.Loader<>() {
            @Override
            public Map<String, String> all(ReadModelCollections collections) {
                wholeReads.incrementAndGet();
                return Map.copyOf(stored);
            }

            @Override
            public Map<String, String> byKeys(ReadModelCollections collections, Collection<String> keys) {
                keyReads.incrementAndGet();
                Map<String, String> found = new TreeMap<>();
                keys.stream().filter(stored::containsKey).forEach(key -> found.put(key, stored.get(key)));
                return found;
            }
        };
    }
}
