package org.directivetracker.api.directives;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.CompletionAccepted;
import org.directivetracker.core.api.event.CompletionReturned;
import org.directivetracker.core.api.event.ExtensionDenied;
import org.directivetracker.core.api.event.ExtensionGranted;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.event.ObstacleRaised;
import org.directivetracker.core.api.event.ObstacleResolved;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.directives.DirectiveWritesTest.fields;
import static org.directivetracker.api.directives.DirectiveWritesTest.reasons;

/** A commune's reports and the province's answers over HTTP: what they store, and how they refuse. */
class CommuneWritesTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;

    private static String communePath(String id) {
        return "/api/directives/" + id + "/communes/" + LANG_TRON;
    }

    @Test
    void aProgressReportNamesTheCommuneAccountThatSentIt() {
        String id = given.acknowledged(LANG_TRON);

        Answer answer = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":40,\"note\":\"Đã rà soát 120/300 hồ sơ\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("commune")).isEqualTo(LANG_TRON);
        DomainEventMessage<?> event = stream(id).get(stream(id).size() - 1);
        assertThat(event.getPayload()).isEqualTo(new ProgressReported(id, LANG_TRON, 40, "Đã rà soát 120/300 hồ sơ"));
        assertThat(event.getMetaData()).containsEntry("account", CHAIR).containsEntry("role", "COMMUNE")
                .containsEntry("commune", LANG_TRON);
    }

    @Test
    void aProgressReportOutOfRangeOrOfTheWrongTypeIsRefusedAndStoresNothing() {
        String id = given.acknowledged(LANG_TRON);
        int events = stream(id).size();

        Answer tooMuch = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":101,\"note\":\"xong\"}");
        Answer notANumber = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":\"bốn mươi\",\"note\":\"xong\"}");
        Answer noNote = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":40}");

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(fields(tooMuch)).containsExactly("percent");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(fields(notANumber)).containsExactly("percent");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(fields(noNote)).containsExactly("note");
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void acknowledgingTwiceIsAConflict() {
        String id = given.acknowledged(LANG_TRON);
        int events = stream(id).size();

        Answer again = http.post(CHAIR, communePath(id) + "/acknowledge", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("title").asText()).isNotBlank();
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void aCommuneNotAssignedToTheDirectiveIs404() {
        String id = given.issued(DAT_MUI);

        Answer answer = http.post(CHAIR, communePath(id) + "/acknowledge", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(stream(id)).hasSize(2);
    }

    @Test
    void raisingAnObstacleAnswers201WithItsIdAndARetryAnswersTheSameId() {
        String id = given.acknowledged(LANG_TRON);
        String key = UUID.randomUUID().toString();
        String body = "{\"category\":\"DATA_SYSTEMS\",\"description\":\"Phần mềm hộ tịch không đồng bộ với CSDL quốc gia về dân cư\"}";

        Answer first = http.post(CHAIR, communePath(id) + "/obstacles", body, key);
        Answer retry = http.post(CHAIR, communePath(id) + "/obstacles", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("obstacleId")).isNotBlank();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("obstacleId")).isEqualTo(first.text("obstacleId"));
        assertThat(payloads(id)).filteredOn(ObstacleRaised.class::isInstance).singleElement()
                .satisfies(event -> {
                    ObstacleRaised raised = (ObstacleRaised) event;
                    assertThat(raised.obstacleId()).isEqualTo(first.text("obstacleId"));
                    assertThat(raised.category()).isEqualTo("DATA_SYSTEMS");
                });
    }

    @Test
    void anUnknownObstacleCategoryListsTheAllowedOnes() {
        String id = given.acknowledged(LANG_TRON);

        Answer answer = http.post(CHAIR, communePath(id) + "/obstacles", "{\"category\":\"WEATHER\",\"description\":\"Mưa lớn\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("category");
        assertThat(reasons(answer).get(0)).contains("STAFFING", "EQUIPMENT", "FUNDING", "LEGAL_DOCUMENTS", "DATA_SYSTEMS", "OTHER");
    }

    @Test
    void theProvinceCanResolveAnObstacleOnceAndAnUnknownOneIs404() {
        String id = given.acknowledged(LANG_TRON);
        String obstacleId = given.raiseObstacle(id, LANG_TRON);

        Answer resolved = http.post("leader", communePath(id) + "/obstacles/" + obstacleId + "/resolve", "{\"resolution\":\"Sở đã cấp máy scan mới\"}");
        Answer again = http.post(CHAIR, communePath(id) + "/obstacles/" + obstacleId + "/resolve", "{\"resolution\":\"Đã xử lý\"}");
        Answer unknown = http.post(CHAIR, communePath(id) + "/obstacles/no-such-obstacle/resolve", "{\"resolution\":\"Đã xử lý\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("obstacleId")).isEqualTo(obstacleId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(payloads(id)).filteredOn(ObstacleResolved.class::isInstance).hasSize(1);
    }

    @Test
    void anExtensionIsRequestedForALaterDateThenGrantedOrDenied() {
        String granted = given.acknowledged(LANG_TRON);
        String denied = given.acknowledged(LANG_TRON);

        Answer tooEarly = http.post(CHAIR, communePath(granted) + "/extension", "{\"deadline\":\"" + Given.inDays(5) + "\",\"reason\":\"Thiếu người\"}");
        Answer request = http.post(CHAIR, communePath(granted) + "/extension", "{\"deadline\":\"" + Given.inDays(40) + "\",\"reason\":\"Thiếu người\"}");
        Answer secondRequest = http.post(CHAIR, communePath(granted) + "/extension", "{\"deadline\":\"" + Given.inDays(45) + "\",\"reason\":\"Thiếu người\"}");
        Answer grant = http.post("leader", communePath(granted) + "/extension/grant", null);
        http.post(CHAIR, communePath(denied) + "/extension", "{\"deadline\":\"" + Given.inDays(40) + "\",\"reason\":\"Thiếu người\"}");
        Answer deny = http.post("leader", communePath(denied) + "/extension/deny", "{\"reason\":\"Phục vụ kỳ họp HĐND\"}");
        Answer denyAgain = http.post("leader", communePath(denied) + "/extension/deny", "{\"reason\":\"Phục vụ kỳ họp HĐND\"}");

        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(fields(tooEarly)).containsExactly("deadline");
        assertThat(request.status()).isEqualTo(200);
        assertThat(secondRequest.status()).isEqualTo(409);
        assertThat(grant.status()).isEqualTo(200);
        assertThat(payloads(granted)).filteredOn(ExtensionRequested.class::isInstance).hasSize(1);
        assertThat(payloads(granted)).filteredOn(ExtensionGranted.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ExtensionGranted) event).deadline()).isEqualTo(Given.inDays(40)));
        assertThat(deny.status()).isEqualTo(200);
        assertThat(denyAgain.status()).isEqualTo(409);
        assertThat(payloads(denied)).filteredOn(ExtensionDenied.class::isInstance).hasSize(1);
    }

    @Test
    void aSubmissionIsReturnedWithAReasonThenAcceptedOnce() {
        String id = given.acknowledged(LANG_TRON);

        Answer noSummary = http.post(CHAIR, communePath(id) + "/completion", "{}");
        Answer submitted = http.post(CHAIR, communePath(id) + "/completion", "{\"summary\":\"Đã trao 42 giấy chứng nhận\"}");
        Answer returnWithoutReason = http.post("leader", communePath(id) + "/completion/return", "{\"reason\":\"\"}");
        Answer returned = http.post("leader", communePath(id) + "/completion/return", "{\"reason\":\"Thiếu biên bản bàn giao\"}");
        Answer acceptNothing = http.post("leader", communePath(id) + "/completion/accept", null);
        http.post(CHAIR, communePath(id) + "/completion", "{\"summary\":\"Đã bổ sung biên bản\"}");
        Answer accepted = http.post("leader", communePath(id) + "/completion/accept", "{\"note\":\"Thống nhất\"}");
        Answer acceptedAgain = http.post("leader", communePath(id) + "/completion/accept", null);

        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(fields(noSummary)).containsExactly("summary");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(returnWithoutReason.status()).isEqualTo(400);
        assertThat(fields(returnWithoutReason)).containsExactly("reason");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(acceptNothing.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(acceptedAgain.status()).isEqualTo(409);
        List<Object> payloads = payloads(id);
        assertThat(payloads).filteredOn(CompletionReturned.class::isInstance).hasSize(1);
        assertThat(payloads).filteredOn(CompletionAccepted.class::isInstance).hasSize(1);
    }
}
