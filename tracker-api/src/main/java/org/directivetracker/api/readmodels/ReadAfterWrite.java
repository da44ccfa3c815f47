package org.directivetracker.api.readmodels;

import java.time.Duration;
import java.util.List;

import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems.FieldError;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A read that sends a write's consistency token back ({@value ConsistencyTokens#AFTER} header, or {@code ?after=}
 * on a page) is answered once the views have passed it, or after the patience with what they show; the answer says
 * which in {@value #CAUGHT_UP}. A header that is no position is refused (400); a page's parameter that is none is
 * ignored, as a page link may be edited by hand.
 */
public class ReadAfterWrite implements HandlerInterceptor {

    /** The response header of a read that waited: whether the views had passed the position asked for. */
    public static final String CAUGHT_UP = "Tracker-Caught-Up";

    private final ViewsCatchUp catchUp;
    private final Duration patience;

    public ReadAfterWrite(ViewsCatchUp catchUp, Duration patience) {
        this.catchUp = catchUp;
        this.patience = patience;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            return true;
        }
        long position = positionAskedFor(request);
        if (position >= 0) {
            response.setHeader(CAUGHT_UP, Boolean.toString(catchUp.await(position, patience)));
        }
        return true;
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
