package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.directivetracker.core.api.event.DirectiveEvent;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.projections.ReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * What adding a read model takes: the class below and its registration. The room then runs it under a real tracking
 * processor, closes and logs each batch before the processor stores its token, keeps another instance's copy in step
 * and rebuilds it, with nothing else written for it.
 */
class ThrowawayReadModelTest {

    /** Progress reports counted per directive. */
    static final class ReportCounts {
        static final ReadModelRegistration<ReportCounts> REGISTRATION =
                ReadModelRegistration.handledBy("report-counts", List.of("counts"), ReportCounts::new);

        private final ReadModelContext context;
        private final ReadModelCopy<Integer> copy;

        ReportCounts(ReadModelContext context) {
            this.context = context;
            this.copy = new ReadModelCopy<>(context.collections(),
                    ReadModelCopy.Loader.documents("counts", document -> document.getList("reported", Long.class).size()));
        }

        @EventHandler
        void on(ProgressReported event, @SequenceNumber long sequence) {
            // a set of sequences: a redelivered report counts once
            context.collections().get("counts").updateOne(eq("_id", event.directiveId()), Updates.addToSet("reported", sequence),
                    new UpdateOptions().upsert(true));
            context.touch(event.directiveId());
        }

        Map<String, Integer> counts() {
            return copy.current();
        }
    }

    final ReadModels readModels = new ReadModels();
    final MongoDatabase database = readModels.database;
    Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        readModels.close();
    }

    @Test
    void aReadModelRegisteredInTheRoomIsLoggedBeforeTheTokenCopiedToAnotherInstanceAndRebuilt() throws Exception {
        List<DomainEventMessage<DirectiveEvent>> history = new RandomHistory(5, ReadModels.COMMUNES.codes()).generate(1_500);
        ReadModelRoom thisInstance = new ReadModelRoom(database, List.of(ReportCounts.REGISTRATION));
        ReadModelRoom otherInstance = new ReadModelRoom(database, List.of(ReportCounts.REGISTRATION));
        ReportCounts otherCopy = otherInstance.readModel(ReportCounts.REGISTRATION);
        assertThat(otherCopy.counts()).isEmpty(); // read once before: from here on only the change log can update it
        List<Map<String, Integer>> seenAtToken = new CopyOnWriteArrayList<>();
        List<Long> tokenPositions = new CopyOnWriteArrayList<>();
        TokenStore tokens = new ObservedTokenStore(new InMemoryTokenStore(), position -> {
            tokenPositions.add(position);
            seenAtToken.add(otherCopy.counts());
        });

        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(TokenStore.class, c -> tokens)
                .eventProcessing(processing -> thisInstance.configure(processing, 100))
                .start();
        axon.eventStore().publish(history);
        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor("report-counts", TrackingEventProcessor.class).orElseThrow();
        awaitPosition(processor, history.size() - 1);

        Map<String, Integer> expected = reportsPerDirective(history, history.size());
        assertThat(expected).isNotEmpty();
        assertThat(thisInstance.readModel(ReportCounts.REGISTRATION).counts()).isEqualTo(expected);
        assertThat(otherCopy.counts()).as("the other instance's copy").isEqualTo(expected);
        // whenever the processor stored its token, the other instance already saw every event up to it
        assertThat(tokenPositions).isNotEmpty().contains((long) history.size() - 1);
        for (int i = 0; i < tokenPositions.size(); i++) {
            assertThat(seenAtToken.get(i)).as("at token %d", tokenPositions.get(i))
                    .isEqualTo(reportsPerDirective(history, (int) (tokenPositions.get(i) + 1)));
        }

        ReadModelRebuild.Shadow shadow = thisInstance.rebuild().start(ReportCounts.REGISTRATION);
        shadow.feed(history.iterator(), history.size());
        processor.shutDown();
        String replaced = shadow.promote(thisInstance.find("report-counts").orElseThrow().collections());
        processor.start();
        otherInstance.refreshAliases();

        assertThat(replaced).isEqualTo("report-counts_");
        assertThat(otherInstance.find("report-counts").orElseThrow().collections().prefix()).isEqualTo(shadow.collections().prefix());
        assertThat(otherCopy.counts()).as("the other instance's copy, from the rebuilt collections").isEqualTo(expected);
    }

    private static Map<String, Integer> reportsPerDirective(List<DomainEventMessage<DirectiveEvent>> history, int first) {
        Map<String, Integer> counts = new HashMap<>();
        history.subList(0, first).stream().filter(event -> event.getPayload() instanceof ProgressReported)
                .forEach(event -> counts.merge(event.getAggregateIdentifier(), 1, Integer::sum));
        return counts;
    }

    private static void awaitPosition(TrackingEventProcessor processor, long position) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (processor.processingStatus().values().stream().map(status -> status.getCurrentPosition())
                .noneMatch(current -> current.isPresent() && current.getAsLong() >= position)) {
            assertThat(System.nanoTime()).as("processor reached position %d within 60 s", position).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** A token store that tells, as each token is stored, its position. */
    private static final class ObservedTokenStore implements TokenStore {
        private final TokenStore delegate;
        private final java.util.function.LongConsumer stored;

        ObservedTokenStore(TokenStore delegate, java.util.function.LongConsumer stored) {
            this.delegate = delegate;
            this.stored = stored;
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            position.ifPresent(stored::accept);
            delegate.storeToken(token, processorName, segment);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return delegate.fetchToken(processorName, segment);
        }

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount) {
            delegate.initializeTokenSegments(processorName, segmentCount);
        }

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
            delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            delegate.releaseClaim(processorName, segment);
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return delegate.fetchSegments(processorName);
        }

        @Override
        public Optional<String> retrieveStorageIdentifier() {
            return delegate.retrieveStorageIdentifier();
        }

        @Override
        public boolean requiresExplicitSegmentInitialization() {
            return delegate.requiresExplicitSegmentInitialization();
        }
    }
}
