package org.directivetracker.api.readmodels;

import java.util.OptionalLong;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.directivetracker.eventstore.mongo.AppendedPositions;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every write's answer carries its consistency token: the global position of the last event its commands stored, in
 * the header {@value #WRITTEN} (REST answers and page redirects alike). A read that sends it back ({@value #AFTER},
 * or {@code ?after=} on a page) waits until the views have passed it, on whichever instance it lands.
 *
 * <p>Registered on the command bus, it reads the position once a command's unit of work committed, on the thread that
 * handled it: the request's own thread with Axon's simple command bus. Commands sent outside a request (the demo,
 * reminders) leave no token.
 */
public class ConsistencyTokens implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The response header of a write: the position of its last event. */
    public static final String WRITTEN = "Tracker-Position";
    /** The request header of a read: wait until the views have passed this position. */
    public static final String AFTER = "Tracker-After";
    /** The page parameter of a read, for links and redirects. */
    public static final String AFTER_PARAMETER = "after";
    private static final String REQUEST_ATTRIBUTE = ConsistencyTokens.class.getName() + ".written";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.afterCommit(committed -> AppendedPositions.lastIn(committed).ifPresent(ConsistencyTokens::written));
        return chain.proceed();
    }

    /** The position of the last event written while handling the current request; empty when it wrote none. */
    public static OptionalLong ofCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object written = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return written instanceof Long position ? OptionalLong.of(position) : OptionalLong.empty();
    }

    private static void written(long position) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        long last = Math.max(position, ofCurrentRequest().orElse(-1));
        request.setAttribute(REQUEST_ATTRIBUTE, last, RequestAttributes.SCOPE_REQUEST);
        HttpServletResponse response = request.getResponse();
        if (response != null && !response.isCommitted()) {
            response.setHeader(WRITTEN, Long.toString(last));
        }
    }
}
