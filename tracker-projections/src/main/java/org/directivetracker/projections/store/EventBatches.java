package org.directivetracker.projections.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes one read model gathers while a batch of events is handled (a tracking processor's batch, a rebuild's chunk)
 * and makes once, when the batch's last event has been handled. That is still inside the batch's unit of work and
 * before the processor stores its token: Axon stores it in the first prepare-commit handler, registered before any
 * event handler runs, so a write left to a later prepare-commit handler could follow the token and be lost to a crash
 * in between. The read model must therefore be called for every event, also the ones it records nothing of (see
 * {@link #handle(Consumer)}). Outside a unit of work, each event is a batch of its own.
 *
 * @param <T> what a batch gathers
 */
public final class EventBatches<T extends EventBatches.Pending> {

    /** What a batch has gathered so far. */
    public interface Pending {
        /** Writes what was gathered and forgets it; nothing gathered, nothing written. */
        void write();
    }

    private static final AtomicLong INSTANCES = new AtomicLong();

    /** The unit of work's resource holding this read model's pending writes: one per instance, as tests run several. */
    private final String key = EventBatches.class.getName() + "#" + INSTANCES.incrementAndGet();
    private final Function<List<? extends Message<?>>, T> start;

    /**
     * @param start makes a batch's pending writes at its first event, given every message of the batch, so that it may
     *              read ahead what the batch will need (none outside a unit of work)
     */
    public EventBatches(Function<List<? extends Message<?>>, T> start) {
        this.start = start;
    }

    /**
     * Handles one event: {@code event} adds it to the batch's pending writes (or does nothing, for an event the read
     * model records nothing of), then they are written if it was the batch's last event.
     */
    public void handle(Consumer<T> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            T pending = start.apply(List.of());
            event.accept(pending);
            pending.write();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        T pending = root.getOrComputeResource(key, k -> {
            T started = start.apply(root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of(root.getMessage()));
            // only reached when the batch's last event did not come here: too late for the token, see above
            root.onPrepareCommit(unitOfWork -> started.write());
            return started;
        });
        event.accept(pending);
        if (!(root instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            pending.write();
        }
    }
}
