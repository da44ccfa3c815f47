package org.directivetracker.eventstore.mongo;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.OptionalLong;

/**
 * The global position of the last event a unit of work appended, kept in its root's resources: what a write's
 * answer hands back as its consistency token, so that a read anywhere can wait until the views have passed it.
 */
public final class AppendedPositions {

    private static final String RESOURCE = AppendedPositions.class.getName() + ".last";

    private AppendedPositions() {
    }

    /** Notes an append's last position in the current unit of work, if there is one. */
    static void record(long lastPosition) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().merge(RESOURCE, lastPosition, (known, added) ->
                    Math.max((Long) known, (Long) added));
        }
    }

    /** The position of the last event the unit of work appended; empty when it appended none. */
    public static OptionalLong lastIn(UnitOfWork<?> unitOfWork) {
        Object last = unitOfWork.root().resources().get(RESOURCE);
        return last instanceof Long position ? OptionalLong.of(position) : OptionalLong.empty();
    }
}
