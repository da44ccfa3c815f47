package org.directivetracker.api.operations;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the IT office's monitoring sees: an open health probe, details and metrics behind login, the API description. */
class OperationsTest extends ApiTest {

    @Test
    void healthIsOpenButOnlyTheProvinceSeesDetails() {
        // up once the views were read after the start (on this small store, at once)
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(null, "/actuator/health").status() == 200);
        Answer anonymous = http.get(null, "/actuator/health");
        Answer chair = http.get("chair-" + LANG_TRON, "/actuator/health");
        Answer leader = http.get("leader", "/actuator/health");

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text("status")).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();
        assertThat(chair.json().has("components")).isFalse();
        assertThat(leader.json().get("components").get("eventStore").get("status").asText()).isEqualTo("UP");
        assertThat(leader.json().get("components").get("views").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsNeedALogin() {
        assertThat(http.get(null, "/actuator/metrics").status()).isEqualTo(401);
        assertThat(http.get("leader", "/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionListsTheWrites() {
        Answer docs = http.get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/directives")).isTrue();
        assertThat(docs.json().get("paths").has("/api/directives/{id}/communes/{code}/progress")).isTrue();
    }

    @Test
    void theApiDescriptionNamesTheIdempotencyKeyAndNotTheServersOwnArguments() {
        Answer docs = http.get(null, "/v3/api-docs");

        List<String> progress = new ArrayList<>();
        docs.json().get("paths").get("/api/directives/{id}/communes/{code}/progress").get("post").get("parameters")
                .forEach(parameter -> progress.add(parameter.get("in").asText() + ":" + parameter.get("name").asText()));
        assertThat(progress).containsExactlyInAnyOrder("path:id", "path:code", "header:Idempotency-Key");
        assertThat(docs.body()).doesNotContain("\"name\":\"actor\"", "\"name\":\"requestId\"");
    }
}
