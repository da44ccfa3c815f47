package org.directivetracker.projections.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Closes a read model's batch after the batch's last event, whether its handlers had anything to do with that event or
 * not, and reads the live alias again before its first: registered with the read model's processor (and used by a
 * rebuild, whose collections have no alias) by the room, so no read model has to.
 */
public final class BatchClosing implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ReadModelContext context;

    public BatchClosing(ReadModelContext context) {
        this.context = context;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            // the segment may just have come from an instance that died right after a rebuild's swap, before this
            // one's periodic re-read: a batch is written where the alias points now, never to replaced collections
            context.collections().refresh();
        }
        Object result = interceptorChain.proceed();
        if (!(unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            context.closeBatch();
        }
        return result;
    }
}
