package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.List;

import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.directivetracker.projections.readmodel.ReadLag;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A read that sends a write's consistency token back ({@value ConsistencyTokens#AFTER} header, or {@code ?after=}
 * on a page) is answered once the views have passed it, or after the patience with what they show; the answer says
 * which in {@value #CAUGHT_UP}. A header that is no position is refused (400); a page's parameter that is none is
 * ignored, as a page link may be edited by hand.
 *
 * <p>A read that asks for no position may be answered from this instance's copies as they were found current at most
 * {@code readLag} ago ({@link ReadLag}), without asking the store first: such an answer shows a write once the views
 * have handled it and this instance has refreshed its copies since (soon after each batch, at the latest after
 * {@code readLag}). A page session's reads after its own write (the redirect after a form, which waited for the views
 * to show the write) take no copy found current before that write's request ended.
 */
public class ReadAfterWrite implements AsyncHandlerInterceptor {

    /** The response header of a read that waited: whether the views had passed the position asked for. */
    public static final String CAUGHT_UP = "Tracker-Caught-Up";
    /** When the session's last write was done, as {@link System#nanoTime()} of this instance. */
    private static final String SESSION_LAST_WRITE = ReadAfterWrite.class.getName() + ".lastWrite";

    private final ViewsCatchUp catchUp;
    private final Duration patience;
    private final Duration readLag;

    public ReadAfterWrite(ViewsCatchUp catchUp, Duration patience, Duration readLag) {
        this.catchUp = catchUp;
        this.patience = patience;
        this.readLag = readLag;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!isRead(request)) {
            ReadLag.clear();
            return true;
        }
        long position = positionAskedFor(request);
        if (position >= 0) {
            response.setHeader(CAUGHT_UP, Boolean.toString(catchUp.await(position, patience)));
        } else {
            ReadLag.allow(readLag, lastWrite(request.getSession(false)));
        }
        return true;
    }

    /**
     * After a page session's write (a page waits for the views to show its write before it redirects), and before
     * its redirect is sent, the session's next reads take no copy found current before now.
     */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        HttpSession session = isRead(request) ? null : request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_LAST_WRITE, System.nanoTime());
        }
    }

    /** After a request, its thread's reads are current again. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        ReadLag.clear();
    }

    /** A streamed answer goes on on another thread: the next request of this one must not inherit the lag. */
    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ReadLag.clear();
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    /** When the session's last write was done; long ago when it wrote none. */
    private static long lastWrite(HttpSession session) {
        Object shown = session == null ? null : session.getAttribute(SESSION_LAST_WRITE);
        return shown instanceof Long at ? at : System.nanoTime() - Long.MAX_VALUE / 2;
    }

    /** The position the read asks to wait for; -1 when it asks none. */
    private static long positionAskedFor(HttpServletRequest request) {
        String header = request.getHeader(ConsistencyTokens.AFTER);
        if (header != null) {
            long position = parse(header);
            if (position < 0) {
                throw new InvalidRequestException(List.of(new FieldError(ConsistencyTokens.AFTER,
                        "must be the " + ConsistencyTokens.WRITTEN + " of a write's answer: a whole number, 0 or more")));
            }
            return position;
        }
        String parameter = request.getParameter(ConsistencyTokens.AFTER_PARAMETER);
        return parameter == null ? -1 : parse(parameter);
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
