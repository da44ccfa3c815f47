package org.directivetracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The tracker's REST API as a province's users call it: JSON over HTTP with Basic credentials, every call timed and
 * counted under an endpoint's name in a {@link LatencyLog} (none for calls that only set up or check).
 */
public final class TrackerHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient client;
    private final LatencyLog log;
    private final String password;

    public TrackerHttp(String base, String password, LatencyLog log) {
        this.password = password;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.log = log;
    }

    public String base() {
        return base;
    }

    String password() {
        return password;
    }

    /** What one call answered (and where it redirects); status 0 when no answer came (connection refused or reset, timeout). */
    public record Answer(int status, String body, double millis, String location) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Answer get(String endpoint, String account, String path) {
        return get(endpoint, account, path, System.nanoTime());
    }

    /** A call timed from {@code dueNanos} ({@link System#nanoTime()}), when it was due rather than when it went. */
    Answer get(String endpoint, String account, String path, long dueNanos) {
        return send(endpoint, account, HttpRequest.newBuilder(uri(path)).GET(), dueNanos);
    }

    public Answer post(String endpoint, String account, String path, Object body) {
        return post(endpoint, account, path, body, System.nanoTime());
    }

    /** A call timed from {@code dueNanos} ({@link System#nanoTime()}), when it was due rather than when it went. */
    Answer post(String endpoint, String account, String path, Object body, long dueNanos) {
        String json;
        try {
            json = body == null ? "" : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send(endpoint, account, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), dueNanos);
    }

    /** A call made with a client of its own (a page session's cookies), timed and counted like the others. */
    Answer send(String endpoint, HttpClient own, HttpRequest request) {
        return send(endpoint, own, request, System.nanoTime());
    }

    /** As {@link #send(String, HttpClient, HttpRequest)}, timed from {@code started} ({@link System#nanoTime()}). */
    Answer send(String endpoint, HttpClient own, HttpRequest request, long started) {
        int status = 0;
        String text = "";
        String location = "";
        try {
            HttpResponse<String> response = own.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = response.statusCode();
            text = response.body();
            location = response.headers().firstValue("Location").orElse("");
        } catch (IOException e) {
            text = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text = e.toString();
        }
        double millis = (System.nanoTime() - started) / 1e6;
        if (endpoint != null && log != null) {
            log.record(endpoint, millis, status);
        }
        return new Answer(status, text, millis, location);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(String endpoint, String account, HttpRequest.Builder request, long started) {
        request.timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", basic(account, password));
        return send(endpoint, client, request.build(), started);
    }

    static String basic(String account, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
