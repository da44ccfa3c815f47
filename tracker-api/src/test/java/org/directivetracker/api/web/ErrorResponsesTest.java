package org.directivetracker.api.web;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.directives.DirectiveWritesTest.fields;

/** Failures answer RFC 9457 problem documents, and never reveal the service's insides. */
class ErrorResponsesTest extends ApiTest {

    private static void assertIsAPlainProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asText()).isNotBlank();
        assertThat(answer.json().has("type")).isTrue();
        assertThat(answer.body()).doesNotContain("Exception", "exception", "\tat ", "org.springframework", "org.axonframework", "trace");
    }

    @Test
    void withoutCredentialsAWriteIs401WithAProblemAndAChallenge() {
        Answer answer = http.post(null, "/api/directives", "{}");

        assertIsAPlainProblem(answer, 401);
        assertThat(answer.headers().allValues("WWW-Authenticate")).anySatisfy(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIs401() {
        assertIsAPlainProblem(http.getWithPassword("leader", "not-the-password", "/api/directives"), 401);
        assertIsAPlainProblem(http.getWithPassword("nobody", "demo", "/api/directives"), 401);
    }

    @Test
    void anUnknownPathIs404ForASignedInUserAnd401ForAnyoneElse() {
        assertIsAPlainProblem(http.get("leader", "/api/no-such-thing"), 404);
        assertIsAPlainProblem(http.get(null, "/api/no-such-thing"), 401);
    }

    @Test
    void malformedJsonIs400() {
        String id = given.acknowledged(LANG_TRON);

        Answer answer = http.post("chair-" + LANG_TRON, "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress", "{\"percent\": 40, ");

        assertIsAPlainProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("body");
    }

    @Test
    void aMissingBodyIs400() {
        String id = given.issued(LANG_TRON);

        Answer answer = http.post("leader", "/api/directives/" + id + "/withdraw", null);

        assertIsAPlainProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("body");
    }

    @Test
    void aCommunesFieldOfTheWrongTypeIs400() {
        Answer answer = http.post("leader", "/api/directives", "{\"title\":\"x\",\"description\":\"y\",\"deadline\":\"2099-01-01\",\"communes\":{\"a\":1}}");

        assertIsAPlainProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("communes");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"reason\":\"" + "x".repeat(70 * 1024) + "\"}";

        Answer declared = http.post("leader", "/api/directives/any/withdraw", huge);
        Answer chunked = http.send(http.request("/api/directives/any/withdraw", "leader", "demo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build());

        assertIsAPlainProblem(declared, 413);
        assertIsAPlainProblem(chunked, 413);
    }

    @Test
    void aCommuneAccountCannotReadAnotherCommunesPaths() {
        Answer other = http.get("chair-" + LANG_TRON, "/api/communes/" + DAT_MUI + "/status");
        Answer own = http.get("chair-" + LANG_TRON, "/api/communes/" + LANG_TRON + "/status");

        assertIsAPlainProblem(other, 403);
        assertThat(own.status()).isNotIn(401, 403);
    }

    @Test
    void aWrongIdempotencyKeyIs400() {
        // a body that is valid in itself, so the key is the only thing refused
        String body = "{\"title\":\"Số hóa hồ sơ\",\"description\":\"Theo Công văn số 1456/UBND-KSTT\",\"deadline\":\""
                + Given.inDays(30) + "\",\"communes\":[\"" + LANG_TRON + "\"]}";

        Answer answer = http.post("leader", "/api/directives", body, "k".repeat(201));

        assertThat(answer.status()).isEqualTo(400);
        assertIsAPlainProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("Idempotency-Key");
    }

    @Test
    void problemTextsFollowTheClientsLanguageAndAreEnglishWithoutOne() {
        String body = "{\"title\":\"\",\"description\":\"y\",\"deadline\":\"" + Given.inDays(30) + "\",\"communes\":[\"" + LANG_TRON + "\"]}";

        Answer english = http.post("leader", "/api/directives", body);
        Answer vietnamese = http.send(http.request("/api/directives", "leader", "demo")
                .header("Content-Type", "application/json").header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertIsAPlainProblem(english, 400);
        assertIsAPlainProblem(vietnamese, 400);
        assertThat(english.json().get("title").asText()).isEqualTo("Invalid request");
        assertThat(english.json().get("detail").asText()).isEqualTo("1 field is invalid");
        assertThat(vietnamese.json().get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(vietnamese.json().get("detail").asText()).isEqualTo("1 trường không hợp lệ");
        assertThat(fields(vietnamese)).containsExactly("title");
    }

    @Test
    void aDirectiveIdOfOtherCharactersOrOver100IsNoPathWhileAWellFormedUnknownOneIsAnUnknownDirective() {
        String report = "{\"percent\":40,\"note\":\"xong\"}";
        String wellFormed = "a_B.9-".repeat(16) + "zzzz"; // 100 characters
        Answer unknown = http.post("chair-" + LANG_TRON, "/api/directives/" + wellFormed + "/communes/" + LANG_TRON + "/progress", report);
        assertIsAPlainProblem(unknown, 404);
        assertThat(unknown.json().get("detail").asText()).contains(wellFormed);

        String nothingThere = http.get("leader", "/api/no-such-thing").json().get("detail").asText();
        for (String id : List.of("bad!id", "b\u00e1o-c\u00e1o", wellFormed + "z")) {
            String path = "/api/directives/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/communes/" + LANG_TRON + "/progress";
            Answer noPath = http.post("chair-" + LANG_TRON, path, report);
            assertIsAPlainProblem(noPath, 404);
            assertThat(noPath.json().get("detail").asText()).as(id).isEqualTo(nothingThere);
            assertThat(http.get("leader", "/api/directives/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).status()).as(id).isEqualTo(404);
        }
    }
}
