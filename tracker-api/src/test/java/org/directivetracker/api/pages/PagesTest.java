package org.directivetracker.api.pages;

import jakarta.servlet.http.Cookie;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.api.support.Given;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages rendered on the service's own context: language, sign-in, who may open what, and the forms' answers. */
class PagesTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LocalAccounts accounts;
    @Autowired
    private ProjectionCatchUp views;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // built on the shared context, so these tests add no Spring context of their own
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void pagesAreVietnameseUnlessEnglishIsChosen() throws Exception {
        String vietnamese = page(mvc.perform(get("/login").header("Accept-Language", "en-US")).andExpect(status().isOk()).andReturn());
        assertThat(vietnamese).contains("<html lang=\"vi\"").contains("Đăng nhập").contains("Mật khẩu");

        MvcResult switched = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(cookie().value(PageLocaleConfiguration.LANGUAGE_COOKIE, "en")).andReturn();
        assertThat(page(switched)).contains("<html lang=\"en\"").contains("Sign in").contains("Password");

        String remembered = page(mvc.perform(get("/login").cookie(new Cookie(PageLocaleConfiguration.LANGUAGE_COOKIE, "en"))).andReturn());
        assertThat(remembered).contains("Sign in");
        String ignored = page(mvc.perform(get("/login").param("lang", "fr")).andReturn());
        assertThat(ignored).contains("<html lang=\"vi\"");
    }

    @Test
    void aSignedInAccountLandsOnItsRolesStartPage() throws Exception {
        mvc.perform(get("/province")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(formLogin("/login").user("leader").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("leader").password("demo")).andExpect(redirectedUrl("/"));

        mvc.perform(get("/").with(as("leader"))).andExpect(redirectedUrl("/province"));
        mvc.perform(get("/").with(as(CHAIR))).andExpect(redirectedUrl("/commune/" + LANG_TRON));
        mvc.perform(get("/").with(as("auditor"))).andExpect(redirectedUrl("/audit"));
    }

    @Test
    void theRestApiKeepsItsOwnStatelessChain() throws Exception {
        mvc.perform(get("/api/communes")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
        mvc.perform(post("/province/directives/new").with(as("leader"))).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aChairCannotOpenAnotherCommunesPages() throws Exception {
        // MockMvc does not follow the forward to the 403 page; the browser test reads it
        mvc.perform(get("/commune/" + DAT_MUI).with(as(CHAIR))).andExpect(status().isForbidden())
                .andExpect(forwardedUrl(PageSecurityConfiguration.DENIED));
        mvc.perform(get("/commune/" + DAT_MUI + "/directives/any/progress").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get("/province").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get("/province").with(as("auditor"))).andExpect(status().isForbidden());
        // the leader reads a commune's page read-only (PageFixesTest), but never opens its forms
        mvc.perform(get("/commune/" + LANG_TRON + "/directives/any/progress").with(as("leader"))).andExpect(status().isForbidden());
    }

    @Test
    void aChairsPageListsItsDirectivesByUrgency() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String home = page(mvc.perform(get("/commune/" + LANG_TRON).with(as(CHAIR))).andExpect(status().isOk()).andReturn());
        assertThat(home).contains("Láng Tròn").contains("id=\"group-onTrack\"").contains("/commune/" + LANG_TRON + "/directives/" + id);
        assertThat(home.indexOf("id=\"group-overdue\"")).isLessThan(home.indexOf("id=\"group-onTrack\""));
    }

    @Test
    void aRefusedFormShowsEachErrorAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String path = "/commune/" + LANG_TRON + "/directives/" + id + "/progress";
        String refused = page(mvc.perform(post(path).with(as(CHAIR)).with(csrf())
                        .param("percent", "150").param("note", "Đã khảo sát 12 ấp").param("requestKey", "k-150"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("id=\"percent-error\"").contains("Nhập tỷ lệ từ 0 đến 100.")
                .contains("Đã khảo sát 12 ấp").doesNotContain("id=\"note-error\"");

        String empty = page(mvc.perform(post(path).with(as(CHAIR)).with(csrf()).param("percent", "40").param("note", " ")
                        .param("requestKey", "k-empty").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(empty).contains("id=\"note-error\"").contains("Enter a text of at most 2,000 characters.");

        // a missing text and a value out of range are refused together, not one after the other
        String both = page(mvc.perform(post(path).with(as(CHAIR)).with(csrf()).param("percent", "150").param("note", " ")
                        .param("requestKey", "k-both"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(both).contains("id=\"percent-error\"").contains("id=\"note-error\"");

        String notANumber = page(mvc.perform(post(path).with(as(CHAIR)).with(csrf()).param("percent", "nhiều").param("note", "x"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(notANumber).contains("id=\"percent-error\"");
    }

    @Test
    void aBrokenRuleIsShownAboveTheForm() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        given.requestExtension(id, LANG_TRON);
        views.awaitViews();
        String refused = page(mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/extension").with(as(CHAIR)).with(csrf())
                        .param("deadline", Given.inDays(60).toString()).param("reason", "Thêm thời gian"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("role=\"alert\"").contains("Đã có một đề nghị gia hạn đang chờ trả lời.");
    }

    @Test
    void aRefusedAcknowledgementIsShownOnTheDirectivesPageWithItsObstacles() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        given.raiseObstacle(id, LANG_TRON);
        views.awaitViews();
        String refused = page(mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/acknowledge").with(as(CHAIR)).with(csrf())
                        .param("requestKey", "again-" + id))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("role=\"alert\"").contains("Xã đã xác nhận tiếp nhận nhiệm vụ này trước đó.")
                .contains("Vướng mắc chưa giải quyết").contains("Máy scan hư hỏng");
    }

    @Test
    void aWriteRedirectsWithAMessageToAPageThatAlreadyShowsIt() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/progress").with(as(CHAIR)).with(csrf())
                        .param("percent", "65").param("note", "Đã số hóa 650 hồ sơ").param("requestKey", java.util.UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/commune/" + LANG_TRON + "/directives/" + id))
                .andExpect(flash().attribute("flash", "flash.progress"));
        String directive = page(mvc.perform(get("/province/directives/" + id).with(as("leader"))).andReturn());
        assertThat(directive).contains("65%");
    }

    @Test
    void theSameFormSentTwiceWritesOnce() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/obstacle").with(as(CHAIR)).with(csrf())
                            .param("category", "FUNDING").param("description", "Chưa có kinh phí").param("requestKey", "twice-" + id))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(payloads(id).stream().filter(p -> p instanceof org.directivetracker.core.api.event.ObstacleRaised)).hasSize(1);
    }

    @Test
    void issuingNeedsAtLeastOneCommuneAndKeepsTheTitle() throws Exception {
        String refused = page(mvc.perform(post("/province/directives/new").with(as("leader")).with(csrf())
                        .param("title", "Rà soát hộ nghèo").param("description", "Theo Kế hoạch 12").param("priority", "HIGH")
                        .param("deadline", Given.inDays(30).toString()).param("requestKey", "issue-none"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("id=\"communes-error\"").contains("Chọn ít nhất một xã, phường.").contains("value=\"Rà soát hộ nghèo\"");

        MvcResult issued = mvc.perform(post("/province/directives/new").with(as("leader")).with(csrf())
                        .param("title", "Rà soát hộ nghèo").param("description", "Theo Kế hoạch 12").param("priority", "HIGH")
                        .param("deadline", Given.inDays(30).toString()).param("communes", LANG_TRON, DAT_MUI).param("requestKey", "issue-two"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = page(mvc.perform(get(issued.getResponse().getRedirectedUrl()).with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Rà soát hộ nghèo").contains("Láng Tròn").contains("Đất Mũi").contains("0/2 xã hoàn thành");
    }

    @Test
    void theLeadersReadingPagesRender() throws Exception {
        String dashboard = page(mvc.perform(get("/province").with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(dashboard).contains("id=\"count-OVERDUE\"").contains("tone-red").contains("tone-orange").contains("tone-green")
                .contains("id=\"commune-rates\"");
        assertThat(page(mvc.perform(get("/province/directives").param("timeliness", "OVERDUE").with(as("leader")))
                .andExpect(status().isOk()).andReturn())).contains("Danh sách nhiệm vụ");
        assertThat(page(mvc.perform(get("/province/obstacles").with(as("leader"))).andExpect(status().isOk()).andReturn()))
                .contains("id=\"obstacle-register\"");
        assertThat(page(mvc.perform(get("/province/briefing").with(as("leader"))).andExpect(status().isOk()).andReturn()))
                .contains("id=\"overdue\"").contains("/province/briefing.csv");
        MvcResult csv = mvc.perform(get("/province/briefing.csv").with(as("leader"))).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Phần,Mã nhiệm vụ");
        mvc.perform(get("/province/directives/no-such-directive").with(as("leader"))).andExpect(status().isNotFound());
    }

    @Test
    void anAuditorReadsTheTimelineTheStateAsOfAMomentAndTheVerification() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String path = "/audit/directives/" + id;
        String timeline = page(mvc.perform(get(path).with(as("auditor")).param("lang", "en")).andExpect(status().isOk()).andReturn());
        assertThat(timeline).contains("leader issued the directive “Số hóa hồ sơ thủ tục hành chính”")
                .contains("leader assigned it to Láng Tròn").contains(CHAIR + " confirmed receipt for Láng Tròn")
                .contains("The history is intact: 3 events").contains(path + "/export");

        String now = java.time.LocalDateTime.now(ProvinceTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        assertThat(page(mvc.perform(get(path).param("at", now).with(as("auditor"))).andExpect(status().isOk()).andReturn()))
                .contains("id=\"state-grid\"").contains("Láng Tròn").contains("Đang thực hiện");
        assertThat(page(mvc.perform(get(path).param("at", "2000-01-01T08:00").with(as("auditor"))).andReturn()))
                .contains("Tại thời điểm này nhiệm vụ chưa được ban hành.");
        assertThat(page(mvc.perform(get(path).param("at", "hôm qua").with(as("auditor"))).andReturn()))
                .contains("Ngày giờ không hợp lệ.");

        MvcResult export = mvc.perform(get(path + "/export").with(as("auditor"))).andExpect(status().isOk()).andReturn();
        assertThat(export.getResponse().getContentAsString()).contains("directive-history/1").contains(id);
        mvc.perform(get(path).with(as(CHAIR))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String page(MvcResult result) throws Exception {
        // attribute values are written with HTML entities (&agrave;); read the text a user sees
        return org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

}
