package org.directivetracker.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.DirectiveIssued;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Meetings over HTTP in the shapes of DESIGN.md: the record of a meeting, its notice, the directives it issues. */
class MeetingsApiTest extends ApiTest {
    private static final String LEADER = "leader";
    private static final String TAN_THANH = "32025";

    private String schedule(Instant startsAt, String... communes) {
        Answer created = http.post(LEADER, "/api/meetings", "{\"title\":\"Họp trực tuyến giao ban với các xã, phường\","
                + "\"startsAt\":\"" + startsAt + "\",\"communes\":" + codes(communes) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static String codes(String... communes) {
        List<String> quoted = new ArrayList<>();
        for (String code : communes) {
            quoted.add("\"" + code + "\"");
        }
        return "[" + String.join(",", quoted) + "]";
    }

    private static String newDirectiveConclusion(String... communes) {
        return "{\"text\":\"Giao các xã rà soát hộ nghèo, cận nghèo trước kỳ họp sau.\",\"newDirective\":{"
                + "\"title\":\"Rà soát hộ nghèo, cận nghèo cuối năm\",\"description\":\"Các xã rà soát và báo cáo về tỉnh.\","
                + "\"deadline\":\"" + Given.inDays(30) + "\",\"communes\":" + codes(communes) + "}}";
    }

    private Answer meetingOnceIt(String id, java.util.function.Predicate<Answer> shows) {
        return Eventually.answer(() -> http.get(LEADER, "/api/meetings/" + id), shows);
    }

    private List<Object> directiveIssuedEvents(String directiveId) {
        return stream(directiveId).stream().map(DomainEventMessage::getPayload)
                .filter(DirectiveIssued.class::isInstance).map(Object.class::cast).toList();
    }

    @Test
    void aConclusionNoticeIssuesTheNewDirectiveOnceWithItsOrigin() {
        String id = schedule(Instant.now().plus(1, ChronoUnit.HOURS), LANG_TRON, DAT_MUI, TAN_THANH);
        assertThat(id).startsWith("meeting-");
        assertThat(http.post(LEADER, "/api/meetings/" + id + "/attendance",
                "{\"commune\":\"" + LANG_TRON + "\",\"present\":true,\"representative\":\"Chủ tịch UBND xã\"}").status())
                .isEqualTo(200);
        Answer withDirective = http.post(LEADER, "/api/meetings/" + id + "/conclusions", newDirectiveConclusion(LANG_TRON, DAT_MUI));
        assertThat(withDirective.status()).as(withDirective.toString()).isEqualTo(201);
        String conclusionId = withDirective.text("conclusionId");
        assertThat(http.post(LEADER, "/api/meetings/" + id + "/conclusions",
                "{\"text\":\"Đôn đốc xã Tân Thành hoàn thành đúng hạn.\",\"commune\":\"" + TAN_THANH + "\"}").status()).isEqualTo(201);

        String key = UUID.randomUUID().toString();
        Answer notice = http.post(LEADER, "/api/meetings/" + id + "/notice", "{\"number\":\"125/TB-UBND\"}", key);
        Answer retried = http.post(LEADER, "/api/meetings/" + id + "/notice", "{\"number\":\"125/TB-UBND\"}", key);

        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.text("number")).isEqualTo("125/TB-UBND");
        assertThat(notice.json().get("directiveIds")).hasSize(1);
        String directiveId = notice.json().get("directiveIds").get(0).asText();
        assertThat(retried.json()).isEqualTo(notice.json());
        assertThat(directiveIssuedEvents(directiveId)).hasSize(1);
        assertThat(((DirectiveIssued) directiveIssuedEvents(directiveId).get(0)).origin().conclusionId()).isEqualTo(conclusionId);

        Answer directive = Eventually.answer(() -> http.get(LEADER, "/api/directives?commune=" + DAT_MUI),
                answer -> answer.status() == 200 && answer.body().contains(directiveId));
        JsonNode summary = null;
        for (JsonNode node : directive.json()) {
            if (node.get("id").asText().equals(directiveId)) {
                summary = node;
            }
        }
        assertThat(summary.get("origin").get("meetingId").asText()).isEqualTo(id);
        assertThat(summary.get("origin").get("conclusionId").asText()).isEqualTo(conclusionId);
        assertThat(summary.get("reference").asText()).isEqualTo("125/TB-UBND");

        Answer meeting = meetingOnceIt(id, answer -> answer.json().get("conclusions").get(0).get("directiveIssued").asBoolean());
        assertThat(meeting.text("state")).isEqualTo("CONCLUDED");
        assertThat(meeting.json().get("notice").get("number").asText()).isEqualTo("125/TB-UBND");
        assertThat(meeting.json().get("conclusions").get(0).get("issuedDirectiveId").asText()).isEqualTo(directiveId);
        assertThat(meeting.json().get("conclusions").get(1).get("commune").asText()).isEqualTo(TAN_THANH);
        assertThat(meeting.json().get("attendance").get(0).get("representative").asText()).isEqualTo("Chủ tịch UBND xã");
        assertThat(meeting.json().get("agenda")).hasSize(3);
    }

    private java.net.http.HttpResponse<byte[]> download(String path, String accept) throws Exception {
        java.net.http.HttpRequest request = http.request(path, LEADER, "demo").header("Accept", accept).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theNoticeDownloadsAsPdfAndDocxWithItsNumberPlaceAndConclusions() throws Exception {
        String id = schedule(Instant.now().plus(90, ChronoUnit.MINUTES), LANG_TRON, DAT_MUI);
        http.post(LEADER, "/api/meetings/" + id + "/conclusions", newDirectiveConclusion(LANG_TRON, DAT_MUI));
        String path = "/api/meetings/" + id + "/notice";
        assertThat(download(path, "application/pdf").statusCode()).as("no notice yet").isEqualTo(404);
        http.post(LEADER, path, "{\"number\":\"131/TB-UBND\"}");
        meetingOnceIt(id, answer -> !answer.json().get("notice").isNull());

        var pdf = download(path, "application/pdf");
        var docx = download(path, MeetingController.DOCX_VALUE);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("thong-bao-131-TB-UBND.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            // the issuing body and the task's line wrap in the layout: the parts are checked line by line
            assertThat(text).contains("Số: 131/TB-UBND", "Cà Mau, ngày", "ỦY BAN NHÂN DÂN TỈNH", "CÀ MAU",
                    "Giao các xã rà soát hộ nghèo, cận nghèo trước kỳ họp sau.", "Láng Tròn, Đất Mũi");
        }
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(download(path, "application/json").statusCode()).isEqualTo(406);
        assertThat(http.get("chair-" + LANG_TRON, path + "?format=pdf").status()).isEqualTo(403);
    }

    @Test
    void theNoticeIsIssuedOnceAndClosesTheMeetingsRecord() {
        String id = schedule(Instant.now().plus(2, ChronoUnit.HOURS), LANG_TRON);
        http.post(LEADER, "/api/meetings/" + id + "/conclusions", "{\"text\":\"Tiếp tục theo dõi.\"}");
        assertThat(http.post(LEADER, "/api/meetings/" + id + "/notice", "{\"number\":\"126/TB-UBND\"}").status()).isEqualTo(200);

        Answer again = http.post(LEADER, "/api/meetings/" + id + "/notice", "{\"number\":\"127/TB-UBND\"}");
        Answer conclusionAfter = http.post(LEADER, "/api/meetings/" + id + "/conclusions", "{\"text\":\"Bổ sung.\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("126/TB-UBND");
        assertThat(conclusionAfter.status()).isEqualTo(409);
    }

    @Test
    void attendanceOfACommuneNotInvitedIsRefused() {
        String id = schedule(Instant.now().plus(3, ChronoUnit.HOURS), LANG_TRON);

        Answer refused = http.post(LEADER, "/api/meetings/" + id + "/attendance", "{\"commune\":\"" + DAT_MUI + "\",\"present\":true}");

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aNoticeNumberThatIsNoNumberAndSymbolIsRefusedNamingItsField() {
        String id = schedule(Instant.now().plus(3, ChronoUnit.HOURS), LANG_TRON);

        Answer refused = http.post(LEADER, "/api/meetings/" + id + "/notice", "{\"number\":\"thông báo\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("number");
    }

    @Test
    void aMeetingNeverScheduledIsNotFound() {
        assertThat(http.get(LEADER, "/api/meetings/meeting-none").status()).isEqualTo(404);
        assertThat(http.post(LEADER, "/api/meetings/meeting-none/conclusions", "{\"text\":\"Không có\"}").status()).isEqualTo(404);
    }

    @Test
    void theProvinceWritesTheProvinceAndAuditorsReadCommunesAndDepartmentsNeither() {
        String id = schedule(Instant.now().plus(4, ChronoUnit.HOURS), LANG_TRON);
        String conclusion = "{\"text\":\"Tiếp tục theo dõi.\"}";
        meetingOnceIt(id, answer -> answer.status() == 200);

        assertThat(http.get("auditor", "/api/meetings").status()).isEqualTo(200);
        assertThat(http.get("auditor", "/api/meetings/" + id).status()).isEqualTo(200);
        for (String other : List.of("chair-" + LANG_TRON, "dept-SXD")) {
            assertThat(http.get(other, "/api/meetings").status()).as(other).isEqualTo(403);
            assertThat(http.get(other, "/api/meetings/" + id).status()).as(other).isEqualTo(403);
        }
        for (String other : List.of("auditor", "chair-" + LANG_TRON, "dept-SXD")) {
            assertThat(http.post(other, "/api/meetings/" + id + "/conclusions", conclusion).status()).as(other).isEqualTo(403);
            assertThat(http.post(other, "/api/meetings", "{\"title\":\"Họp\",\"startsAt\":\"" + Instant.now() + "\"}").status())
                    .as(other).isEqualTo(403);
        }
    }

    @Test
    void anAuditorReplaysAMeetingsHistoryWithItsHashChain() {
        String id = schedule(Instant.now().plus(5, ChronoUnit.HOURS), LANG_TRON);
        http.post(LEADER, "/api/meetings/" + id + "/conclusions", "{\"text\":\"Tiếp tục theo dõi.\"}");

        Answer history = http.get("auditor", "/api/directives/" + id + "/history");
        Answer verified = http.get("auditor", "/api/directives/" + id + "/verify");
        Answer state = http.get("auditor", "/api/directives/" + id + "/state");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("events")).extracting(entry -> entry.get("type").asText())
                .containsExactly("MeetingScheduled", "ConclusionRecorded");
        assertThat(history.json().get("events").get(1).get("hash").asText()).isNotBlank();
        assertThat(history.json().get("events").get(1).get("actor").get("account").asText()).isEqualTo(LEADER);
        assertThat(verified.json().get("intact").asBoolean()).isTrue();
        assertThat(verified.json().get("events").asInt()).isEqualTo(2);
        assertThat(state.status()).isEqualTo(404);
    }

    @Test
    void everyCommuneIsInvitedWhenNoneIsNamedAndTheAgendaPutsThoseWithWorkToRaiseFirst() {
        Answer created = http.post(LEADER, "/api/meetings", "{\"title\":\"Giao ban toàn tỉnh\",\"startsAt\":\""
                + Instant.now().plus(6, ChronoUnit.HOURS) + "\"}");
        String id = created.text("id");

        Answer meeting = meetingOnceIt(id, answer -> answer.status() == 200);

        assertThat(meeting.json().get("communes")).hasSize(64);
        JsonNode agenda = meeting.json().get("agenda");
        assertThat(agenda).hasSize(64);
        boolean quietSeen = false;
        for (JsonNode item : agenda) {
            boolean toRaise = item.get("overdue").size() + item.get("dueSoon").size() + item.get("obstacles").size() > 0;
            assertThat(toRaise && quietSeen).as("a commune with work to raise after one without").isFalse();
            quietSeen |= !toRaise;
        }
        assertThat(agenda.get(0).get("overdue").size() + agenda.get(0).get("obstacles").size()).isPositive();
    }

    @Test
    void theBriefingCountsItsChangesFromThePreviousMeetingByDefault() {
        Instant justBefore = Instant.now().minus(1, ChronoUnit.MINUTES);
        String id = schedule(justBefore, LANG_TRON);
        meetingOnceIt(id, answer -> answer.status() == 200);
        LocalDate meetingDay = ProvinceTime.dateOf(justBefore);

        Answer briefing = http.get(LEADER, "/api/briefing");
        Answer asked = http.get(LEADER, "/api/briefing?since=" + meetingDay.minusDays(3));

        assertThat(briefing.text("since")).isEqualTo(meetingDay.toString());
        assertThat(asked.text("since")).isEqualTo(meetingDay.minusDays(3).toString());
    }
}
