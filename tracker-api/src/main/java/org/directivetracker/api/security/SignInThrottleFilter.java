package org.directivetracker.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.api.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a sign-in attempt (HTTP Basic on the API, the login form on the pages) while its account or address must
 * wait, before any password is checked: 429 with {@code Retry-After} on the API, the login page again on the pages.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("security");

    private final SignInThrottle throttle;
    private final Problems problems;
    private final ObjectMapper json;
    private final String loginPath;

    /** @param loginPath the login form's address, or null for the API's Basic authentication */
    public SignInThrottleFilter(SignInThrottle throttle, Problems problems, ObjectMapper json, String loginPath) {
        this.throttle = throttle;
        this.problems = problems;
        this.json = json;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = attemptedAccount(request);
        Optional<Duration> wait = account.flatMap(name -> throttle.waitFor(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("sign-in refused while throttled: account={} address={} wait={}s",
                SecurityEvents.sanitize(account.get()), request.getRemoteAddr(), wait.get().toSeconds());
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (loginPath != null) {
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        Problems.write(response, problems.localized(request, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled"), json);
    }

    private Optional<String> attemptedAccount(HttpServletRequest request) {
        if (loginPath != null) {
            return "POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())
                    ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // Basic authentication refuses it
        }
    }
}
