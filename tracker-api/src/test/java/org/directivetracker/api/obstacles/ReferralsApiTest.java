package org.directivetracker.api.obstacles;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The province refers an obstacle to a department, the department answers, the commune escalates, over HTTP. */
class ReferralsApiTest extends ApiTest {

    private String obstaclePath(String id, String obstacleId) {
        return "/api/directives/" + id + "/communes/" + LANG_TRON + "/obstacles/" + obstacleId;
    }

    private static String referral(String department, String answerBy) {
        return "{\"department\":\"" + department + "\",\"answerBy\":\"" + answerBy
                + "\",\"note\":\"Đề nghị Sở hướng dẫn thủ tục\"}";
    }

    @Test
    void aReferralAnAnswerAndAnEscalationAreStoredAndShownInTheRegister() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);
        String answerBy = Given.inDays(7).toString();

        assertThat(http.post("leader", obstaclePath(id, obstacle) + "/refer", referral("SXD", answerBy)).status()).isEqualTo(200);
        Answer waiting = Eventually.answer(() -> http.get("leader", "/api/obstacles?waitingOn=DEPARTMENT&department=SXD"),
                answer -> answer.body().contains(obstacle));
        assertThat(waiting.body()).contains("\"referredTo\":\"SXD\"", "\"referredToName\":\"Sở Xây dựng\"",
                "\"answerBy\":\"" + answerBy + "\"");

        assertThat(http.post("dept-SXD", obstaclePath(id, obstacle) + "/answer",
                "{\"answer\":\"Sở đã ban hành hướng dẫn số 12/HD-SXD\"}").status()).isEqualTo(200);
        Eventually.answer(() -> http.get("chair-" + LANG_TRON, "/api/obstacles?waitingOn=COMMUNE"),
                answer -> answer.body().contains(obstacle) && answer.body().contains("12/HD-SXD"));

        assertThat(http.post("chair-" + LANG_TRON, obstaclePath(id, obstacle) + "/escalate",
                "{\"reason\":\"Hướng dẫn chưa nêu trường hợp đất bàn giao\"}").status()).isEqualTo(200);
        Eventually.answer(() -> http.get("leader", "/api/obstacles?waitingOn=PROVINCE&commune=" + LANG_TRON),
                answer -> answer.body().contains(obstacle));

        assertThat(payloads(id)).filteredOn(event -> event instanceof ObstacleReferred
                || event instanceof ObstacleAnswered || event instanceof ObstacleEscalated).hasSize(3);
    }

    @Test
    void aReferralToAnUnknownDepartmentOrWithAPastDateIsRefusedWithTheField() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);

        Answer unknown = http.post("leader", obstaclePath(id, obstacle) + "/refer", referral("SXX", Given.inDays(7).toString()));
        Answer past = http.post("leader", obstaclePath(id, obstacle) + "/refer", referral("SXD", Given.inDays(-1).toString()));
        Answer missing = http.post("leader", obstaclePath(id, obstacle) + "/refer", "{\"department\":\"sxd\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("department");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asText()).isEqualTo("answerBy");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"answerBy\"", "\"department\"");
        assertThat(payloads(id)).noneMatch(ObstacleReferred.class::isInstance);
    }

    @Test
    void anotherDepartmentCannotAnswerAReferral() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");

        Answer answer = http.post("dept-STC", obstaclePath(id, obstacle) + "/answer", "{\"answer\":\"Không thuộc thẩm quyền\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(payloads(id)).noneMatch(ObstacleAnswered.class::isInstance);
    }

    @Test
    void anObstacleIsEscalatedOnlyAfterAnAnswer() {
        String id = given.acknowledged(LANG_TRON);
        String obstacle = given.raiseObstacle(id, LANG_TRON);
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");

        Answer answer = http.post("chair-" + LANG_TRON, obstaclePath(id, obstacle) + "/escalate", "{\"reason\":\"Quá hạn\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyAccountReadsTheDepartmentsList() {
        Answer departments = http.get("chair-" + LANG_TRON, "/api/departments");

        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json()).hasSize(15);
        assertThat(departments.body()).contains("{\"code\":\"SXD\",\"name\":\"Sở Xây dựng\"}",
                "\"Sở Văn hóa, Thể thao và Du lịch\"");
    }
}
