package org.directivetracker.api.web;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen classes of bad input, fed to every write endpoint that takes a body (where the class applies: a date
 * class to the endpoints with a date), and bad query values to every read endpoint: each answer is a 4xx problem
 * document, never a 5xx, and nothing is stored.
 */
class BadInputTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String TEXT = "$T";
    private static final String DATE = "$D";
    private static final String NUMBER = "$N";

    /** A class of bad input: how it spoils a body template, and which placeholder it needs to apply. */
    private record BadInput(String name, String needs, UnaryOperator<String> spoil, String contentType) {
        static BadInput of(String name, String needs, UnaryOperator<String> spoil) {
            return new BadInput(name, needs, spoil, "application/json");
        }
    }

    private static final List<BadInput> CLASSES = List.of(
            BadInput.of("malformed JSON", null, body -> body.substring(0, body.length() - 1)),
            BadInput.of("trailing tokens after the object", null, body -> body + " {\"x\":1}"),
            BadInput.of("not an object", null, body -> "[" + body + "]"),
            BadInput.of("number for a text", TEXT, body -> body.replace("\"$T\"", "123")),
            BadInput.of("lone surrogate", TEXT, body -> body.replace("$T", "a\\ud800b")),
            BadInput.of("control character", TEXT, body -> body.replace("$T", "a\\u0000b\\u001b[31mc")),
            BadInput.of("bidi override", TEXT, body -> body.replace("$T", "gpj.\\u202eexe")),
            BadInput.of("blank-looking text", TEXT, body -> body.replace("$T", "\\u200b\\u200c\\u2060")),
            BadInput.of("text too long", TEXT, body -> body.replace("$T", "x".repeat(10_001))),
            BadInput.of("number for a date", DATE, body -> body.replace("\"$D\"", "20270630")),
            BadInput.of("timestamp for a date", DATE, body -> body.replace("$D", "2027-06-30T00:00:00Z")),
            BadInput.of("date in an absurd year", DATE, body -> body.replace("$D", "+99999-01-01")),
            BadInput.of("text for a number", NUMBER, body -> body.replace("$N", "\"50\"")),
            BadInput.of("fraction for a whole number", NUMBER, body -> body.replace("$N", "50.5")),
            new BadInput("not JSON at all", null, body -> body, "text/plain"),
            BadInput.of("body over the size limit", null, body -> body.replace("$T", "x".repeat(70_000))));

    private String id;
    private String obstacleId;

    @BeforeEach
    void directiveWaitingOnEveryDecision() {
        id = given.acknowledged(LANG_TRON);
        obstacleId = given.raiseObstacle(id, LANG_TRON);
        given.requestExtension(id, LANG_TRON);
        given.submitCompletion(id, LANG_TRON);
    }

    private record Endpoint(String account, String path, String template) {
    }

    private List<Endpoint> writeEndpoints() {
        String directive = "/api/directives/" + id;
        String assignment = directive + "/communes/" + LANG_TRON;
        return List.of(
                new Endpoint("leader", "/api/directives", "{\"title\":\"$T\",\"description\":\"$T\",\"reference\":\"$T\","
                        + "\"deadline\":\"$D\",\"communes\":[\"" + LANG_TRON + "\"]}"),
                new Endpoint("leader", directive + "/communes", "{\"communes\":[\"$T\"]}"),
                new Endpoint("leader", directive + "/deadline", "{\"deadline\":\"$D\",\"reason\":\"$T\"}"),
                new Endpoint("leader", directive + "/withdraw", "{\"reason\":\"$T\"}"),
                new Endpoint("leader", directive + "/close", "{\"note\":\"$T\"}"),
                new Endpoint(CHAIR, assignment + "/progress", "{\"percent\":$N,\"note\":\"$T\"}"),
                new Endpoint(CHAIR, assignment + "/obstacles", "{\"category\":\"EQUIPMENT\",\"description\":\"$T\"}"),
                new Endpoint(CHAIR, assignment + "/obstacles/" + obstacleId + "/resolve", "{\"resolution\":\"$T\"}"),
                new Endpoint(CHAIR, assignment + "/extension", "{\"deadline\":\"$D\",\"reason\":\"$T\"}"),
                new Endpoint("leader", assignment + "/extension/grant", "{\"deadline\":\"$D\",\"note\":\"$T\"}"),
                new Endpoint("leader", assignment + "/extension/deny", "{\"reason\":\"$T\"}"),
                new Endpoint(CHAIR, assignment + "/completion", "{\"summary\":\"$T\"}"),
                new Endpoint("leader", assignment + "/completion/accept", "{\"note\":\"$T\"}"),
                new Endpoint("leader", assignment + "/completion/return", "{\"reason\":\"$T\"}"));
    }

    /** The template made valid, to show that only the spoiled part is refused. */
    private static String valid(String template) {
        return template.replace("$T", "Hợp lệ").replace("$D", java.time.LocalDate.now().plusDays(60).toString())
                .replace("$N", "50");
    }

    @Test
    void cannotWriteWithAnyClassOfBadInput() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : writeEndpoints()) {
            for (BadInput bad : CLASSES) {
                if (bad.needs() != null && !endpoint.template().contains(bad.needs())) {
                    continue;
                }
                String body = bad.spoil().apply(endpoint.template());
                body = valid(body);
                int eventsBefore = stream(id).size();
                Answer answer = http.send(http.request(endpoint.path(), endpoint.account(), "demo")
                        .header("Content-Type", bad.contentType())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
                tried++;
                if (!isProblem(answer, 400, 499) || stream(id).size() != eventsBefore) {
                    failures.add(bad.name() + " at " + endpoint.path() + ": " + answer.status() + " "
                                 + abbreviated(answer.body()) + ", events " + eventsBefore + " -> " + stream(id).size());
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(14 * 8);
        assertThat(failures).isEmpty();
    }

    @Test
    void cannotReadWithABadQueryValue() {
        String directive = "/api/directives/" + id;
        List<String> badReads = List.of(
                "/api/communes?asOf=" + encoded("+999999999-12-31"),
                "/api/communes?asOf=2026-13-45",
                "/api/communes/" + LANG_TRON + "/status?asOf=" + encoded("-999999999-01-01"),
                "/api/communes/" + LANG_TRON + "/status?asOf=2026-11-30T00:00:00Z",
                "/api/directives?asOf=1899-12-31",
                "/api/directives?timeliness=LATE",
                "/api/directives?stage=" + encoded("'; drop"),
                directive + "?asOf=" + encoded("+999999999-12-31"),
                "/api/obstacles?asOf=99999-01-01",
                "/api/obstacles?open=maybe",
                "/api/obstacles?category=WEATHER",
                "/api/briefing?date=" + encoded("+999999999-01-01"),
                "/api/briefing?date=" + encoded("-999999999-01-01"),
                "/api/briefing?date=2026-11-30&since=2026-12-05",
                directive + "/history?from=-1",
                directive + "/history?from=99999999999999999999",
                directive + "/history?limit=0",
                directive + "/history?limit=2147483648",
                directive + "/state?at=" + encoded("+1000000000-01-01T00:00:00Z"),
                directive + "/state?at=" + encoded("-1000000000-01-01T00:00:00Z"),
                directive + "/state?at=2026-11-30",
                directive + "/state?sequence=-5",
                directive + "/state?sequence=abc");
        List<String> failures = new ArrayList<>();
        for (String path : badReads) {
            Answer answer = http.get("leader", path);
            if (!isProblem(answer, 400, 400)) {
                failures.add(path + ": " + answer.status() + " " + abbreviated(answer.body()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void canReadAHistoryFromASequenceNoStreamReaches() {
        Answer answer = http.get("leader", "/api/directives/" + id + "/history?from=9223372036854775807");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("events")).isEmpty();
    }

    private static boolean isProblem(Answer answer, int lowest, int highest) {
        return answer.status() >= lowest && answer.status() <= highest
               && answer.contentType().startsWith("application/problem+json") && answer.json() != null
               && answer.json().get("status").asInt() == answer.status();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
