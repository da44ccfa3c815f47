package org.directivetracker.api.directives;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.CommuneAssigned;
import org.directivetracker.core.api.event.DeadlineChanged;
import org.directivetracker.core.api.event.DirectiveClosed;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.event.DirectiveWithdrawn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's writes on a directive over HTTP: what they store, and how they refuse. */
public class DirectiveWritesTest extends ApiTest {

    private static String issueBody(String title, String deadline, String... communes) {
        return "{\"title\":" + (title == null ? "null" : "\"" + title + "\"")
                + ",\"description\":\"Thực hiện Công văn số 1234/UBND-VP về thay thế trang thiết bị\""
                + ",\"reference\":\"Công văn số 1234/UBND-VP\",\"field\":\"Cải cách hành chính\",\"priority\":\"HIGH\""
                + ",\"deadline\":" + (deadline == null ? "null" : "\"" + deadline + "\"")
                + ",\"communes\":[" + String.join(",", List.of(communes).stream().map(c -> "\"" + c + "\"").toList()) + "]}";
    }

    @Test
    void canIssueADirectiveThatNamesItsActorInEveryEvent() {
        Answer answer = http.post("leader", "/api/directives",
                issueBody("Rà soát trang thiết bị tại Trung tâm Phục vụ hành chính công", Given.inDays(30).toString(), LANG_TRON, DAT_MUI));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.text("id");
        assertThat(answer.headers().firstValue("Location")).contains("/api/directives/" + id);
        List<DomainEventMessage<?>> events = stream(id);
        assertThat(events).extracting(event -> (Object) event.getPayloadType())
                .containsExactly(DirectiveIssued.class, CommuneAssigned.class, CommuneAssigned.class);
        DirectiveIssued issued = (DirectiveIssued) events.get(0).getPayload();
        assertThat(issued.title()).isEqualTo("Rà soát trang thiết bị tại Trung tâm Phục vụ hành chính công");
        assertThat(issued.reference()).isEqualTo("Công văn số 1234/UBND-VP");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry("account", "leader").containsEntry("role", "PROVINCE");
            assertThat(event.getMetaData().get("requestId")).isNotNull();
        });
    }

    @Test
    void aConfiguredAccountCanIssue() {
        Answer answer = http.postWithPassword("office", "office-secret", "/api/directives",
                issueBody("Công khai thủ tục hành chính", Given.inDays(10).toString(), LANG_TRON));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(stream(answer.text("id")).get(0).getMetaData()).containsEntry("account", "office");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameIdAndStoresNothingMore() {
        String key = UUID.randomUUID().toString();
        String body = issueBody("Số hóa hồ sơ", Given.inDays(30).toString(), LANG_TRON);

        Answer first = http.post("leader", "/api/directives", body, key);
        int eventsAfterFirst = stream(first.text("id")).size();
        Answer retry = http.post("leader", "/api/directives", body, key);
        Answer other = http.post("leader", "/api/directives", body, UUID.randomUUID().toString());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(stream(first.text("id"))).hasSize(eventsAfterFirst);
        assertThat(other.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void aRetriedWithdrawalAddsNoSecondEvent() {
        String id = given.issued(LANG_TRON);
        String key = UUID.randomUUID().toString();

        Answer first = http.post("leader", "/api/directives/" + id + "/withdraw", "{\"reason\":\"Lồng ghép vào kế hoạch khác\"}", key);
        Answer retry = http.post("leader", "/api/directives/" + id + "/withdraw", "{\"reason\":\"Lồng ghép vào kế hoạch khác\"}", key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(payloads(id)).filteredOn(DirectiveWithdrawn.class::isInstance).hasSize(1);
    }

    @Test
    void issuingRefusesEveryBadFieldAtOnce() {
        Answer answer = http.post("leader", "/api/directives", "{\"title\":\" \",\"description\":\"x\",\"communes\":[\"123\"],\"deadline\":null}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).containsExactlyInAnyOrder("title", "deadline", "communes[0]");
    }

    @Test
    void issuingRefusesATooLongTitleAndABadCommuneCode() {
        Answer answer = http.post("leader", "/api/directives", issueBody("T".repeat(201), Given.inDays(5).toString(), LANG_TRON, "12ab5"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("title", "communes[1]");
        assertThat(reasons(answer)).anySatisfy(reason -> assertThat(reason).contains("200"));
    }

    @Test
    void issuingRefusesADeadlineInThePastAndAnUnknownCommune() {
        Answer past = http.post("leader", "/api/directives", issueBody("Số hóa", Given.inDays(-1).toString(), LANG_TRON));
        Answer unknown = http.post("leader", "/api/directives", issueBody("Số hóa", Given.inDays(3).toString(), "99999"));

        assertThat(past.status()).isEqualTo(400);
        assertThat(fields(past)).containsExactly("deadline");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("communes");
    }

    @Test
    void anUnknownPriorityListsTheAllowedValues() {
        Answer answer = http.post("leader", "/api/directives", issueBody("Số hóa", Given.inDays(3).toString(), LANG_TRON)
                .replace("\"HIGH\"", "\"VERY_HIGH\""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactly("priority");
        assertThat(reasons(answer).get(0)).contains("NORMAL", "HIGH", "URGENT");
    }

    @Test
    void canAssignMoreCommunesAndRefusesOnesAlreadyAssigned() {
        String id = given.issued(LANG_TRON);

        Answer assigned = http.post("leader", "/api/directives/" + id + "/communes", "{\"communes\":[\"" + DAT_MUI + "\"]}");
        int events = stream(id).size();
        Answer again = http.post("leader", "/api/directives/" + id + "/communes", "{\"communes\":[\"" + DAT_MUI + "\"]}");

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.text("id")).isEqualTo(id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(DAT_MUI);
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void canChangeTheDeadlineWithAReason() {
        String id = given.issued(LANG_TRON);

        Answer changed = http.post("leader", "/api/directives/" + id + "/deadline",
                "{\"deadline\":\"" + Given.inDays(50) + "\",\"reason\":\"Theo đề nghị của Sở Nội vụ\"}");
        Answer withoutReason = http.post("leader", "/api/directives/" + id + "/deadline", "{\"deadline\":\"" + Given.inDays(60) + "\"}");
        Answer badDate = http.post("leader", "/api/directives/" + id + "/deadline", "{\"deadline\":\"31/12/2026\",\"reason\":\"x\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(payloads(id)).filteredOn(DeadlineChanged.class::isInstance).hasSize(1);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(fields(withoutReason)).containsExactly("reason");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("deadline");
        assertThat(reasons(badDate).get(0)).contains("YYYY-MM-DD");
    }

    @Test
    void everyWriteAfterWithdrawalIsRefusedWith409AndStoresNothing() {
        String id = given.issued(LANG_TRON);
        given.withdraw(id);
        int events = stream(id).size();

        Answer deadline = http.post("leader", "/api/directives/" + id + "/deadline",
                "{\"deadline\":\"" + Given.inDays(50) + "\",\"reason\":\"Gia hạn\"}");
        Answer acknowledge = http.post("chair-" + LANG_TRON, "/api/directives/" + id + "/communes/" + LANG_TRON + "/acknowledge", null);

        assertThat(deadline.status()).isEqualTo(409);
        assertThat(acknowledge.status()).isEqualTo(409);
        assertThat(deadline.json().get("detail").asText()).contains("withdrawn");
        assertThat(stream(id)).hasSize(events);
    }

    @Test
    void closingWithOpenCommunesNeedsANote() {
        String id = given.issued(LANG_TRON);

        Answer withoutNote = http.post("leader", "/api/directives/" + id + "/close", null);
        Answer withNote = http.post("leader", "/api/directives/" + id + "/close", "{\"note\":\"Chuyển sang kế hoạch năm sau\"}");

        assertThat(withoutNote.status()).isEqualTo(409);
        assertThat(withNote.status()).isEqualTo(200);
        assertThat(payloads(id)).filteredOn(DirectiveClosed.class::isInstance).singleElement()
                .extracting(event -> ((DirectiveClosed) event).openCommuneCodes()).asList().containsExactly(LANG_TRON);
    }

    @Test
    void anUnknownDirectiveIs404() {
        Answer answer = http.post("leader", "/api/directives/no-such-directive/withdraw", "{\"reason\":\"trùng lặp\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asText()).contains("no-such-directive");
    }

    public static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : answer.json().get("errors")) {
            fields.add(error.get("field").asText());
        }
        return fields;
    }

    static List<String> reasons(Answer answer) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode error : answer.json().get("errors")) {
            reasons.add(error.get("reason").asText());
        }
        return reasons;
    }
}
