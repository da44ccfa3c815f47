package org.directivetracker.api.idempotency;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.api.support.RawHttp;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.event.CompletionSubmitted;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.ProgressReported;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.directives.DirectiveWritesTest.fields;

/** Idempotency-Key as Stripe defines it: bound to one endpoint and one body, remembered whatever else happens. */
class IdempotencyKeyTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;

    private static String communePath(String id) {
        return "/api/directives/" + id + "/communes/" + LANG_TRON;
    }

    private static String issueBody(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Theo Công văn số 1456/UBND-KSTT\",\"deadline\":\""
               + Given.inDays(30) + "\",\"communes\":[\"" + LANG_TRON + "\"]}";
    }

    @Test
    void canRetryAWriteAndGetItsFirstAnswerWithoutASecondEvent() {
        String id = given.acknowledged(LANG_TRON);
        String key = UUID.randomUUID().toString();
        String body = "{\"percent\":40,\"note\":\"Đã rà soát 120/300 hồ sơ\"}";

        Answer first = http.post(CHAIR, communePath(id) + "/progress", body, key);
        Answer retry = http.post(CHAIR, communePath(id) + "/progress", body, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED)).hasValue("true");
        assertThat(payloads(id)).filteredOn(ProgressReported.class::isInstance).hasSize(1);
    }

    @Test
    void cannotReuseAKeyOnAnotherEndpoint() {
        String id = given.acknowledged(LANG_TRON);
        String key = UUID.randomUUID().toString();
        http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":90,\"note\":\"Gần xong\"}", key);

        Answer completion = http.post(CHAIR, communePath(id) + "/completion", "{\"summary\":\"Đã hoàn thành\"}", key);

        assertThat(completion.status()).as(completion.toString()).isEqualTo(422);
        assertThat(completion.contentType()).startsWith("application/problem+json");
        assertThat(payloads(id)).noneMatch(CompletionSubmitted.class::isInstance);
    }

    @Test
    void cannotReuseAKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        Answer first = http.post("leader", "/api/directives", issueBody("Số hóa hồ sơ"), key);

        Answer second = http.post("leader", "/api/directives", issueBody("Rà soát hộ nghèo"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(422);
        assertThat(payloads(first.text("id"))).filteredOn(DirectiveIssued.class::isInstance)
                .extracting(event -> ((DirectiveIssued) event).title()).containsExactly("Số hóa hồ sơ");
    }

    @Test
    void canRetryAfterAThousandOtherWritesOnTheDirectiveWithoutASecondEvent() {
        String id = given.acknowledged(LANG_TRON);
        String key = UUID.randomUUID().toString();
        String body = "{\"percent\":10,\"note\":\"Bắt đầu rà soát\"}";
        http.post(CHAIR, communePath(id) + "/progress", body, key);
        for (int i = 0; i < 1001; i++) {
            given.send(new ReportProgress(id, new CommuneCode(LANG_TRON), new Percent(20 + i % 50), new Note("Tiếp tục " + i),
                    Given.chair(LANG_TRON), UUID.randomUUID().toString()));
        }

        Answer retry = http.post(CHAIR, communePath(id) + "/progress", body, key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(payloads(id)).filteredOn(ProgressReported.class::isInstance)
                .filteredOn(event -> ((ProgressReported) event).percent() == 10).hasSize(1);
    }

    @Test
    void canSendARefusedRequestAgainWithTheSameKeyOnceCorrected() {
        String id = given.acknowledged(LANG_TRON);
        String key = UUID.randomUUID().toString();

        Answer refused = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":140,\"note\":\"Sai số\"}", key);
        Answer corrected = http.post(CHAIR, communePath(id) + "/progress", "{\"percent\":40,\"note\":\"Đúng số\"}", key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(payloads(id)).filteredOn(ProgressReported.class::isInstance).hasSize(1);
    }

    @Test
    void cannotSendAKeyOfNonAsciiBytes() {
        String id = given.acknowledged(LANG_TRON);

        Answer vietnamese = RawHttp.post(http, CHAIR, communePath(id) + "/progress",
                "{\"percent\":40,\"note\":\"xong\"}", "khóa-tiến-độ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Answer c1Controls = RawHttp.post(http, CHAIR, communePath(id) + "/progress",
                "{\"percent\":40,\"note\":\"xong\"}", new byte[]{'k', (byte) 0x85, (byte) 0x9b, 'x'});

        assertThat(vietnamese.status()).as(vietnamese.toString()).isEqualTo(400);
        assertThat(vietnamese.json().has("errors")).as(vietnamese.toString()).isTrue();
        assertThat(fields(vietnamese)).containsExactly("Idempotency-Key");
        assertThat(c1Controls.status()).as(c1Controls.toString()).isEqualTo(400);
        assertThat(payloads(id)).noneMatch(ProgressReported.class::isInstance);
    }
}
