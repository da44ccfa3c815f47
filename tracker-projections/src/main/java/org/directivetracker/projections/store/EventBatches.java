package org.directivetracker.projections.store;

import java.util.List;
import java.util.function.Function;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a read model gathers while a batch of events is handled (a tracking processor's batch, a rebuild's chunk) and
 * makes once, when the batch's last event has been handled. That is still inside the batch's unit of work and before
 * the processor stores its token: Axon stores it in the first prepare-commit handler, registered before any event
 * handler runs, so a write left to a later prepare-commit handler could follow the token and be lost to a crash in
 * between. Outside a unit of work, each event is a batch of its own.
 */
public final class EventBatches {

    /** What a batch has gathered so far. */
    public interface Pending {
        /** Writes what was gathered and forgets it; nothing gathered, nothing written. */
        void write();
    }

    private EventBatches() {
    }

    /**
     * The pending writes of the batch being handled, made by {@code start} at the batch's first event (given every
     * message of the batch, so it may read ahead what the batch will need), or a fresh one outside a unit of work.
     */
    public static <T extends Pending> T current(String key, Function<List<? extends Message<?>>, T> start) {
        if (!CurrentUnitOfWork.isStarted()) {
            return start.apply(List.of());
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(key, k -> {
            T pending = start.apply(root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of(root.getMessage()));
            // only reached when the batch's last event went to no handler that calls eventHandled
            root.onPrepareCommit(unitOfWork -> pending.write());
            return pending;
        });
    }

    /** To be called once an event was handled: writes the pending writes when it was the batch's last event. */
    public static void eventHandled(Pending pending) {
        if (!CurrentUnitOfWork.isStarted()) {
            pending.write();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!(root instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            pending.write();
        }
    }
}
