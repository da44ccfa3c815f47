package org.directivetracker.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.directivetracker.api.web.BodySizeLimitFilter.BodyTooLargeException;
import org.directivetracker.api.web.InvalidRequestException;
import org.directivetracker.api.web.Problems;
import org.directivetracker.api.web.RequestId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Idempotency-Key} on the API's writes, as Stripe defines it: a key binds to the endpoint and the exact body
 * of its first request. A retry of that request answers the stored answer (header {@code Idempotent-Replayed}) and runs
 * nothing; the same key with another endpoint or body is refused with 422; while the first request runs, 409. Only a
 * successful (2xx) answer is kept: a refused request stored nothing, and its key may be sent again.
 * Runs after Spring Security, so a key is scoped to the signed-in account.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyKeys keys;
    private final Problems problems;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyKeys keys, Problems problems, ObjectMapper json) {
        this.keys = keys;
        this.problems = problems;
        this.json = json;
    }

    /**
     * Not a multipart upload: Tomcat parses its parts from the connection itself, not from a wrapper's body, so this
     * filter must not read it first; such a write keeps the directive's own memory of request ids.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !WRITES.contains(request.getMethod())
               || isMultipart(request)
               || Collections.list(request.getHeaderNames()).stream().noneMatch(RequestId.HEADER::equalsIgnoreCase);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response); // security answers it
            return;
        }
        String key;
        try {
            // the firewall refuses a header with control characters (C1 bytes) when it is read
            key = request.getHeader(RequestId.HEADER);
            RequestId.requireValidKey(key);
        } catch (RequestRejectedException e) {
            Problems.write(response, problems.invalid(List.of(RequestId.invalidKey()), request), json);
            return;
        } catch (InvalidRequestException e) {
            Problems.write(response, problems.invalid(e.errors(), request), json);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLargeException e) {
            Problems.write(response, problems.tooLarge(e.maxBytes(), request), json);
            return;
        }
        String endpoint = request.getMethod() + " " + request.getRequestURI()
                          + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String keyId = sha256(account(signedIn).length() + ":" + account(signedIn) + ":" + key);
        String fingerprint = sha256(String.valueOf(request.getContentType())) + sha256(body);

        KeyClaim claim = keys.claim(keyId, endpoint, fingerprint);
        if (claim instanceof KeyClaim.Replay replay) {
            replay(replay.answer(), response);
        } else if (claim instanceof KeyClaim.Mismatch mismatch) {
            Problems.write(response, problems.localized(request, HttpStatus.UNPROCESSABLE_ENTITY,
                    mismatch.sameEndpoint() ? "idempotency-key-other-body" : "idempotency-key-other-endpoint"), json);
        } else if (claim instanceof KeyClaim.InProgress) {
            Problems.write(response, problems.localized(request, HttpStatus.CONFLICT, "idempotency-key-in-progress"), json);
        } else {
            runAndRemember(keyId, new CachedBodyRequest(request, body), response, chain);
        }
    }

    private void runAndRemember(String keyId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                keys.complete(keyId, new StoredAnswer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(keyId);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static String account(Authentication authentication) {
        return authentication.getName();
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The request with its body already read, so that the handler reads the same bytes that were fingerprinted. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
