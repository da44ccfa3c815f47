package org.directivetracker.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's mapping of requests to controller methods, which looks at a mapping's paths before its other conditions.
 *
 * <p>Why: a path with a variable in it ({@code /api/communes/31951/status}) has no direct entry, so Spring tries every
 * mapping of the service (some 150), each asking the request its method, parameters, headers and accepted types before
 * its path, through the security filters' request wrappers: a sixth of a commune status read's CPU in a profile, as
 * much as writing its JSON. Here a mapping none of whose paths matches is passed over at once; any other is checked by
 * Spring in full, as before. Spring checks a path by the same {@link PathPattern#matches} against the same parsed
 * path, so a mapping passed over here is one Spring would refuse, and which method answers (or which 404, 405, 406 or
 * 415: those come from every mapping, not from this check) does not change.
 */
public class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    /** The path of the request being mapped on this thread, parsed once for all mappings. */
    private static final ThreadLocal<PathContainer> PATH_BEING_MAPPED = new ThreadLocal<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        // without a parsed path (Spring's older path matching) every mapping is checked by Spring alone
        PATH_BEING_MAPPED.set(ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            PATH_BEING_MAPPED.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathContainer path = PATH_BEING_MAPPED.get();
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (path != null && paths != null && noneMatches(paths, path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean noneMatches(PathPatternsRequestCondition paths, PathContainer path) {
        for (PathPattern pattern : paths.getPatterns()) {
            if (pattern.matches(path)) {
                return false;
            }
        }
        return true;
    }
}
