package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivetracker.api.support.JsonArrays.element;
import static org.directivetracker.api.support.JsonArrays.has;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rebuilding every read model from the store, after a history written through HTTP like users write it: the views
 * answer the same before and after, and keep following new writes.
 */
class ReadModelRebuildTest extends ApiTest {

    private static final String LEADER = "leader";
    private static final String NGUYEN_PHICH = "32044";
    private static final List<String> READ_MODELS = List.of("directive-states", "obstacle-register", "briefing-entries", "thread-entries");

    @Test
    void rebuiltReadModelsAnswerAsTheLiveOnesDidAndFollowNewWrites() {
        List<String> directives = writeHistory();
        LocalDate asOf = Given.inDays(12);
        Map<String, JsonNode> before = readEveryView(directives, asOf);

        for (String readModel : READ_MODELS) {
            Answer rebuilt = http.post(LEADER, "/api/admin/read-models/" + readModel + "/rebuild", null);

            assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
            assertThat(rebuilt.text("readModel")).isEqualTo(readModel);
            assertThat(rebuilt.json().get("events").asLong()).isGreaterThan(40);
            assertThat(rebuilt.text("servedFrom")).startsWith("r").endsWith("_" + readModel + "_");
            assertThat(rebuilt.text("servedFrom")).isNotEqualTo(rebuilt.text("replaced"));
        }
        Map<String, JsonNode> after = readEveryView(directives, asOf);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, answer) -> assertThat(after.get(path)).as(path).isEqualTo(answer));

        String progress = "/api/directives/" + directives.get(0) + "/communes/" + LANG_TRON + "/progress";
        assertThat(http.post("chair-" + LANG_TRON, progress, "{\"percent\":90,\"note\":\"Gần xong\"}").status()).isEqualTo(200);
        Eventually.answer(() -> http.get(LEADER, "/api/directives/" + directives.get(0)),
                answer -> element(answer.json().get("communes"), "code", LANG_TRON).get("percent").asInt() == 90);
    }

    @Test
    void onlyTheProvinceRebuildsAndOnlyReadModelsThatExist() {
        Answer byCommune = http.post("chair-" + LANG_TRON, "/api/admin/read-models/directive-states/rebuild", null);
        Answer byAuditor = http.post("auditor", "/api/admin/read-models/directive-states/rebuild", null);
        Answer unknown = http.post(LEADER, "/api/admin/read-models/no-such-view/rebuild", null);

        assertThat(byCommune.status()).isEqualTo(403);
        assertThat(byAuditor.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains("directive-states");
    }

    /** Three directives with reports, obstacles, an extension, a completion, a deadline change and a withdrawal. */
    private List<String> writeHistory() {
        String first = issue("Số hóa hồ sơ thủ tục hành chính năm 2026", 20, LANG_TRON, DAT_MUI, NGUYEN_PHICH);
        String second = issue("Rà soát hộ nghèo, hộ cận nghèo", 10, LANG_TRON, DAT_MUI);
        String third = issue("Kiểm tra công trình thủy lợi mùa khô", 30, DAT_MUI, NGUYEN_PHICH);
        for (String code : List.of(LANG_TRON, DAT_MUI, NGUYEN_PHICH)) {
            commune(first, code, "/acknowledge", null);
            commune(first, code, "/progress", "{\"percent\":30,\"note\":\"Đã rà soát 90/300 hồ sơ\"}");
        }
        commune(second, LANG_TRON, "/acknowledge", null);
        commune(second, LANG_TRON, "/progress", "{\"percent\":100,\"note\":\"Hoàn tất rà soát\"}");
        commune(second, LANG_TRON, "/completion", "{\"summary\":\"Đã lập danh sách 412 hộ\"}");
        province(second, LANG_TRON, "/completion/accept", "{\"note\":\"Đạt yêu cầu\"}");
        String scanner = commune(first, DAT_MUI, "/obstacles", "{\"category\":\"EQUIPMENT\",\"description\":\"Máy scan hư hỏng\"}")
                .text("obstacleId");
        commune(first, NGUYEN_PHICH, "/obstacles", "{\"category\":\"STAFFING\",\"description\":\"Thiếu cán bộ một cửa\"}");
        province(first, DAT_MUI, "/obstacles/" + scanner + "/resolve", "{\"resolution\":\"Tỉnh cấp máy mới\"}");
        commune(first, NGUYEN_PHICH, "/extension", "{\"deadline\":\"" + Given.inDays(35) + "\",\"reason\":\"Thiếu nhân sự\"}");
        province(first, NGUYEN_PHICH, "/extension/grant", "{\"note\":\"Đồng ý\"}");
        commune(second, DAT_MUI, "/extension", "{\"deadline\":\"" + Given.inDays(25) + "\",\"reason\":\"Mưa bão\"}");
        province(second, DAT_MUI, "/extension/deny", "{\"reason\":\"Không có căn cứ\"}");
        post(LEADER, "/api/directives/" + third + "/deadline", "{\"deadline\":\"" + Given.inDays(40) + "\",\"reason\":\"Chờ kinh phí\"}");
        post(LEADER, "/api/directives/" + third + "/withdraw", "{\"reason\":\"Lồng ghép vào kế hoạch khác\"}");

        // last of all, an event every read model handles: when all views show it, they have seen everything before it
        String marker = issue("Báo cáo nhanh tình hình triển khai", 5, LANG_TRON);
        String obstacle = commune(marker, LANG_TRON, "/obstacles", "{\"category\":\"FUNDING\",\"description\":\"Chưa có kinh phí\"}")
                .text("obstacleId");
        Eventually.answer(() -> http.get(LEADER, "/api/obstacles"), answer -> has(answer.json(), "obstacleId", obstacle));
        Eventually.answer(() -> http.get(LEADER, "/api/communes/" + LANG_TRON + "/status"),
                answer -> element(answer.json().get("assignments"), "directiveId", marker).get("blocked").asBoolean());
        Eventually.answer(() -> http.get(LEADER, "/api/directives/" + marker),
                answer -> answer.status() == 200 && answer.json().get("summary").get("blocked").asInt() == 1);
        Eventually.answer(() -> http.get(LEADER, "/api/briefing?since=" + Given.inDays(0)),
                answer -> has(answer.json().get("changes").get("obstaclesRaised"), "directiveId", marker));
        return List.of(first, second, third, marker);
    }

    private Map<String, JsonNode> readEveryView(List<String> directives, LocalDate asOf) {
        List<String> paths = new ArrayList<>(List.of(
                "/api/communes?asOf=" + asOf,
                "/api/communes/" + LANG_TRON + "/status?asOf=" + asOf,
                "/api/communes/" + DAT_MUI + "/status?asOf=" + asOf,
                "/api/communes/" + NGUYEN_PHICH + "/status?asOf=" + asOf,
                "/api/directives?asOf=" + asOf,
                "/api/obstacles?asOf=" + asOf,
                "/api/briefing?date=" + asOf + "&since=" + Given.inDays(0),
                "/api/inbox"));
        directives.forEach(id -> paths.add("/api/directives/" + id + "?asOf=" + asOf));
        directives.stream().limit(2).forEach(id -> paths.add("/api/directives/" + id + "/communes/" + LANG_TRON + "/thread"));
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Answer answer = http.get(LEADER, path);
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
            answers.put(path, answer.json());
        }
        return answers;
    }

    private String issue(String title, int dueInDays, String... communes) {
        String json = "{\"title\":\"" + title + "\",\"description\":\"Thực hiện Kế hoạch số 45/KH-UBND\","
                + "\"reference\":\"Kế hoạch số 45/KH-UBND\",\"deadline\":\"" + Given.inDays(dueInDays) + "\",\"communes\":[\""
                + String.join("\",\"", communes) + "\"]}";
        Answer issued = post(LEADER, "/api/directives", json);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.text("id");
    }

    private Answer commune(String id, String code, String action, String json) {
        return post("chair-" + code, "/api/directives/" + id + "/communes/" + code + action, json);
    }

    private Answer province(String id, String code, String action, String json) {
        return post(LEADER, "/api/directives/" + id + "/communes/" + code + action, json);
    }

    private Answer post(String account, String path, String json) {
        Answer answer = http.post(account, path, json);
        assertThat(answer.status()).as(path + " " + answer).isIn(200, 201);
        return answer;
    }
}
