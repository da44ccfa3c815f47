package org.directivetracker.api.support;

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

/** A plain HTTP client against the running service, signing in with HTTP Basic like a user would. */
public final class Http {
    public static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    /** An answer: status, headers and the body parsed as JSON (null when empty or not JSON). */
    public record Answer(int status, String contentType, String body, JsonNode json, java.net.http.HttpHeaders headers) {

        public String text(String field) {
            JsonNode node = json == null ? null : json.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer post(String account, String path, String json) {
        return post(account, path, json, null);
    }

    public Answer post(String account, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = request(path, account == null ? null : account, DEMO_PASSWORD)
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public Answer get(String account, String path) {
        return send(request(path, account, DEMO_PASSWORD).GET().build());
    }

    public Answer getWithPassword(String account, String password, String path) {
        return send(request(path, account, password).GET().build());
    }

    public Answer postWithPassword(String account, String password, String path, String json) {
        return send(request(path, account, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (contentType.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), contentType, response.body(), json, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String account, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (account != null) {
            String credentials = account + ":" + password;
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
