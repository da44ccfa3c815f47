package org.directivetracker.api.departments.pages;

import org.directivetracker.api.pages.ProjectionCatchUp;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.event.ObstacleAnswered;
import org.directivetracker.core.api.event.ObstacleEscalated;
import org.directivetracker.core.api.event.ObstacleReferred;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral loop on the pages: the leader refers from the obstacle's page, the department answers on its own
 * page, the chair escalates; each page opens only to its role, and a refused form shows what was wrong.
 */
class ReferralPagesTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LocalAccounts accounts;
    @Autowired
    private ProjectionCatchUp views;

    private MockMvc mvc;
    private String id;
    private String obstacle;

    @BeforeEach
    void anObstacleRaisedByLangTron() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        id = given.acknowledged(LANG_TRON);
        obstacle = given.raiseObstacle(id, LANG_TRON);
        views.awaitViews();
    }

    private String referPath() {
        return "/province/directives/" + id + "/communes/" + LANG_TRON + "/obstacles/" + obstacle + "/refer";
    }

    private String escalatePath() {
        return "/commune/" + LANG_TRON + "/directives/" + id + "/obstacles/" + obstacle + "/escalate";
    }

    @Test
    void theLeaderRefersFromTheObstaclesPageAndTheRegisterShowsWhoOwesTheAnswer() throws Exception {
        String form = page(mvc.perform(get(referPath()).with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(form).contains("Chuyển sở, ngành xử lý").contains("Sở Xây dựng").contains("Máy scan hư hỏng")
                .as("the proposed answer-by day, two weeks on, as the province writes it")
                .contains("value=\"" + Given.inDays(14).format(DAY) + "\"");

        mvc.perform(post(referPath()).with(as("leader")).with(csrf()).param("department", "SXD")
                        .param("answerBy", Given.inDays(5).toString()).param("note", "Đề nghị Sở hướng dẫn")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/province/obstacles"))
                .andExpect(flash().attribute("flash", "flash.referred"));

        String register = page(mvc.perform(get("/province/obstacles").param("waitingOn", "DEPARTMENT").param("department", "SXD")
                .with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(register).contains("Máy scan hư hỏng").contains("Chờ sở, ngành trả lời").contains("Sở Xây dựng");
        assertThat(payloads(id)).filteredOn(ObstacleReferred.class::isInstance).hasSize(1);
    }

    @Test
    void aReferralWithoutDepartmentOrWithAPastDateIsShownAgainWithItsErrors() throws Exception {
        String refused = page(mvc.perform(post(referPath()).with(as("leader")).with(csrf()).param("department", "")
                        .param("answerBy", Given.inDays(-2).toString()).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused).contains("Chọn một sở, ngành của tỉnh.");
        assertThat(payloads(id)).noneMatch(ObstacleReferred.class::isInstance);

        String past = page(mvc.perform(post(referPath()).with(as("leader")).with(csrf()).param("department", "SXD")
                        .param("answerBy", Given.inDays(-2).toString()).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(past).contains("Chọn hạn trả lời từ hôm nay trở đi.");
    }

    @Test
    void theDepartmentAnswersOnItsPageAndTheChairEscalates() throws Exception {
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");
        views.awaitViews();
        String departmentPage = page(mvc.perform(get("/department").with(as("dept-SXD"))).andExpect(status().isOk()).andReturn());
        assertThat(departmentPage).contains("Sở Xây dựng").contains("Máy scan hư hỏng").contains("id=\"referral-" + obstacle + "\"");
        assertThat(page(mvc.perform(get("/department").with(as("dept-STC"))).andReturn())).doesNotContain(obstacle);

        mvc.perform(post("/department/directives/" + id + "/communes/" + LANG_TRON + "/obstacles/" + obstacle + "/answer")
                        .with(as("dept-SXD")).with(csrf()).param("answer", "Sở đã có hướng dẫn số 12/HD-SXD")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "flash.answered"));

        String directive = page(mvc.perform(get("/commune/" + LANG_TRON + "/directives/" + id).with(as(CHAIR))).andReturn());
        assertThat(directive).contains("Sở đã có hướng dẫn số 12/HD-SXD").contains(escalatePath());

        mvc.perform(post(escalatePath()).with(as(CHAIR)).with(csrf()).param("reason", "Hướng dẫn chưa rõ")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "flash.escalated"));
        assertThat(payloads(id)).filteredOn(event -> event instanceof ObstacleAnswered || event instanceof ObstacleEscalated).hasSize(2);
    }

    @Test
    void aReferralWhoseDirectiveIsWithdrawnLeavesTheDepartmentsPageAndTheOpenRegisterAndSaysWhy() throws Exception {
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");
        given.withdraw(id);
        views.awaitViews();

        assertThat(page(mvc.perform(get("/department").with(as("dept-SXD"))).andExpect(status().isOk()).andReturn()))
                .as("the department owes no answer on a directive that accepts nothing more").doesNotContain(obstacle);
        assertThat(page(mvc.perform(get("/api/obstacles").param("open", "true").with(as("leader")))
                .andExpect(status().isOk()).andReturn())).doesNotContain(obstacle);
        // the context's store holds other tests' obstacles too: this one's entry, found by its id
        JsonNode closed = new ObjectMapper().readTree(page(mvc.perform(get("/api/obstacles").param("open", "false")
                .with(as("leader"))).andExpect(status().isOk()).andReturn()));
        JsonNode entry = StreamSupport.stream(closed.spliterator(), false)
                .filter(node -> obstacle.equals(node.path("obstacleId").asText())).findFirst().orElseThrow();
        assertThat(entry.path("directiveEndedAt").isTextual()).isTrue();
        assertThat(entry.path("waitingOn").isNull()).isTrue();
        assertThat(entry.path("open").asBoolean()).isFalse();
        String register = page(mvc.perform(get("/province/obstacles").param("open", "false").with(as("leader")))
                .andExpect(status().isOk()).andReturn());
        assertThat(register).contains("Máy scan hư hỏng")
                .contains("Không còn chờ ai xử lý: nhiệm vụ đã thu hồi hoặc kết thúc ngày " + Given.inDays(0).format(DAY));
    }

    @Test
    void anotherDepartmentsAnswerIsRefusedOnItsPage() throws Exception {
        given.referObstacle(id, LANG_TRON, obstacle, "SXD");
        views.awaitViews();

        String refused = page(mvc.perform(post("/department/directives/" + id + "/communes/" + LANG_TRON + "/obstacles/" + obstacle
                        + "/answer").with(as("dept-STC")).with(csrf()).param("answer", "Không thuộc thẩm quyền")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused).contains("role=\"alert\"").contains("Tài khoản của bạn không được làm việc này.");
        assertThat(payloads(id)).noneMatch(ObstacleAnswered.class::isInstance);
    }

    @Test
    void eachPageOpensOnlyToItsRole() throws Exception {
        mvc.perform(get("/department").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/department").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get("/department").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(referPath()).with(as("dept-SXD"))).andExpect(status().isForbidden());
        mvc.perform(get(referPath()).with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get(escalatePath()).with(as("dept-SXD"))).andExpect(status().isForbidden());
        mvc.perform(get(escalatePath()).with(as("chair-" + DAT_MUI))).andExpect(status().isForbidden());
        for (String path : new String[]{"/province", "/province/obstacles", "/province/briefing", "/audit",
                "/commune/" + LANG_TRON, "/province/directives/" + id}) {
            mvc.perform(get(path).with(as("dept-SXD"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(as("dept-SXD"))).andExpect(redirectedUrl("/department"));
    }

    @Test
    void theDashboardAndTheBriefingShowTheReferralsPastTheirDate() throws Exception {
        String dashboard = page(mvc.perform(get("/province").with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(dashboard).contains("id=\"overdue-departments\"").contains("Sở, ngành chậm trả lời vướng mắc nhiều nhất");
        String briefing = page(mvc.perform(get("/province/briefing").with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(briefing).contains("id=\"overdue-referrals\"");
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
