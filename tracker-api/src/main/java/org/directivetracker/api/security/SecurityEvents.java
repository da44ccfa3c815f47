package org.directivetracker.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.directivetracker.api.web.RefusalLog;
import org.directivetracker.core.api.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Security events in their own log category ({@code security}), for the province's IT office: failed sign-ins and
 * refused requests, with account, path and reason; never a password or token.
 */
@Component
public class SecurityEvents implements RefusalLog {
    private static final Logger log = LoggerFactory.getLogger("security");

    @EventListener
    public void onLoginFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("login failed: account={} path={} reason={}",
                sanitize(event.getAuthentication().getName()), currentPath(), event.getException().getClass().getSimpleName());
    }

    public void refused(String account, HttpServletRequest request, String reason) {
        log.warn("request refused: account={} method={} path={} reason={}",
                sanitize(account), request.getMethod(), sanitize(request.getRequestURI()), reason);
    }

    /** A refusal of the account signed in on this request. */
    @Override
    public void refused(HttpServletRequest request, String reason) {
        refused(Actors.of(SecurityContextHolder.getContext().getAuthentication()).map(Actor::account).orElse("-"), request, reason);
    }

    public void tokenRejected(HttpServletRequest request, String reason) {
        log.warn("token rejected: path={} reason={}", sanitize(request.getRequestURI()), reason);
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return sanitize(attributes.getRequest().getRequestURI());
        }
        return "-";
    }

    /** Keeps user-supplied text on one log line. */
    static String sanitize(String text) {
        if (text == null) {
            return "-";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t]", "_");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
