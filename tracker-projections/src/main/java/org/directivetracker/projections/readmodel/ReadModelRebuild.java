package org.directivetracker.projections.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Rebuilds a read model from the store while the live one keeps serving: events are fed, in chunks handled as a
 * processor handles its batches, to a fresh instance of the read model writing to shadow collections (a new prefix),
 * then one write to the alias document makes them the live ones. The caller
 * reads the events from the store and pauses the live processor around {@link Shadow#promote(ReadModelCollections)}.
 */
public final class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    /** Events handled in one unit of work, as a tracking processor's batch: read models may write a chunk's changes together. */
    private static final int CHUNK = 1_000;

    private final MongoDatabase database;

    public ReadModelRebuild(MongoDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Starts a rebuild into empty collections under a new prefix ({@code "r" + generation + "_" + readModel + "_"}). */
    public Shadow start(ReadModelRegistration<?> registration) {
        String readModel = registration.name();
        Document alias = database.getCollection(ReadModelCollections.ALIASES).find(eq("_id", readModel)).first();
        long generation = alias == null ? 1 : alias.get("generation", Number.class).longValue() + 1;
        // the live prefix is never a prefix of a rebuilt one: dropping one set of collections leaves the other
        String prefix = "r" + generation + "_" + readModel + "_";
        dropCollections(prefix);
        ReadModelContext context = ReadModelContext.soleWriterFromEmpty(ReadModelCollections.fixed(database, readModel, prefix));
        return new Shadow(readModel, generation, context, new AnnotationEventHandlerAdapter(handlers(registration, context)));
    }

    private static <R> Object handlers(ReadModelRegistration<R> registration, ReadModelContext context) {
        return registration.handlers().apply(registration.open().apply(context));
    }

    /** Drops every collection named with the prefix, e.g. the ones a promoted rebuild replaced. */
    public void dropCollections(String prefix) {
        List<String> names = new ArrayList<>();
        database.listCollectionNames().forEach(name -> {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        });
        names.forEach(name -> database.getCollection(name).drop());
    }

    /** A read model being rebuilt in shadow collections. */
    public final class Shadow {

        private final String readModel;
        private final long generation;
        private final ReadModelContext context;
        private final ReadModelCollections collections;
        private final AnnotationEventHandlerAdapter handlers;
        private long eventsFed;

        private Shadow(String readModel, long generation, ReadModelContext context, AnnotationEventHandlerAdapter handlers) {
            this.readModel = readModel;
            this.generation = generation;
            this.context = context;
            this.collections = context.collections();
            this.handlers = handlers;
        }

        /**
         * Feeds events, in store order, to the shadow projection, logging events per second and, when the total is
         * known (above zero), the percent done.
         */
        public Progress feed(Iterator<? extends EventMessage<?>> events, long expectedTotal) {
            long started = System.nanoTime();
            long lastLog = started;
            long fedHere = 0;
            try (ChunksReadAhead chunks = new ChunksReadAhead(events, readModel)) {
                for (List<EventMessage<?>> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    ReadModelRoom.handleBatch(chunk, handlers, context);
                    fedHere += chunk.size();
                    eventsFed += chunk.size();
                    long now = System.nanoTime();
                    if (now - lastLog >= LOG_EVERY_NANOS) {
                        lastLog = now;
                        log(started, now, fedHere, expectedTotal);
                    }
                }
            }
            return log(started, System.nanoTime(), fedHere, expectedTotal);
        }

        private Progress log(long started, long now, long fedHere, long expectedTotal) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = fedHere / seconds;
            double percent = expectedTotal > 0 ? Math.min(100.0, 100.0 * eventsFed / expectedTotal) : Double.NaN;
            log.info("rebuilding {} into {}: {} events, {} events/s{}", readModel, collections.prefix(), eventsFed,
                    Math.round(rate), Double.isNaN(percent) ? "" : String.format(", %.1f%%", percent));
            return new Progress(eventsFed, Duration.ofNanos(now - started), rate);
        }

        /**
         * Makes the shadow collections the live ones: writes the alias and refreshes the given live handle (other
         * instances call {@link ReadModelCollections#refresh()}).
         *
         * @return the prefix of the collections that were live before, for {@link #dropCollections(String)} once unused
         */
        public String promote(ReadModelCollections live) {
            String previous = live.prefix();
            database.getCollection(ReadModelCollections.ALIASES).replaceOne(eq("_id", readModel),
                    new Document("_id", readModel).append("prefix", collections.prefix()).append("generation", generation)
                            .append("events", eventsFed),
                    new ReplaceOptions().upsert(true));
            live.refresh();
            log.info("read model {} now served from {} (was {})", readModel, collections.prefix(), previous);
            return previous;
        }

        public ReadModelCollections collections() {
            return collections;
        }

        public long eventsFed() {
            return eventsFed;
        }
    }

    /** How far a feed went and how fast. */
    public record Progress(long events, Duration took, double eventsPerSecond) {
    }

    /**
     * Reads the next chunk of events on a thread of its own while the current one is handled: reading the store and
     * writing the read model then use both cores instead of taking turns. The events are read by that thread only.
     */
    private static final class ChunksReadAhead implements AutoCloseable {
        private static final Object END = new Object();

        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);
        private final Thread reader;

        ChunksReadAhead(Iterator<? extends EventMessage<?>> events, String readModel) {
            reader = new Thread(() -> read(events), "rebuild-read-ahead-" + readModel);
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Iterator<? extends EventMessage<?>> events) {
            try {
                List<EventMessage<?>> chunk = new ArrayList<>(CHUNK);
                while (events.hasNext()) {
                    chunk.add(events.next());
                    if (chunk.size() == CHUNK) {
                        ready.put(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    ready.put(chunk);
                }
                ready.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the rebuild gave up: nobody reads what is left
            } catch (RuntimeException | Error e) {
                try {
                    ready.put(e);
                } catch (InterruptedException gaveUp) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The next chunk, in store order; null after the last. */
        @SuppressWarnings("unchecked")
        List<EventMessage<?>> next() {
            Object next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading events for a rebuild", e);
            }
            if (next instanceof Throwable failure) {
                throw new IllegalStateException("reading the events for a rebuild failed", failure);
            }
            return next == END ? null : (List<EventMessage<?>>) next;
        }

        @Override
        public void close() {
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
