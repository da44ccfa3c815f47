package org.directivetracker.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.eventhandling.GenericEventMessage;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * June 2025, replayed: a task issued to Láng Tròn and Đất Mũi, due 20/06. Láng Tròn completed it on 10/06; Đất Mũi
 * submitted on 18/06 but the province accepted only after the period was closed. The frozen figures keep what was
 * known at the cut-off; the acceptance shows as a difference beside them.
 */
class PeriodsApiTest extends ApiTest {

    private static final String JUNE = "/api/statistics?from=2025-06-01&to=2025-06-30";

    @Test
    void aClosedPeriodKeepsItsFiguresAndListsALaterAcceptanceAsADifference() {
        String id = UUID.randomUUID().toString();
        at(LocalDate.of(2025, 6, 2), () -> given.send(new IssueDirective(id, new Title("Rà soát hộ nghèo giữa năm"),
                new Description("Rà soát theo Kế hoạch 77/KH-UBND"), "77/KH-UBND", "Lao động - Xã hội", Priority.HIGH,
                new Deadline(LocalDate.of(2025, 6, 20)), java.util.List.of(new CommuneCode(LANG_TRON), new CommuneCode(DAT_MUI)),
                Given.LEADER, UUID.randomUUID().toString())));
        at(LocalDate.of(2025, 6, 10), () -> given.submitCompletion(id, LANG_TRON));
        at(LocalDate.of(2025, 6, 11), () -> accept(id, LANG_TRON));
        at(LocalDate.of(2025, 6, 18), () -> given.submitCompletion(id, DAT_MUI));

        // wait for the last event (the second submission), not only for both communes' rows
        Answer june = Eventually.answer(() -> http.get("leader", JUNE), answer -> answer.json().get("rows").size() == 2
                && row(answer.json().get("rows"), DAT_MUI).get("open").asInt() == 1
                && row(answer.json().get("rows"), LANG_TRON).get("completedOnTime").asInt() == 1);
        assertThat(row(june.json().get("rows"), LANG_TRON).get("completedOnTime").asInt()).isEqualTo(1);
        assertThat(row(june.json().get("rows"), DAT_MUI).get("open").asInt()).as("submitted in time, not yet accepted").isEqualTo(1);

        Answer closed = http.post("leader", "/api/periods/2025-06/close", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.text("digest")).hasSize(64);
        assertThat(closed.text("from")).isEqualTo("2025-06-01");
        assertThat(closed.text("to")).isEqualTo("2025-06-30");

        accept(id, DAT_MUI); // today, long after the cut-off

        // wait for the acceptance itself: the differences can show before every grouping has caught up with it
        Answer period = Eventually.answer(() -> http.get("leader", "/api/periods/2025-06"),
                answer -> answer.json().get("differences").size() > 0
                        && row(answer.json().get("current").get("COMMUNE"), DAT_MUI).get("completedOnTime").asInt() == 1);
        JsonNode report = period.json();
        assertThat(report.get("state").asText()).isEqualTo("CLOSED");
        assertThat(report.get("digest").asText()).isEqualTo(closed.text("digest"));
        assertThat(report.get("closedBy").asText()).isEqualTo("leader");
        JsonNode frozenDatMui = row(report.get("frozen").get("COMMUNE"), DAT_MUI);
        assertThat(frozenDatMui.get("open").asInt()).as("frozen: still open at the cut-off").isEqualTo(1);
        assertThat(frozenDatMui.get("completedOnTime").asInt()).isZero();
        JsonNode currentDatMui = row(report.get("current").get("COMMUNE"), DAT_MUI);
        assertThat(currentDatMui.get("completedOnTime").asInt()).as("now: completed on time, dated by its submission").isEqualTo(1);
        JsonNode difference = row(report.get("differences"), DAT_MUI);
        assertThat(difference.get("by").asText()).isEqualTo("COMMUNE");
        assertThat(difference.get("name").asText()).isEqualTo("Đất Mũi");
        assertThat(difference.get("completedOnTime").asInt()).isEqualTo(1);
        assertThat(difference.get("open").asInt()).isEqualTo(-1);
        assertThat(report.get("differences").findValuesAsText("key")).doesNotContain(LANG_TRON);
        assertThat(report.get("frozenTotal").get("name").asText()).isEqualTo("Toàn tỉnh");

        assertThat(http.post("leader", "/api/periods/2025-06/close", "").status()).as("closed once").isEqualTo(409);
        // the period's stream is audited like any other, but it is no directive: its "state" is not found, not a failure
        assertThat(http.get("auditor", "/api/directives/period-2025-06/verify").json().get("intact").asBoolean()).isTrue();
        assertThat(http.get("auditor", "/api/directives/period-2025-06/state").status()).isEqualTo(404);

        String printed = pdfText("/api/periods/2025-06?format=pdf");
        assertThat(printed).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "từ ngày 01/06/2025 đến ngày 30/06/2025", "Số liệu đã chốt", "Chênh lệch phát sinh sau khi chốt", "Đất Mũi",
                closed.text("digest"));
    }

    private String pdfText(String path) {
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    http.request(path, "leader", "demo").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPeriodThatHasNotEndedCannotBeClosed() {
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        String running = today.getYear() + "-" + String.format("%02d", today.getMonthValue());

        Answer refused = http.post("leader", "/api/periods/" + running + "/close", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(http.get("leader", "/api/periods/" + running).text("state")).isEqualTo("OPEN");
    }

    @Test
    void onlyTheProvinceClosesAPeriodAndCommunesDoNotReadTheProvincesFigures() {
        assertThat(http.post("auditor", "/api/periods/2025-01/close", "").status()).isEqualTo(403);
        assertThat(http.get("chair-" + LANG_TRON, "/api/statistics").status()).isEqualTo(403);
        assertThat(http.get("chair-" + LANG_TRON, "/api/periods/2025-01").status()).isEqualTo(403);
        assertThat(http.get("auditor", "/api/periods/2025-01").status()).isEqualTo(200);
    }

    @Test
    void aPeriodIsNamedByItsMonthAndStatisticsByAKnownGrouping() {
        Answer badPeriod = http.get("leader", "/api/periods/juni");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(http.get("leader", "/api/statistics?by=ward").status()).isEqualTo(400);
        assertThat(http.get("leader", "/api/statistics/trend?weeks=0").status()).isEqualTo(400);
        assertThat(http.get("leader", "/api/statistics?from=2026-05-01&to=2026-04-01").status()).isEqualTo(400);
    }

    @Test
    void theTrendAnswersAPointPerWeekEndingOnSunday() {
        Answer trend = http.get("leader", "/api/statistics/trend?weeks=12");

        assertThat(trend.status()).isEqualTo(200);
        JsonNode weeks = trend.json();
        assertThat(weeks).hasSize(12);
        for (JsonNode week : weeks) {
            assertThat(LocalDate.parse(week.get("weekEnding").asText()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        }
        assertThat(weeks.get(11).get("overdue").asInt()).as("the demo province has overdue tasks").isPositive();
    }

    private void accept(String id, String commune) {
        given.send(new AcceptCompletion(id, new CommuneCode(commune), new Note("Thống nhất"), Given.LEADER, UUID.randomUUID().toString()));
    }

    /** Runs the writes as if it were 09:00 on that day in Cà Mau, as the demo loader replays its scenario. */
    private static void at(LocalDate day, Runnable writes) {
        Clock real = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(ProvinceTime.ZONE).toInstant(), ZoneOffset.UTC);
        try {
            writes.run();
        } finally {
            GenericEventMessage.clock = real;
        }
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }
}
