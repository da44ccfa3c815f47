package org.directivetracker.api.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.directivetracker.api.pages.ProjectionCatchUp;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.CommuneUrged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Threads, inboxes and notifications over HTTP, in the shapes of DESIGN.md. */
class ThreadApiTest extends ApiTest {
    @Autowired
    private ProjectionCatchUp views;

    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String LEADER = "leader";

    private static String assignment(String id) {
        return "/api/directives/" + id + "/communes/" + LANG_TRON;
    }

    private static List<JsonNode> of(JsonNode array, String directiveId) {
        List<JsonNode> mine = new ArrayList<>();
        array.forEach(node -> {
            if (directiveId.equals(node.get("directiveId").asText())) {
                mine.add(node);
            }
        });
        return mine;
    }

    private static List<String> kinds(List<JsonNode> nodes) {
        return nodes.stream().map(node -> node.get("kind").asText()).toList();
    }

    @Test
    void aMessageFromTheChairAndTheLeadersAnswerAreReadInTheThreadByBothSides() {
        String id = given.acknowledged(LANG_TRON);

        Answer posted = http.post(CHAIR, assignment(id) + "/messages", "{\"text\":\"Xin hướng dẫn mẫu biên bản\"}");
        Answer answered = http.post(LEADER, assignment(id) + "/messages", "{\"text\":\"Dùng mẫu số 02 của Sở Nội vụ\"}");

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("sequence").asLong()).isEqualTo(3);
        assertThat(answered.status()).isEqualTo(201);
        Answer thread = Eventually.answer(() -> http.get(CHAIR, assignment(id) + "/thread"),
                answer -> answer.status() == 200 && answer.json().get("entries").size() == 4);
        assertThat(thread.text("directiveId")).isEqualTo(id);
        assertThat(thread.text("commune")).isEqualTo(LANG_TRON);
        JsonNode entries = thread.json().get("entries");
        assertThat(entries.get(2).get("kind").asText()).isEqualTo("MESSAGE");
        assertThat(entries.get(2).get("text").asText()).isEqualTo("Xin hướng dẫn mẫu biên bản");
        assertThat(entries.get(2).get("actor").get("account").asText()).isEqualTo(CHAIR);
        assertThat(entries.get(3).get("actor").get("role").asText()).isEqualTo("PROVINCE");
        assertThat(entries.get(3).get("at").asText()).isNotBlank();
        assertThat(http.get(LEADER, assignment(id) + "/thread").status()).isEqualTo(200);
    }

    @Test
    void aCommuneNeitherReadsNorWritesAnotherCommunesThread() {
        String id = given.acknowledged(LANG_TRON);
        String other = "chair-" + DAT_MUI;

        assertThat(http.get(other, assignment(id) + "/thread").status()).isEqualTo(403);
        assertThat(http.post(other, assignment(id) + "/messages", "{\"text\":\"Xin chào\"}").status()).isEqualTo(403);
        assertThat(http.post("auditor", assignment(id) + "/messages", "{\"text\":\"Xin chào\"}").status()).isEqualTo(403);
    }

    @Test
    void anEmptyMessageIsRefusedNamingItsField() {
        String id = given.acknowledged(LANG_TRON);

        Answer empty = http.post(CHAIR, assignment(id) + "/messages", "{\"text\":\"  \"}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void anUrgingReachesTheChairsInboxAndTheDirectivesHistory() {
        String id = given.acknowledged(LANG_TRON);

        assertThat(http.post(CHAIR, assignment(id) + "/urge", "{\"note\":\"Tự nhắc\"}").status()).isEqualTo(403);
        Answer urged = http.post(LEADER, assignment(id) + "/urge", "{\"note\":\"Đề nghị xã khẩn trương báo cáo\"}");

        assertThat(urged.status()).isEqualTo(200);
        assertThat(payloads(id)).contains(new CommuneUrged(id, LANG_TRON, "Đề nghị xã khẩn trương báo cáo"));
        Answer inbox = Eventually.answer(() -> http.get(CHAIR, "/api/inbox"),
                answer -> kinds(of(answer.json().get("items"), id)).contains("URGED"));
        JsonNode item = of(inbox.json().get("items"), id).stream().filter(node -> node.get("kind").asText().equals("URGED")).findFirst().orElseThrow();
        assertThat(item.get("text").asText()).isEqualTo("Đề nghị xã khẩn trương báo cáo");
        assertThat(item.get("since").asText()).isNotBlank();
        assertThat(http.get(LEADER, "/api/directives/" + id + "/history").body()).contains("CommuneUrged");
    }

    @Test
    void theLeadersInboxShowsTheChairsReasonAndTheGrantReachesTheChairAsANotificationUntilRead() {
        String id = given.acknowledged(LANG_TRON);
        given.requestExtension(id, LANG_TRON);

        Answer inbox = Eventually.answer(() -> http.get(LEADER, "/api/inbox"),
                answer -> !of(answer.json().get("items"), id).isEmpty());
        JsonNode request = of(inbox.json().get("items"), id).get(0);
        assertThat(request.get("kind").asText()).isEqualTo("EXTENSION_REQUESTED");
        assertThat(request.get("commune").asText()).isEqualTo(LANG_TRON);
        assertThat(request.get("text").asText()).isEqualTo("Thiếu nhân sự");

        http.post(LEADER, assignment(id) + "/extension/grant", "{\"note\":\"Đồng ý, báo cáo trước hạn mới\"}");

        Eventually.answer(() -> http.get(LEADER, "/api/inbox"), answer -> of(answer.json().get("items"), id).isEmpty());
        Answer notifications = Eventually.answer(() -> http.get(CHAIR, "/api/notifications"),
                answer -> kinds(of(answer.json(), id)).contains("EXTENSION_GRANTED"));
        JsonNode granted = of(notifications.json(), id).get(0);
        assertThat(granted.get("kind").asText()).isEqualTo("EXTENSION_GRANTED");
        assertThat(granted.get("text").asText()).isEqualTo("Đồng ý, báo cáo trước hạn mới");
        assertThat(granted.get("read").asBoolean()).isFalse();

        assertThat(http.post(CHAIR, "/api/notifications/" + granted.get("id").asText() + "/read", null).status()).isEqualTo(204);

        assertThat(of(http.get(CHAIR, "/api/notifications").json(), id).get(0).get("read").asBoolean()).isTrue();
        assertThat(kinds(of(http.get(CHAIR, "/api/inbox").json().get("items"), id))).doesNotContain("EXTENSION_GRANTED");
        assertThat(http.post("chair-" + DAT_MUI, "/api/notifications/" + granted.get("id").asText() + "/read", null).status())
                .isEqualTo(404);
    }

    @Test
    void anInboxAskedForOneDirectiveOrTheOldestItemsCountsEveryItemOfItsFilter() {
        String first = given.acknowledged(LANG_TRON);
        String second = given.acknowledged(LANG_TRON);
        given.requestExtension(first, LANG_TRON);
        given.raiseObstacle(second, LANG_TRON);
        given.requestExtension(second, LANG_TRON);

        Answer ofSecond = Eventually.answer(() -> http.get(LEADER, "/api/inbox?directive=" + second),
                answer -> answer.json().get("total").asInt() == 2);
        assertThat(kinds(of(ofSecond.json().get("items"), second))).containsExactly("OBSTACLE_RAISED", "EXTENSION_REQUESTED");
        assertThat(ofSecond.json().get("items").size()).as("nothing of another directive").isEqualTo(2);
        assertThat(ofSecond.json().get("limited").asBoolean()).isFalse();

        assertThat(views.awaitViews()).isTrue(); // the two reads below then answer from one state
        JsonNode whole = http.get(LEADER, "/api/inbox").json();
        JsonNode oldest = http.get(LEADER, "/api/inbox?limit=1").json();
        assertThat(oldest.get("items")).containsExactly(whole.get("items").get(0));
        assertThat(oldest.get("total").asInt()).isEqualTo(whole.get("items").size()).isEqualTo(whole.get("total").asInt());
        assertThat(oldest.get("limited").asBoolean()).isTrue();
        assertThat(of(http.get(LEADER, "/api/inbox?directive=" + second + "&limit=1").json().get("items"), second))
                .extracting(node -> node.get("kind").asText()).containsExactly("OBSTACLE_RAISED");
        assertThat(http.get(LEADER, "/api/inbox?directive=%20" + second + "%20").json().get("total").asInt())
                .as("an id with spaces around it, as pasted into a form").isEqualTo(2);

        Answer zero = http.get(LEADER, "/api/inbox?limit=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(http.get(LEADER, "/api/inbox?limit=many").status()).isEqualTo(400);
        assertThat(http.get("chair-" + DAT_MUI, "/api/inbox?directive=" + second).json().get("total").asInt())
                .as("another commune's chair reads only its own inbox").isZero();

        given.withdraw(first); // their items leave the inbox, which the other tests share
        given.withdraw(second);
    }
}
