package org.directivetracker.projections.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one read model writes through, on one set of collections (the live ones, or a rebuild's): its collections, the
 * writes it gathers while a batch of events is handled (a tracking processor's batch, a rebuild's chunk) and the keys
 * the batch touched. {@link BatchClosing}, which the {@link ReadModelRoom} puts around every read model's handlers,
 * closes the batch after its last event: the gathered writes are made, then a {@link ChangeLog} entry names the keys.
 * That is still inside the batch's unit of work and before the processor stores its token (Axon stores it in the
 * first prepare-commit handler, registered before any event handler runs), so a crash in between loses nothing.
 * Outside a unit of work each write is a batch of its own.
 */
public final class ReadModelContext {

    private static final Logger log = LoggerFactory.getLogger(ReadModelContext.class);
    private static final AtomicLong INSTANCES = new AtomicLong();

    /** What a batch has gathered for one kind of write. */
    public interface Pending {
        /** Writes what was gathered and forgets it; nothing gathered, nothing written. */
        void write();
    }

    /** The unit of work's resource holding this context's open batch: one per context, as tests run several. */
    private final String resourceKey = ReadModelContext.class.getName() + "#" + INSTANCES.incrementAndGet();
    /** The batch of one write made outside any unit of work, while it is made. */
    private final ThreadLocal<OpenBatch> outside = new ThreadLocal<>();
    private final ReadModelCollections collections;
    private final ChangeLog changeLog;
    private final boolean soleWriter;
    /** The copies read from these collections, brought up to date ahead of their readers by {@link #refreshCopies()}. */
    private final List<ReadModelCopy<?>> copies = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Told on the processor's thread after each batch it logged. */
    private volatile Runnable afterLoggedBatch = () -> { };

    /** A context on collections that other instances may write too (a live read model's processor moves between them). */
    public ReadModelContext(ReadModelCollections collections) {
        this(collections, false);
    }

    private ReadModelContext(ReadModelCollections collections, boolean soleWriter) {
        this.collections = collections;
        this.changeLog = new ChangeLog(collections);
        this.soleWriter = soleWriter;
    }

    /** A context on collections that it alone writes, from empty: a rebuild's shadow collections. */
    static ReadModelContext soleWriterFromEmpty(ReadModelCollections collections) {
        return new ReadModelContext(collections, true);
    }

    public ReadModelCollections collections() {
        return collections;
    }

    /**
     * True when nothing but this context writes its collections, which were empty when it started: a read model may
     * then remember what it wrote instead of reading it back, and insert what it never wrote.
     */
    public boolean isSoleWriterFromEmpty() {
        return soleWriter;
    }

    /** This instance's copy of the read model's values, read with {@code loader} (see {@link ReadModelCopy}). */
    public <T> ReadModelCopy<T> copy(ReadModelCopy.Loader<T> loader) {
        ReadModelCopy<T> copy = new ReadModelCopy<>(collections, loader);
        copies.add(copy);
        return copy;
    }

    /**
     * Brings every copy that was read before up to date now, so that a reader seldom waits for it: after a long time
     * without reads (a night of reminders, the store growing) the first reader would otherwise wait for every change at
     * once. A copy never read is left to its first reader: reading every read model whole at start-up at once would
     * need the memory of all those whole reads together.
     */
    public void refreshCopies() {
        copies.forEach(ReadModelCopy::refreshIfRead);
    }

    /**
     * Reads every copy now, one after the other, whole where it was never read: after a start, so that the first
     * reader of a view finds it read instead of waiting for the whole of it (at a province's size, longer than a
     * query waits). Only what the readers would read anyway, but one copy at a time, not all at once.
     */
    public void readCopies() {
        copies.forEach(ReadModelCopy::read);
    }

    /**
     * Runs {@code listener} on the processor's thread after each batch that logged keys, e.g. to have this instance's
     * copies brought up to date at once rather than at the next periodic refresh; it must return quickly and not fail.
     */
    public void afterEachLoggedBatch(Runnable listener) {
        this.afterLoggedBatch = listener;
    }

    /**
     * Writes that a read model gathers over a batch in a {@code T}, made when the batch closes.
     *
     * @param start makes a batch's {@code T} at its first write, given every message of the batch, so that it may read
     *              ahead what the batch will need (none outside a unit of work)
     */
    public <T extends Pending> Batches<T> batches(Function<List<? extends Message<?>>, T> start) {
        return new Batches<>(start);
    }

    /** Names a key (a directive id, a day) the current batch changed, for other instances' copies. */
    public void touch(String key) {
        OpenBatch batch = current();
        if (batch == null) {
            changeLog.append(List.of(key));
        } else {
            batch.touched.add(key);
        }
    }

    /** Makes the current batch's writes, then logs its keys; called after a batch's last event. */
    void closeBatch() {
        if (CurrentUnitOfWork.isStarted()) {
            OpenBatch batch = CurrentUnitOfWork.get().root().getResource(resourceKey);
            if (batch != null) {
                batch.close();
            }
        }
    }

    /** The open batch: the unit of work's, or the one of a write made outside any; null when neither. */
    private OpenBatch current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return outside.get();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resourceKey, key -> {
            OpenBatch batch = new OpenBatch(root instanceof BatchingUnitOfWork<?> batching ? batching.getMessages() : List.of(root.getMessage()));
            // does something only when no BatchClosing ran after the last event: then it is too late for the token
            root.onPrepareCommit(unitOfWork -> {
                if (batch.isOpen()) {
                    log.warn("a batch of {} was closed after the processor stored its token: its handlers are not wrapped in BatchClosing",
                            collections.readModel());
                    batch.close();
                }
            });
            return batch;
        });
    }

    /** One batch: the pending writes of each kind, in the order first used, and the keys touched. */
    private final class OpenBatch {
        final List<? extends Message<?>> messages;
        final Map<Batches<?>, Pending> pending = new LinkedHashMap<>();
        final Set<String> touched = new LinkedHashSet<>();

        OpenBatch(List<? extends Message<?>> messages) {
            this.messages = messages;
        }

        boolean isOpen() {
            return !pending.isEmpty() || !touched.isEmpty();
        }

        void close() {
            new ArrayList<>(pending.values()).forEach(Pending::write);
            pending.clear();
            boolean logged = !touched.isEmpty();
            changeLog.append(touched);
            touched.clear();
            if (logged) {
                afterLoggedBatch.run();
            }
        }
    }

    /** A read model's writes of one kind. */
    public final class Batches<T extends Pending> {
        private final Function<List<? extends Message<?>>, T> start;

        private Batches(Function<List<? extends Message<?>>, T> start) {
            this.start = start;
        }

        /** Adds to the current batch's pending writes; outside a unit of work, makes them (and logs them) at once. */
        @SuppressWarnings("unchecked")
        public void handle(Consumer<T> write) {
            OpenBatch batch = current();
            boolean alone = batch == null;
            if (alone) {
                batch = new OpenBatch(List.of());
                outside.set(batch);
            }
            try {
                OpenBatch open = batch;
                T pending = (T) batch.pending.computeIfAbsent(this, k -> start.apply(open.messages));
                write.accept(pending);
                if (alone) {
                    batch.close();
                }
            } finally {
                if (alone) {
                    outside.remove();
                }
            }
        }
    }
}
