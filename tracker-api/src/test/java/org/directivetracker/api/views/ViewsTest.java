package org.directivetracker.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.directivetracker.api.pages.ProjectionCatchUp;
import org.directivetracker.api.support.Eventually;
import static org.directivetracker.api.support.JsonArrays.element;
import static org.directivetracker.api.support.JsonArrays.has;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.Percent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** The read endpoints over HTTP: shapes of DESIGN.md, filters, dates, errors and what each account may read. */
class ViewsTest extends ApiTest {

    @Autowired
    private TimelinessRules rules;
    @Autowired
    private ProjectionCatchUp views;

    /** The first day a deadline is past: a deadline on a day off counts until the end of the next working day. */
    private LocalDate dayAfterTheLastDayOf(LocalDate deadline) {
        return rules.calendar().lastDayFor(deadline).plusDays(1);
    }

    private static final String LEADER = "leader";
    private static final String AUDITOR = "auditor";
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String OTHER_CHAIR = "chair-" + DAT_MUI;

    // the registry

    @Test
    void theRegistryListsEveryCommuneWithItsCountsPerTimeliness() {
        Answer registry = http.get(LEADER, "/api/communes");

        assertThat(registry.status()).isEqualTo(200);
        assertThat(registry.json()).hasSize(64);
        JsonNode langTron = element(registry.json(), "code", LANG_TRON);
        assertThat(langTron.get("name").asText()).isEqualTo("Láng Tròn");
        assertThat(langTron.get("type").asText()).isEqualTo("phuong");
        assertThat(fieldNames(langTron.get("counts"))).containsExactly(
                "ON_TRACK", "DUE_SOON", "OVERDUE", "COMPLETED_ON_TIME", "COMPLETED_LATE");
    }

    @Test
    void theRegistrySearchIgnoresDiacritics() {
        Answer found = http.get(LEADER, "/api/communes?search=dat%20mui");

        assertThat(codes(found.json(), "code")).containsExactly(DAT_MUI);
    }

    @Test
    void theRegistryCountsANewAssignment() {
        int before = http.get(LEADER, "/api/communes?search=" + DAT_MUI).json().get(0).get("counts").get("ON_TRACK").asInt();

        given.issued(DAT_MUI);

        Eventually.answer(() -> http.get(LEADER, "/api/communes?search=" + DAT_MUI),
                answer -> answer.json().get(0).get("counts").get("ON_TRACK").asInt() == before + 1);
    }

    // commune status

    @Test
    void aCommunesStatusShowsANewlyIssuedDirective() {
        String id = given.issued(LANG_TRON);

        Answer status = Eventually.answer(() -> http.get(LEADER, "/api/communes/" + LANG_TRON + "/status"),
                answer -> has(answer.json().get("assignments"), "directiveId", id));

        assertThat(status.text("code")).isEqualTo(LANG_TRON);
        assertThat(status.text("name")).isEqualTo("Láng Tròn");
        assertThat(fieldNames(status.json().get("counts"))).contains("ON_TRACK", "OVERDUE");
        JsonNode assignment = element(status.json().get("assignments"), "directiveId", id);
        assertThat(assignment.get("title").asText()).isEqualTo("Số hóa hồ sơ thủ tục hành chính");
        assertThat(assignment.get("stage").asText()).isEqualTo("ASSIGNED");
        assertThat(assignment.get("timeliness").asText()).isEqualTo("ON_TRACK");
        assertThat(assignment.get("percent").asInt()).isZero();
        assertThat(assignment.get("deadline").asText()).isEqualTo(Given.inDays(20).toString());
        assertThat(assignment.get("blocked").asBoolean()).isFalse();
        assertThat(assignment.get("openObstacles").asInt()).isZero();
    }

    @Test
    void aCommunesStatusIsJudgedAsOfTheDayAsked() {
        String id = given.issued(LANG_TRON);
        Eventually.answer(() -> http.get(LEADER, "/api/communes/" + LANG_TRON + "/status"),
                answer -> has(answer.json().get("assignments"), "directiveId", id));

        Answer dueSoon = http.get(LEADER, "/api/communes/" + LANG_TRON + "/status?asOf=" + Given.inDays(18));
        Answer overdue = http.get(LEADER, "/api/communes/" + LANG_TRON + "/status?asOf=" + Given.inDays(25));

        assertThat(element(dueSoon.json().get("assignments"), "directiveId", id).get("timeliness").asText()).isEqualTo("DUE_SOON");
        assertThat(element(overdue.json().get("assignments"), "directiveId", id).get("timeliness").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.json().get("counts").get("OVERDUE").asInt()).isPositive();
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        Answer unknown = http.get(LEADER, "/api/communes/99999/status");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(unknown.text("detail")).contains("99999");
    }

    @Test
    void aBadDateIsRefusedNamingTheField() {
        Answer badDate = http.get(LEADER, "/api/communes/" + LANG_TRON + "/status?asOf=31-12-2026");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(errorFields(badDate)).containsExactly("asOf");
        assertThat(badDate.json().get("errors").get(0).get("reason").asText()).contains("YYYY-MM-DD");
    }

    // directive progress and lists

    @Test
    void aDirectivesProgressHasARowPerCommuneAndTheRollUp() {
        String id = given.issued(LANG_TRON, DAT_MUI);
        given.send(new ReportProgress(id, new CommuneCode(LANG_TRON), new Percent(40), new Note("Đã rà soát 120/300 hồ sơ"),
                Given.chair(LANG_TRON), UUID.randomUUID().toString()));

        Answer progress = Eventually.answer(() -> http.get(LEADER, "/api/directives/" + id),
                answer -> answer.status() == 200 && element(answer.json().get("communes"), "code", LANG_TRON).get("percent").asInt() == 40);

        assertThat(progress.text("id")).isEqualTo(id);
        assertThat(progress.text("title")).isEqualTo("Số hóa hồ sơ thủ tục hành chính");
        assertThat(progress.text("reference")).isEqualTo("Công văn số 1456/UBND-KSTT");
        assertThat(progress.text("deadline")).isEqualTo(Given.inDays(20).toString());
        assertThat(progress.text("state")).isEqualTo("ACTIVE");
        assertThat(codes(progress.json().get("communes"), "code")).containsExactly(LANG_TRON, DAT_MUI);
        JsonNode row = element(progress.json().get("communes"), "code", LANG_TRON);
        assertThat(fieldNames(row)).contains("code", "name", "stage", "timeliness", "percent", "deadline", "originalDeadline",
                "blocked", "openObstacles", "lastReportAt");
        assertThat(row.get("name").asText()).isEqualTo("Láng Tròn");
        assertThat(row.get("stage").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row.get("lastReportAt").asText()).isNotBlank();
        assertThat(progress.json().get("summary").get("assigned").asInt()).isEqualTo(2);
        assertThat(progress.json().get("summary").get("onTrack").asInt()).isEqualTo(2);
    }

    @Test
    void aDirectivesProgressIsJudgedAsOfTheDayAsked() {
        String id = given.issued(LANG_TRON);
        Eventually.answer(() -> http.get(LEADER, "/api/directives/" + id), answer -> answer.status() == 200);

        Answer late = http.get(LEADER, "/api/directives/" + id + "?asOf=" + dayAfterTheLastDayOf(Given.inDays(20)));

        assertThat(element(late.json().get("communes"), "code", LANG_TRON).get("timeliness").asText()).isEqualTo("OVERDUE");
        assertThat(late.json().get("summary").get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownDirectiveIsNotFound() {
        Answer unknown = http.get(LEADER, "/api/directives/no-such-directive");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("no-such-directive");
    }

    @Test
    void theDirectiveListFiltersByCommuneStageTimelinessAndSearch() {
        String toBoth = given.issued(LANG_TRON, DAT_MUI);
        String acknowledged = given.acknowledged(DAT_MUI);
        Eventually.answer(() -> http.get(LEADER, "/api/directives"), answer -> ids(answer).containsAll(List.of(toBoth, acknowledged)));

        List<String> ofLangTron = ids(http.get(LEADER, "/api/directives?commune=" + LANG_TRON));
        List<String> inProgress = ids(http.get(LEADER, "/api/directives?commune=" + DAT_MUI + "&stage=IN_PROGRESS"));
        List<String> overdueLater = ids(http.get(LEADER, "/api/directives?timeliness=OVERDUE&asOf=" + Given.inDays(30)));
        List<String> onTrackLater = ids(http.get(LEADER, "/api/directives?timeliness=ON_TRACK&asOf=" + Given.inDays(30)));
        List<String> searched = ids(http.get(LEADER, "/api/directives?search=so%20hoa%20ho%20so"));

        assertThat(ofLangTron).contains(toBoth).doesNotContain(acknowledged);
        assertThat(inProgress).contains(acknowledged).doesNotContain(toBoth);
        assertThat(overdueLater).contains(toBoth, acknowledged);
        assertThat(onTrackLater).doesNotContain(toBoth, acknowledged);
        assertThat(searched).contains(toBoth, acknowledged);
        JsonNode summary = element(http.get(LEADER, "/api/directives?commune=" + LANG_TRON).json(), "id", toBoth);
        assertThat(fieldNames(summary)).contains("id", "title", "deadline", "state");
        assertThat(codes(summary.get("communes"), "code")).containsExactly(LANG_TRON);
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        Answer badTimeliness = http.get(LEADER, "/api/directives?timeliness=LATE");
        Answer badStage = http.get(LEADER, "/api/directives?stage=DONE");
        Answer badCommune = http.get(LEADER, "/api/directives?commune=abc");
        Answer badCategory = http.get(LEADER, "/api/obstacles?category=WEATHER");

        assertThat(List.of(badTimeliness.status(), badStage.status(), badCommune.status(), badCategory.status())).containsOnly(400);
        assertThat(errorFields(badTimeliness)).containsExactly("timeliness");
        assertThat(badTimeliness.json().get("errors").get(0).get("reason").asText()).contains("OVERDUE");
        assertThat(errorFields(badStage)).containsExactly("stage");
        assertThat(errorFields(badCommune)).containsExactly("commune");
        assertThat(errorFields(badCategory)).containsExactly("category");
    }

    // obstacles

    @Test
    void theObstacleRegisterListsAnOpenObstacleAndFiltersIt() {
        String id = given.acknowledged(LANG_TRON);
        String obstacleId = given.raiseObstacle(id, LANG_TRON);

        Answer open = Eventually.answer(() -> http.get(LEADER, "/api/obstacles?open=true&commune=" + LANG_TRON),
                answer -> has(answer.json(), "obstacleId", obstacleId));

        JsonNode obstacle = element(open.json(), "obstacleId", obstacleId);
        assertThat(obstacle.get("directiveId").asText()).isEqualTo(id);
        assertThat(obstacle.get("communeCode").asText()).isEqualTo(LANG_TRON);
        assertThat(obstacle.get("communeName").asText()).isEqualTo("Láng Tròn");
        assertThat(obstacle.get("category").asText()).isEqualTo("EQUIPMENT");
        assertThat(obstacle.get("description").asText()).isEqualTo("Máy scan hư hỏng");
        assertThat(obstacle.get("open").asBoolean()).isTrue();
        assertThat(obstacle.get("ageDays").asInt()).isZero();
        assertThat(ids(http.get(LEADER, "/api/obstacles?category=EQUIPMENT"), "obstacleId")).contains(obstacleId);
        assertThat(ids(http.get(LEADER, "/api/obstacles?category=FUNDING"), "obstacleId")).doesNotContain(obstacleId);
        assertThat(ids(http.get(LEADER, "/api/obstacles?open=false"), "obstacleId")).doesNotContain(obstacleId);
        assertThat(ids(http.get(LEADER, "/api/obstacles?commune=" + DAT_MUI), "obstacleId")).doesNotContain(obstacleId);
        Answer ofDirective = http.get(LEADER, "/api/obstacles?directive=" + id);
        assertThat(ids(ofDirective, "obstacleId")).containsExactly(obstacleId);
        assertThat(ofDirective.json().get(0)).isEqualTo(obstacle);
        assertThat(http.get(LEADER, "/api/obstacles?directive=" + id + "&commune=" + DAT_MUI).json()).isEmpty();
        assertThat(element(http.get(LEADER, "/api/communes/" + LANG_TRON + "/status").json().get("assignments"), "directiveId", id)
                .get("blocked").asBoolean()).isTrue();
    }

    // briefing

    @Test
    void theBriefingRaisesOverdueAssignmentsObstaclesRankingAndChanges() {
        String id = given.acknowledged(LANG_TRON);
        String obstacleId = given.raiseObstacle(id, LANG_TRON);
        LocalDate today = Given.inDays(0);
        LocalDate meeting = dayAfterTheLastDayOf(Given.inDays(20)).plusDays(1);
        String path = "/api/briefing?date=" + meeting + "&since=" + today;

        Answer briefing = Eventually.answer(() -> http.get(LEADER, path),
                // three read models feed the briefing, each on its own processor: wait for all of them
                answer -> has(answer.json().get("obstacles"), "obstacleId", obstacleId)
                        && has(answer.json().get("changes").get("obstaclesRaised"), "directiveId", id)
                        && has(answer.json().get("overdue"), "directiveId", id)
                        // the overdue row's obstacle comes from the directive states, not from the register
                        && element(answer.json().get("overdue"), "directiveId", id).get("blocked").asBoolean());

        assertThat(fieldNames(briefing.json())).contains("date", "overdue", "dueSoon", "obstacles", "ranking", "changes");
        assertThat(briefing.text("date")).isEqualTo(meeting.toString());
        JsonNode overdue = element(briefing.json().get("overdue"), "directiveId", id);
        assertThat(overdue.get("communeCode").asText()).isEqualTo(LANG_TRON);
        assertThat(overdue.get("timeliness").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.get("daysPastDeadline").asInt()).isEqualTo((int) ChronoUnit.DAYS.between(Given.inDays(20), meeting));
        assertThat(overdue.get("blocked").asBoolean()).isTrue();
        assertThat(codes(briefing.json().get("ranking"), "communeCode")).contains(LANG_TRON);
        assertThat(has(briefing.json().get("changes").get("newDirectives"), "directiveId", id)).isTrue();
        assertThat(fieldNames(briefing.json().get("changes"))).contains("newDirectives", "completions", "obstaclesRaised",
                "obstaclesResolved", "extensions");
    }

    @Test
    void theBriefingAsCsvIsUtf8WithABomAndKeepsVietnamese() {
        String id = given.acknowledged(LANG_TRON);
        given.raiseObstacle(id, LANG_TRON);
        LocalDate meeting = dayAfterTheLastDayOf(Given.inDays(20)).plusDays(1);
        String path = "/api/briefing?date=" + meeting + "&since=" + Given.inDays(0);
        Eventually.answer(() -> http.get(LEADER, path), answer -> has(answer.json().get("overdue"), "directiveId", id));

        Answer csv = http.send(http.request(path, LEADER, "demo").header("Accept", "text/csv").GET().build());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains("briefing-" + meeting + ".csv"));
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = csv.body().substring(1).lines().toList();
        // in the reader's language (Vietnamese by default): columns, sections, statuses, dd/MM/yyyy dates
        assertThat(lines.get(0)).startsWith("Phần,Mã nhiệm vụ,Tên nhiệm vụ,Mã xã,Tên đơn vị,Tình trạng,");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Quá hạn," + id + ",Số hóa hồ sơ thủ tục hành chính," + LANG_TRON + ",Láng Tròn,Quá hạn,")
                .contains(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(Given.inDays(20))));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Vướng mắc," + id).contains("Máy scan hư hỏng")
                .contains("Trang thiết bị"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Xếp hạng xã,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Nhiệm vụ mới," + id)
                .contains("hạn xử lý " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(Given.inDays(20))));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Vướng mắc mới," + id).contains("Trang thiết bị: Máy scan hư hỏng"));
        assertThat(csv.body()).doesNotContain("(deadline");
        assertThat(csv.body()).doesNotContain("OVERDUE").doesNotContain("EQUIPMENT");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void aBriefingAskedAsJsonOrWithoutPreferenceIsJson() {
        Answer any = http.send(http.request("/api/briefing", LEADER, "demo").header("Accept", "*/*").GET().build());
        Answer json = http.send(http.request("/api/briefing", LEADER, "demo")
                .header("Accept", "application/json, text/csv;q=0.5").GET().build());

        assertThat(any.contentType()).startsWith("application/json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(any.text("date")).isEqualTo(Given.inDays(0).toString());
    }

    @Test
    void aLimitedBriefingShowsTheFirstRowsOfEachListWithTheWholeTotals() {
        String first = given.acknowledged(LANG_TRON);
        String second = given.acknowledged(LANG_TRON);
        String path = "/api/briefing?since=" + Given.inDays(0);
        Answer whole = Eventually.answer(() -> http.get(LEADER, path),
                answer -> has(answer.json().get("changes").get("newDirectives"), "directiveId", first)
                          && has(answer.json().get("changes").get("newDirectives"), "directiveId", second));

        Answer limited = http.get(LEADER, path + "&limit=1");

        int newDirectives = whole.json().get("changes").get("newDirectives").size();
        assertThat(newDirectives).isGreaterThanOrEqualTo(2);
        assertThat(whole.json().get("totals").get("newDirectives").asInt()).isEqualTo(newDirectives);
        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.json().get("changes").get("newDirectives")).hasSize(1);
        assertThat(limited.json().get("changes").get("newDirectives").get(0))
                .isEqualTo(whole.json().get("changes").get("newDirectives").get(0));
        assertThat(limited.json().get("totals").get("newDirectives").asInt()).isGreaterThanOrEqualTo(newDirectives);
        assertThat(limited.json().get("ranking")).isEqualTo(whole.json().get("ranking"));
    }

    @Test
    void aLimitedCommuneStatusListsItsMostUrgentAssignmentsWithWholeCountsAndTotal() {
        String path = "/api/communes/" + LANG_TRON + "/status";
        Answer whole = wholeStatusWith(given.acknowledged(LANG_TRON), given.acknowledged(LANG_TRON));

        Answer limited = http.get(CHAIR, path + "?limit=1");
        Answer badLimit = http.get(CHAIR, path + "?limit=0");

        int assignments = whole.json().get("assignments").size();
        assertThat(assignments).isGreaterThanOrEqualTo(2);
        assertThat(whole.json().get("total").asInt()).isEqualTo(assignments);
        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.json().get("assignments")).hasSize(1);
        assertThat(limited.json().get("assignments").get(0)).isEqualTo(whole.json().get("assignments").get(0));
        assertThat(limited.json().get("total").asInt()).isGreaterThanOrEqualTo(assignments);
        assertThat(limited.json().get("counts")).isEqualTo(whole.json().get("counts"));
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(errorFields(badLimit)).containsExactly("limit");
    }

    @Test
    void aCommuneStatusForOneDirectiveListsOnlyThatAssignmentWithWholeCountsAndTotal() {
        String path = "/api/communes/" + LANG_TRON + "/status";
        String first = given.acknowledged(LANG_TRON);
        String second = given.acknowledged(LANG_TRON);
        Answer whole = wholeStatusWith(first, second);

        Answer one = http.get(CHAIR, path + "?directive=" + second);
        Answer notAssigned = http.get(CHAIR, path + "?directive=no-such-directive");
        Answer otherCommune = http.get(CHAIR, "/api/communes/" + DAT_MUI + "/status?directive=" + second);

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("assignments")).hasSize(1);
        assertThat(one.json().get("assignments").get(0)).isEqualTo(element(whole.json().get("assignments"), "directiveId", second));
        assertThat(one.json().get("total")).isEqualTo(whole.json().get("total"));
        assertThat(one.json().get("counts")).isEqualTo(whole.json().get("counts"));
        assertThat(notAssigned.status()).isEqualTo(200);
        assertThat(notAssigned.json().get("assignments")).isEmpty();
        assertThat(notAssigned.json().get("total")).isEqualTo(whole.json().get("total"));
        assertThat(otherCommune.status()).isEqualTo(403);
    }

    /**
     * Láng Tròn's whole status, read as its chair once it shows both directives and the views have seen every event
     * stored (the acknowledgments too): a read after it then answers from the same state.
     */
    private Answer wholeStatusWith(String first, String second) {
        assertThat(views.awaitViews()).isTrue();
        return Eventually.answer(() -> http.get(CHAIR, "/api/communes/" + LANG_TRON + "/status"),
                answer -> has(answer.json().get("assignments"), "directiveId", first)
                          && has(answer.json().get("assignments"), "directiveId", second));
    }

    @Test
    void aBriefingLimitOutsideItsRangeIsRefusedWithTheField() {
        for (String limit : List.of("0", "-3", "10001", "mười")) {
            Answer bad = http.get(LEADER, "/api/briefing?limit=" + limit);

            assertThat(bad.status()).as(limit).isEqualTo(400);
            assertThat(errorFields(bad)).as(limit).containsExactly("limit");
        }
    }

    @Test
    void aBriefingForABadDateIsRefused() {
        Answer bad = http.get(LEADER, "/api/briefing?date=2026-02-30");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactly("date");
    }

    // what a commune account may read

    @Test
    void aCommuneAccountCannotReadAnotherCommunesStatus() {
        Answer own = http.get(CHAIR, "/api/communes/" + LANG_TRON + "/status");
        Answer other = http.get(CHAIR, "/api/communes/" + DAT_MUI + "/status");

        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).contains("application/problem+json");
    }

    @Test
    void aCommuneAccountsListsHoldItsOwnCommuneOnlyWhateverItAsks() {
        String toBoth = given.issued(LANG_TRON, DAT_MUI);
        String toOther = given.acknowledged(DAT_MUI);
        String obstacleElsewhere = given.raiseObstacle(toOther, DAT_MUI);
        String obstacleHere = given.raiseObstacle(given.acknowledged(LANG_TRON), LANG_TRON);
        Eventually.answer(() -> http.get(LEADER, "/api/obstacles"),
                answer -> has(answer.json(), "obstacleId", obstacleElsewhere) && has(answer.json(), "obstacleId", obstacleHere));

        Answer directives = http.get(CHAIR, "/api/directives?commune=" + DAT_MUI);
        Answer obstacles = http.get(CHAIR, "/api/obstacles?commune=" + DAT_MUI);
        Answer registry = http.get(CHAIR, "/api/communes");

        assertThat(ids(directives)).contains(toBoth).doesNotContain(toOther);
        for (JsonNode summary : directives.json()) {
            assertThat(codes(summary.get("communes"), "code")).containsOnly(LANG_TRON);
        }
        assertThat(codes(obstacles.json(), "communeCode")).containsOnly(LANG_TRON);
        assertThat(ids(obstacles, "obstacleId")).contains(obstacleHere).doesNotContain(obstacleElsewhere);
        assertThat(codes(registry.json(), "code")).containsExactly(LANG_TRON);
    }

    @Test
    void aCommuneAccountReadsOnlyItsOwnRowOfADirectiveAssignedToItAndNoOtherDirective() {
        String toBoth = given.issued(LANG_TRON, DAT_MUI);
        String toOther = given.issued(DAT_MUI);
        Eventually.answer(() -> http.get(LEADER, "/api/directives/" + toOther), answer -> answer.status() == 200);
        Eventually.answer(() -> http.get(LEADER, "/api/directives/" + toBoth), answer -> answer.status() == 200);

        Answer assigned = http.get(CHAIR, "/api/directives/" + toBoth);
        Answer notAssigned = http.get(CHAIR, "/api/directives/" + toOther);

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(codes(assigned.json().get("communes"), "code")).containsExactly(LANG_TRON);
        assertThat(assigned.json().get("summary").get("assigned").asInt()).isEqualTo(1);
        assertThat(notAssigned.status()).isEqualTo(403);
        assertThat(notAssigned.text("detail")).contains(LANG_TRON);
    }

    @Test
    void theBriefingIsNotACommuneAccountsReading() {
        Answer briefing = http.get(OTHER_CHAIR, "/api/briefing");

        assertThat(briefing.status()).isEqualTo(403);
        assertThat(briefing.text("detail")).contains("/api/communes/" + DAT_MUI + "/status");
    }

    @Test
    void anAuditorReadsEveryView() {
        assertThat(http.get(AUDITOR, "/api/communes").json()).hasSize(64);
        assertThat(http.get(AUDITOR, "/api/communes/" + DAT_MUI + "/status").status()).isEqualTo(200);
        assertThat(http.get(AUDITOR, "/api/directives").status()).isEqualTo(200);
        assertThat(http.get(AUDITOR, "/api/obstacles").status()).isEqualTo(200);
        assertThat(http.get(AUDITOR, "/api/briefing").status()).isEqualTo(200);
    }

    @Test
    void readingNeedsAnAccount() {
        assertThat(http.get(null, "/api/communes").status()).isEqualTo(401);
        assertThat(http.get(null, "/api/briefing").status()).isEqualTo(401);
    }

    // JSON helpers


    static List<String> codes(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText(null)));
        return values;
    }

    static List<String> ids(Answer answer) {
        return ids(answer, "id");
    }

    static List<String> ids(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return codes(answer.json(), field);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> errorFields(Answer answer) {
        return codes(answer.json().get("errors"), "field");
    }
}
