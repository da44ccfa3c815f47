package org.directivetracker.projections.readmodel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoDatabase;

/**
 * Where the read models live: each registered one on its live collections, with its handlers, and everything the
 * machinery does for all of them. {@link #configure(EventProcessingConfigurer, int)} gives each its own tracking
 * processor (one segment, one thread: its change log expects one writer) with {@link BatchClosing} around its handlers
 * and a reset handler; {@link #rebuild()} rebuilds one into shadow collections. Several rooms on one database are
 * several instances of the service: each keeps its own copies, following the others' writes through the change logs.
 */
public final class ReadModelRoom {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRoom.class);

    /** A registered read model on its live collections. */
    public record Live<R>(ReadModelRegistration<R> registration, ReadModelContext context, R readModel, Object handlers) {

        public String name() {
            return registration.name();
        }

        public ReadModelCollections collections() {
            return context.collections();
        }
    }

    private final MongoDatabase database;
    private final ReadModelRebuild rebuild;
    private final Map<String, Live<?>> byName = new LinkedHashMap<>();

    public ReadModelRoom(MongoDatabase database, List<ReadModelRegistration<?>> registrations) {
        this.database = Objects.requireNonNull(database, "database");
        this.rebuild = new ReadModelRebuild(database);
        registrations.forEach(this::open);
    }

    private <R> void open(ReadModelRegistration<R> registration) {
        if (byName.containsKey(registration.name())) {
            throw new IllegalArgumentException("two read models are named " + registration.name());
        }
        ReadModelContext context = new ReadModelContext(ReadModelCollections.live(database, registration.name()));
        R readModel = registration.open().apply(context);
        byName.put(registration.name(), new Live<>(registration, context, readModel, registration.handlers().apply(readModel)));
    }

    /** The live read model of a registration, as its queries use it. */
    @SuppressWarnings("unchecked")
    public <R> R readModel(ReadModelRegistration<R> registration) {
        Live<?> live = byName.get(registration.name());
        if (live == null || live.registration() != registration) {
            throw new IllegalArgumentException("read model " + registration.name() + " is not registered in this room");
        }
        return (R) live.readModel();
    }

    public Optional<Live<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<Live<?>> all() {
        return List.copyOf(byName.values());
    }

    public ReadModelRebuild rebuild() {
        return rebuild;
    }

    /** Reads every alias again, after a rebuild swapped one (on this or another instance). */
    public void refreshAliases() {
        byName.values().forEach(live -> live.collections().refresh());
    }

    /**
     * Registers, for every read model, a tracking processor named after it that handles {@code batchSize} events at a
     * time on one segment and one thread, its handlers alone in it, {@link BatchClosing} around them, and a reset
     * handler that gives it fresh collections when Axon replays the processor.
     */
    public void configure(EventProcessingConfigurer processing, int batchSize) {
        configure(processing, batchSize, Duration.ofSeconds(5));
    }

    /**
     * As {@link #configure(EventProcessingConfigurer, int)}, a processor whose segment another instance holds trying to
     * claim it every {@code claimInterval}: when that instance dies, this one takes over within the token store's
     * claim timeout and one interval, and goes on from the dead one's last stored token.
     */
    public void configure(EventProcessingConfigurer processing, int batchSize, Duration claimInterval) {
        for (Live<?> live : byName.values()) {
            String name = live.name();
            FreshCollectionsOnReset reset = new FreshCollectionsOnReset(live);
            processing.registerTrackingEventProcessor(name, c -> c.eventStore(),
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize)
                                    .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS))
                    .registerEventHandler(c -> live.handlers())
                    .registerEventHandler(c -> reset)
                    .assignHandlerInstancesMatching(name, handler -> handler == live.handlers() || handler == reset)
                    .registerHandlerInterceptor(name, c -> new BatchClosing(live.context()));
        }
    }

    /**
     * Handles events as one batch, the way a tracking processor handles its batch: one unit of work, the handlers
     * called for the events they handle, and the batch closed after the last event whatever it was.
     */
    public static void handleBatch(List<? extends EventMessage<?>> events, AnnotationEventHandlerAdapter handlers, ReadModelContext context) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(events));
        BatchClosing closing = new BatchClosing(context);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(closing), message -> {
            if (handlers.canHandle(message)) {
                handlers.handle(message);
            }
            return null;
        }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("a batch of " + context.collections().readModel() + " failed at event "
                    + events.get(0).getIdentifier() + " or after", result.exceptionResult());
        }
    }

    /**
     * When Axon resets the processor's tokens, the read model moves to fresh, empty collections which the replay
     * fills; every instance's copy then reads them whole. Readers see the read model empty and filling meanwhile,
     * which is why the service rebuilds through {@link ReadModelRebuild} instead (see the replay test in tracker-api).
     */
    final class FreshCollectionsOnReset {
        private final Live<?> live;

        FreshCollectionsOnReset(Live<?> live) {
            this.live = live;
        }

        @ResetHandler
        public void reset() {
            ReadModelRebuild.Shadow fresh = rebuild.start(live.registration());
            String replaced = fresh.promote(live.collections());
            rebuild.dropCollections(replaced);
            log.info("read model {} reset for a replay: now in {}, {} dropped", live.name(), live.collections().prefix(), replaced);
        }
    }
}
