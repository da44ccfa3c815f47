package org.directivetracker.api.departments;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Eventually;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a department account reads over the API: the obstacles referred to it, the directives it follows and the
 * departments' list; every other read and write of the API answers 403, and so does another department's referral.
 */
class DepartmentReadAccessTest extends ApiTest {
    private String followed;
    private String notFollowed;
    private String obstacle;

    @BeforeEach
    void referOneObstacleToSxdAndOneToStc() {
        followed = given.acknowledged(LANG_TRON);
        obstacle = given.raiseObstacle(followed, LANG_TRON);
        given.referObstacle(followed, LANG_TRON, obstacle, "SXD");
        notFollowed = given.acknowledged(LANG_TRON);
        given.referObstacle(notFollowed, LANG_TRON, given.raiseObstacle(notFollowed, LANG_TRON), "STC");
        Eventually.answer(() -> http.get("leader", "/api/obstacles?department=STC"), answer -> answer.body().contains(notFollowed));
    }

    @Test
    void aDepartmentReadsOnlyTheObstaclesReferredToIt() {
        Answer register = http.get("dept-SXD", "/api/obstacles");

        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).contains(obstacle).doesNotContain(notFollowed);
        register.json().forEach(entry -> assertThat(entry.get("referredTo").asText()).isEqualTo("SXD"));
    }

    @Test
    void aDepartmentAskingForAnotherDepartmentsReferralsGets403() {
        assertThat(http.get("dept-SXD", "/api/obstacles?department=STC").status()).isEqualTo(403);
    }

    @Test
    void aDepartmentReadsADirectiveItFollowsAndNoOther() {
        assertThat(http.get("dept-SXD", "/api/directives/" + followed).status()).isEqualTo(200);
        assertThat(http.get("dept-SXD", "/api/directives/" + notFollowed).status()).isEqualTo(403);
    }

    @Test
    void everyOtherReadOfTheApiIsRefusedToADepartment() {
        List<String> refused = List.of("/api/directives", "/api/communes", "/api/communes/" + LANG_TRON + "/status",
                "/api/briefing", "/api/directives/" + followed + "/history", "/api/directives/" + followed + "/state",
                "/api/directives/" + followed + "/verify", "/api/directives/" + followed + "/export",
                "/api/directives/" + followed + "/communes/" + LANG_TRON + "/thread");
        for (String path : refused) {
            Answer answer = http.get("dept-SXD", path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void theAdministrationIsRefusedToADepartment() {
        assertThat(http.post("dept-SXD", "/api/admin/verify", null).status()).isEqualTo(403);
        assertThat(http.post("dept-SXD", "/api/admin/read-models/obstacle-register/rebuild", null).status()).isEqualTo(403);
    }
}
