package org.directivetracker.projections.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.directivetracker.core.api.query.DirectiveProgressView;
import org.directivetracker.core.api.query.FindCommuneRegistry;
import org.directivetracker.core.api.query.FindDirectiveProgress;
import org.directivetracker.core.api.status.DirectiveLifecycle;
import org.directivetracker.core.api.status.Stage;
import org.directivetracker.projections.ReadModels;
import org.directivetracker.projections.Scenario;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.CommuneProgress;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.progress.DirectiveState;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.registry.TrackerReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Idempotence and rebuilds: the same events, delivered again or replayed into fresh collections, give the same documents. */
class RedeliveryAndRebuildTest {

    final ReadModels readModels = new ReadModels();

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(7, ReadModels.COMMUNES.codes()).generate(600);
        readModels.deliver(history);
        Map<String, List<Document>> once = dump(readModels.database, "", false);

        readModels.deliver(history);
        readModels.deliverEach(history.subList(100, 300));

        // the change logs list what each batch touched, redelivered or not; the read models' documents stay as they were
        assertThat(dump(readModels.database, "", false)).isEqualTo(once);
    }

    @Test
    void aRebuiltReadModelEqualsTheLiveOneDocumentForDocumentAndTakesOver() {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(20260302, ReadModels.COMMUNES.codes()).generate(10_000);
        readModels.deliver(history);
        MongoDatabase database = readModels.database;
        ReadModelRebuild rebuild = readModels.room.rebuild();

        Map<String, ReadModelRebuild.Shadow> shadows = new TreeMap<>();
        for (var registration : TrackerReadModels.ALL) {
            ReadModelRebuild.Shadow shadow = rebuild.start(registration);
            shadows.put(registration.name(), shadow);
            ReadModelRebuild.Progress progress = shadow.feed(history.iterator(), history.size());

            assertThat(progress.events()).isEqualTo(history.size());
            // change logs aside, whose entries follow the batches: the rebuild's chunks are not the processors' batches
            Map<String, List<Document>> live = dump(database, registration.name() + "_", false);
            assertThat(live).as(registration.name()).isNotEmpty();
            assertThat(live.keySet()).as("the collections it declares").containsAll(registration.collections());
            assertThat(dump(database, shadow.collections().prefix(), false)).as(registration.name()).isEqualTo(live);
        }

        LocalDate asOf = LocalDate.of(2026, 6, 1);
        var liveRegistry = readModels.communeQueries.handle(new FindCommuneRegistry(asOf, null));
        // promoting the directive states' rebuild: the live handle now reads the new collections, the old ones can go
        ReadModelCollections live = ReadModelCollections.live(database, DirectiveStates.NAME);
        DirectiveStates progress = new DirectiveStates(new ReadModelContext(live));
        ReadModelRebuild.Shadow shadow = shadows.get(DirectiveStates.NAME);
        String previous = shadow.promote(live);
        rebuild.dropCollections(previous);

        assertThat(live.prefix()).isEqualTo(shadow.collections().prefix());
        assertThat(ReadModelCollections.live(database, DirectiveStates.NAME).prefix()).isEqualTo(shadow.collections().prefix());
        assertThat(database.listCollectionNames().into(new ArrayList<>())).noneMatch(name -> name.startsWith(previous));
        DirectiveState first = progress.find("dir-1").orElseThrow();
        DirectiveState folded = new DirectiveState("dir-1");
        history.stream().filter(m -> m.getAggregateIdentifier().equals("dir-1"))
                .forEach(m -> folded.apply(m.getPayload(), m.getTimestamp(), m.getSequenceNumber()));
        DirectiveProgressView fromReadModel = first.view(asOf, ReadModels.COMMUNES, ReadModels.RULES);
        assertThat(fromReadModel).isEqualTo(folded.view(asOf, ReadModels.COMMUNES, ReadModels.RULES));
        assertThat(liveRegistry).hasSize(64);
        CommuneStatusQueries rebuiltStatus = new CommuneStatusQueries(progress, ReadModels.COMMUNES, ReadModels.RULES);
        assertThat(rebuiltStatus.handle(new FindCommuneRegistry(asOf, null))).as("registry counts from the rebuilt directive states")
                .isEqualTo(liveRegistry)
                .anySatisfy(entry -> assertThat(entry.counts().values().stream().mapToInt(Integer::intValue).sum()).isPositive());
        assertThat(new DirectiveProgressQueries(progress, ReadModels.COMMUNES, ReadModels.RULES).handle(new FindDirectiveProgress("dir-1", asOf)))
                .isEqualTo(fromReadModel);
        assertThat(ReadModelCollections.live(database, ObstacleRegisterReadModel.NAME).prefix()).as("other read models still live where they were")
                .isEqualTo(ObstacleRegisterReadModel.NAME + "_");
    }

    @Test
    void aCommuneReportRewritesOnlyThatCommunesAssignment() {
        Scenario scenario = new Scenario();
        for (int i = 1; i <= 30; i++) {
            scenario.issue("dir-" + i, Scenario.LANG_TRON, Scenario.THOI_BINH, Scenario.BAC_LIEU);
        }
        readModels.deliver(scenario.events());
        Map<String, List<Document>> before = dump(readModels.database, "");

        int reported = scenario.events().size();
        scenario.report("dir-7", Scenario.LANG_TRON, 40, Scenario.ISSUED.plusDays(3));
        readModels.deliver(scenario.events().subList(reported, reported + 1));

        Map<String, List<Document>> after = dump(readModels.database, "");
        Map<String, List<Object>> changed = new TreeMap<>();
        after.forEach((collection, documents) -> documents.stream()
                .filter(document -> !before.getOrDefault(collection, List.of()).contains(document))
                .forEach(document -> changed.computeIfAbsent(collection, c -> new ArrayList<>()).add(document.get("_id"))));
        // one fold of the directive states now serves directive progress and commune status alike; the directive's
        // threads record the report as one entry of Láng Tròn's thread, a document of its own
        assertThat(changed).containsOnly(
                Map.entry("directive-states_assignments", List.of(Scenario.LANG_TRON + "/dir-7")),
                Map.entry("directive-states_changes", List.of(3L, "head")),
                Map.entry("thread-entries_entries", List.of("e4/dir-7")),
                Map.entry("thread-entries_changes", List.of(3L, "head")));
        // 120 events in batches of 100 made entries 1 and 2; the report's batch the third, naming only its assignment,
        // so that copies read that one row again and not the directive's every row
        ChangeLog log = new ChangeLog(ReadModelCollections.live(readModels.database, DirectiveStates.NAME));
        assertThat(log.head()).isEqualTo(3);
        assertThat(log.keysChanged(2, 3)).contains(java.util.Set.of(Scenario.LANG_TRON + "/dir-7"));
    }

    @Test
    void aWithdrawalInterruptedAfterItsCommunesIsCompletedByTheRedelivery() {
        Scenario scenario = new Scenario();
        scenario.issue("dir-1", Scenario.LANG_TRON, Scenario.THOI_BINH, Scenario.BAC_LIEU);
        scenario.report("dir-1", Scenario.THOI_BINH, 50, Scenario.ISSUED.plusDays(2));
        Instant submitted = scenario.submit("dir-1", Scenario.BAC_LIEU, Scenario.ISSUED.plusDays(3));
        scenario.accept("dir-1", Scenario.BAC_LIEU, submitted, Scenario.DEADLINE, Scenario.ISSUED.plusDays(4));
        List<DomainEventMessage<DirectiveEvent>> beforeWithdrawal = scenario.events();
        scenario.log.on(Scenario.ISSUED.plusDays(5), new DirectiveWithdrawn("dir-1", "merged into dir-2"));
        List<DomainEventMessage<DirectiveEvent>> withdrawal = scenario.events().subList(beforeWithdrawal.size(), beforeWithdrawal.size() + 1);
        readModels.deliver(beforeWithdrawal);
        MongoCollection<Document> facts = readModels.database.getCollection("directive-states_directive_facts");
        Document factsBeforeWithdrawal = facts.find(Filters.eq("_id", "dir-1")).first();
        readModels.deliver(withdrawal);
        Map<String, List<Document>> withdrawn = dump(readModels.database, "", false);

        // as if the process died after writing the communes' rows and before the directive's facts
        facts.replaceOne(Filters.eq("_id", "dir-1"), factsBeforeWithdrawal);
        assertThat(readModels.progress.find("dir-1").orElseThrow().lifecycle()).isEqualTo(DirectiveLifecycle.ACTIVE);
        readModels.deliver(withdrawal);

        assertThat(dump(readModels.database, "", false)).isEqualTo(withdrawn);
        DirectiveState state = readModels.progress.find("dir-1").orElseThrow();
        assertThat(state.lifecycle()).isEqualTo(DirectiveLifecycle.WITHDRAWN);
        assertThat(state.communes()).extracting(CommuneProgress::code, CommuneProgress::stage).containsExactly(
                tuple(Scenario.BAC_LIEU, Stage.COMPLETED), tuple(Scenario.LANG_TRON, Stage.WITHDRAWN), tuple(Scenario.THOI_BINH, Stage.WITHDRAWN));
    }

    /** Every collection named with the prefix (without it), documents ordered by _id. */
    static Map<String, List<Document>> dump(MongoDatabase database, String prefix) {
        return dump(database, prefix, true);
    }

    static Map<String, List<Document>> dump(MongoDatabase database, String prefix, boolean withChangeLogs) {
        Map<String, List<Document>> dump = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            boolean changeLog = name.endsWith("_" + ChangeLog.COLLECTION);
            if (name.startsWith(prefix) && !name.equals(ReadModelCollections.ALIASES) && (withChangeLogs || !changeLog)) {
                List<Document> documents = database.getCollection(name).find().into(new ArrayList<>());
                documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
                dump.put(name.substring(prefix.length()), documents);
            }
        }
        return dump;
    }
}
