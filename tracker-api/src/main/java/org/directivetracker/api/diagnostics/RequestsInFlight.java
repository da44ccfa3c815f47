package org.directivetracker.api.diagnostics;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The requests being answered now, each with its thread and since when, for the {@link StallWatch} to find the ones
 * that take too long while they still run (a log line written after the answer could no longer say what they waited for).
 */
public class RequestsInFlight extends OncePerRequestFilter {

    /** A request being answered: its method and path (no query string: it may hold what a user searched for). */
    public record Request(String line, Thread thread, long startNanos) {
    }

    private final Map<Thread, Request> running = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public RequestsInFlight(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        running.put(thread, new Request(request.getMethod() + " " + request.getRequestURI(), thread, nanoTime.getAsLong()));
        try {
            chain.doFilter(request, response);
        } finally {
            running.remove(thread);
        }
    }

    /** The requests running now, in no order. */
    public Collection<Request> running() {
        return running.values();
    }
}
