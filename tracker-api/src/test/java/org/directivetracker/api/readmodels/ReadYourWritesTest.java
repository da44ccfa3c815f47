package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.support.JsonArrays.element;

import java.net.http.HttpRequest;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Http;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;

/** A write answers its consistency token; a read that sends it back shows the write, with no retry. */
class ReadYourWritesTest extends ApiTest {

    @Test
    void canReadOwnProgressReportRightAfterWritingIt() {
        String id = given.issued(LANG_TRON);
        given.acknowledged(LANG_TRON);

        Answer written = http.post("chair-" + LANG_TRON, "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress",
                "{\"percent\":64,\"note\":\"Đã xong 64/100 hồ sơ\"}");
        String token = written.headers().firstValue(ConsistencyTokens.WRITTEN).orElseThrow();
        Answer status = http.send(read("/api/communes/" + LANG_TRON + "/status", "chair-" + LANG_TRON)
                .header(ConsistencyTokens.AFTER, token).build());

        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(Long.parseLong(token)).isPositive();
        assertThat(status.headers().firstValue(ReadAfterWrite.CAUGHT_UP)).contains("true");
        assertThat(element(status.json().get("assignments"), "directiveId", id).get("percent").asInt()).isEqualTo(64);
    }

    @Test
    void laterWritesAnswerLaterPositions() {
        String id = given.issued(LANG_TRON);
        given.acknowledged(LANG_TRON);
        String progress = "/api/directives/" + id + "/communes/" + LANG_TRON + "/progress";

        Answer first = http.post("chair-" + LANG_TRON, progress, "{\"percent\":10,\"note\":\"Bắt đầu\"}");
        Answer second = http.post("chair-" + LANG_TRON, progress, "{\"percent\":20,\"note\":\"Tiếp tục\"}");

        assertThat(Long.parseLong(second.headers().firstValue(ConsistencyTokens.WRITTEN).orElseThrow()))
                .isGreaterThan(Long.parseLong(first.headers().firstValue(ConsistencyTokens.WRITTEN).orElseThrow()));
    }

    @Test
    void cannotAskToWaitForSomethingThatIsNoPosition() {
        Answer refused = http.send(read("/api/communes/" + LANG_TRON + "/status", "leader")
                .header(ConsistencyTokens.AFTER, "yesterday").build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(ConsistencyTokens.AFTER);
    }

    @Test
    void aReadWithoutATokenWaitsForNothing() {
        Answer status = http.get("leader", "/api/communes/" + LANG_TRON + "/status");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.headers().firstValue(ReadAfterWrite.CAUGHT_UP)).isEmpty();
    }

    private HttpRequest.Builder read(String path, String account) {
        return http.request(path, account, Http.DEMO_PASSWORD).GET();
    }

}
