package org.directivetracker.api.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A form sent after its session expired: what was typed is kept in the new session with the page it was typed on,
 * sign-in returns to that page, and the page puts the text back (pages.js) for the chair to send again.
 */
final class KeptForms {
    private static final String KEPT = KeptForms.class.getName();
    /** Where Spring Security's request cache looks for the page to return to after sign-in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeptForms() {
    }

    record Kept(String page, Map<String, String> fields) {
    }

    static void keep(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        String page = pageOf(request);
        HttpSession session = request.getSession(true);
        session.setAttribute(KEPT, new Kept(page, fields));
        session.setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page));
    }

    /** The fields kept for this page, as JSON, once: null when none. */
    static String takeFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(KEPT) instanceof Kept kept)) {
            return null;
        }
        if (!kept.page().equals(pathOf(request))) {
            return null;
        }
        session.removeAttribute(KEPT);
        try {
            return JSON.writeValueAsString(kept.fields());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The page the form was on (the Referer, when it is this site's), else the address it was sent to. */
    private static String pageOf(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equals(uri.getHost()) && uri.getPath() != null && uri.getPath().startsWith("/")) {
                    String path = uri.getPath().substring(Math.min(request.getContextPath().length(), uri.getPath().length()));
                    return path.startsWith("/") ? path : pathOf(request);
                }
            } catch (IllegalArgumentException ignored) {
                // not an address: use the form's own
            }
        }
        return pathOf(request);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
