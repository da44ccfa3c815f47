package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.directivetracker.core.api.status.Timeliness;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** The fixes found in the browser review, one page test each. */
class PageFixesTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final String DATE_MISTAKE = "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2026.";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LocalAccounts accounts;
    @Autowired
    private ProjectionCatchUp views;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theProgressFormHasANumberBoxOfStepOneHoldingTheCurrentValue() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/progress").with(as(CHAIR)).with(csrf())
                .param("percent", "23").param("note", "Đã rà soát 23 hồ sơ").param("requestKey", "p23-" + id));

        String form = page(mvc.perform(get("/commune/" + LANG_TRON + "/directives/" + id + "/progress").with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn());

        assertThat(form).containsPattern("<input type=\"number\"[^>]*step=\"1\"[^>]*id=\"percent\"[^>]*value=\"23\"")
                .containsPattern("<input type=\"range\"[^>]*step=\"1\"").doesNotContain("step=\"5\"");
    }

    @Test
    void aFormSentAfterTheSessionExpiredSignsInAgainAndComesBackWithTheTextKept() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String formPage = "/commune/" + LANG_TRON + "/directives/" + id + "/extension";
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post(formPage).session(session).with(csrf().useInvalidToken()).header("Referer", "http://localhost" + formPage)
                        .param("reason", "Thiếu nhân sự do nghỉ thai sản").param("deadline", "2027-01-31"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?expired"));
        assertThat(page(mvc.perform(get("/login").param("expired", "")).andReturn())).contains("Phiên làm việc đã hết hạn");
        mvc.perform(post("/login").session(session).with(csrf()).param("username", CHAIR).param("password", "demo"))
                .andExpect(redirectedUrl(formPage));

        String back = page(mvc.perform(get(formPage).session(session)).andExpect(status().isOk()).andReturn());
        assertThat(back).contains("id=\"kept-form\"").contains("Thiếu nhân sự do nghỉ thai sản");
        String again = page(mvc.perform(get(formPage).session(session)).andReturn());
        assertThat(again).as("the text is put back once").doesNotContain("id=\"kept-form\"");
    }

    @Test
    void aLinkOpenedBeforeSignInIsReturnedToAfterIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/province/inbox").session(session)).andExpect(status().is3xxRedirection());

        MvcResult signedIn = mvc.perform(post("/login").session(session).with(csrf()).param("username", "leader").param("password", "demo"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/province/inbox");
    }

    @Test
    void theLeaderReadsACommunesPagesReadOnly() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();

        String home = page(mvc.perform(get("/commune/" + LANG_TRON).with(as("leader"))).andExpect(status().isOk()).andReturn());
        String directive = page(mvc.perform(get("/commune/" + LANG_TRON + "/directives/" + id).with(as("leader")))
                .andExpect(status().isOk()).andReturn());

        assertThat(home).contains("chế độ chỉ đọc").contains("Láng Tròn");
        assertThat(directive).contains("chế độ chỉ đọc").doesNotContain("/progress\"").doesNotContain("/extension\"");
        mvc.perform(get("/commune/" + LANG_TRON + "/directives/" + id + "/progress").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/progress").with(as("leader")).with(csrf())
                .param("percent", "50").param("note", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/commune/" + LANG_TRON).with(as("chair-" + DAT_MUI))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPageIsAVietnamesePageWhileTheApiAnswersJson() throws Exception {
        MvcResult pageAnswer = mvc.perform(get("/no-such-page").with(as("leader"))).andExpect(status().isNotFound()).andReturn();
        MvcResult apiAnswer = mvc.perform(get("/api/no-such-thing").with(as("leader"))).andExpect(status().isNotFound()).andReturn();

        assertThat(pageAnswer.getResponse().getContentType()).startsWith("text/html");
        assertThat(page(pageAnswer)).contains("<html lang=\"vi\"");
        assertThat(apiAnswer.getResponse().getContentType()).contains("json");
    }

    @Test
    void aMalformedDateInTheBriefingIsABadRequestPageNotAFailure() throws Exception {
        String answer = page(mvc.perform(get("/province/briefing").param("date", "30/11").with(as("leader")))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(answer).contains("Địa chỉ không hợp lệ");
    }

    @Test
    void withdrawnDirectivesStayOnTheChairsPageApartWithTheReason() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        given.raiseObstacle(id, LANG_TRON);
        given.withdraw(id);
        views.awaitViews();

        String home = page(mvc.perform(get("/commune/" + LANG_TRON).with(as(CHAIR))).andExpect(status().isOk()).andReturn());

        String withdrawn = home.substring(home.indexOf("id=\"group-withdrawn\""));
        assertThat(withdrawn).contains("/directives/" + id).contains("Lý do thu hồi: Lồng ghép vào kế hoạch khác");
        assertThat(withdrawn.substring(0, withdrawn.indexOf("</section>"))).doesNotContain("vướng mắc");
        String register = page(mvc.perform(get("/province/obstacles").with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(register).as("an obstacle of a withdrawn directive leaves the open ones").doesNotContain(id);
    }

    @Test
    void onThePhoneTheChairsFirstScreenIsTheWorkNotTheCounters() throws Exception {
        given.acknowledged(LANG_TRON);
        views.awaitViews();

        String home = page(mvc.perform(get("/commune/" + LANG_TRON).with(as(CHAIR))).andExpect(status().isOk()).andReturn());

        assertThat(home.indexOf("id=\"group-")).isPositive().isLessThan(home.indexOf("id=\"commune-counts\""));
        assertThat(home).as("the unit that answers, not the place").contains("<h1><span>UBND phường Láng Tròn</span>");
    }

    @Test
    void completedLateIsNeverShownGreen() {
        assertThat(new PageFormats().tone(Timeliness.COMPLETED_LATE)).isNotEqualTo("tone-green");
        assertThat(new PageFormats().tone(Timeliness.COMPLETED_ON_TIME)).isEqualTo("tone-green");
    }

    @Test
    void theLeadersFirstScreenPutsBlockedAndWaitingDirectivesFirstWithTheirDaysLeft() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        given.raiseObstacle(id, LANG_TRON);
        views.awaitViews();

        String dashboard = page(mvc.perform(get("/province").with(as("leader"))).andExpect(status().isOk()).andReturn());

        String attention = dashboard.substring(dashboard.indexOf("id=\"attention\""), dashboard.indexOf("</table>", dashboard.indexOf("id=\"attention\"")));
        String row = attention.substring(attention.indexOf("data-directive=\"" + id + "\""));
        assertThat(row).contains("còn 20 ngày").contains("Thường").contains("class=\"blocked-count\"");
        assertThat(dashboard.indexOf("id=\"first-screen\"")).isLessThan(dashboard.indexOf("id=\"timeliness-counts\""));
    }

    @Test
    void theWordsOfTheReviewAreUsed() throws Exception {
        String list = page(mvc.perform(get("/province/directives").with(as("leader"))).andExpect(status().isOk()).andReturn());

        assertThat(list).contains("Trạng thái xử lý").contains("Hạn xử lý").doesNotContain(">Bước<");
        assertThat(context.getMessage("timeliness.COMPLETED_LATE", null, java.util.Locale.forLanguageTag("vi"))).isEqualTo("Hoàn thành quá hạn");
        assertThat(context.getMessage("stage.AWAITING_ACCEPTANCE", null, java.util.Locale.forLanguageTag("vi"))).isEqualTo("Chờ xác nhận hoàn thành");
        assertThat(context.getMessage("priority.IMMEDIATE", null, java.util.Locale.forLanguageTag("vi"))).isEqualTo("Hỏa tốc");
    }

    /** A date input followed the browser's language: 02/12/2026 was the 12th of February on an English phone. */
    @Test
    void aChairTypesTheProposedDeadlineTheWayItIsWrittenInVietnam() throws Exception {
        LocalDate wanted = Given.inDays(61);
        String[] typings = {
                wanted.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                wanted.format(DateTimeFormatter.ofPattern("d/M/yyyy")),
                wanted.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                wanted.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                wanted.format(DateTimeFormatter.ofPattern("ddMMyyyy")),
                wanted.toString()};
        for (String typed : typings) {
            String id = given.acknowledged(LANG_TRON);
            views.awaitViews();

            mvc.perform(post(extensionPath(id)).with(as(CHAIR)).with(csrf()).param("deadline", typed)
                            .param("reason", "Thiếu nhân sự").param("requestKey", UUID.randomUUID().toString()))
                    .andExpect(status().is3xxRedirection());

            assertThat(payloads(id)).as(typed).filteredOn(ExtensionRequested.class::isInstance)
                    .extracting(event -> ((ExtensionRequested) event).proposedDeadline()).containsExactly(wanted);
        }
    }

    @Test
    void aDayNotOnTheCalendarOrInTheAmericanOrderIsRefusedOnItsFieldAndNothingIsAsked() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        for (String typed : new String[] {"31/02/2027", "12/31/2027", "mai", "31/12"}) {
            String page = page(mvc.perform(post(extensionPath(id)).with(as(CHAIR)).with(csrf()).param("deadline", typed)
                            .param("reason", "Thiếu nhân sự").param("requestKey", UUID.randomUUID().toString()))
                    .andExpect(status().isBadRequest()).andReturn());

            assertThat(page).as(typed).contains("id=\"deadline-error\"").contains(DATE_MISTAKE)
                    .as("what was typed is shown again to be mended").contains("value=\"" + typed + "\"");
        }
        assertThat(payloads(id)).noneMatch(ExtensionRequested.class::isInstance);
    }

    @Test
    void theFormsAndTheLeadersFiltersShowTheDayAsDayMonthYear() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String form = page(mvc.perform(get("/province/directives/" + id + "/deadline").with(as("leader")))
                .andExpect(status().isOk()).andReturn());
        String field = form.substring(form.indexOf("<input type=\"text\" autocomplete=\"off\" class=\"day\" id=\"deadline\""));
        assertThat(field.substring(0, field.indexOf('>'))).contains("placeholder=\"dd/mm/yyyy\"", "inputmode=\"numeric\"",
                "data-calendar=\"date\"", "data-calendar-pick=\"Chọn ngày trên lịch\"");
        assertThat(form).doesNotContain("type=\"date\"");

        String briefing = page(mvc.perform(get("/province/briefing").param("date", "2/12/2026").param("since", "25-11-2026")
                .with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(briefing).containsPattern("id=\"date\" name=\"date\" value=\"02/12/2026\"")
                .containsPattern("id=\"since\" name=\"since\" value=\"25/11/2026\"").doesNotContain("type=\"date\"");

        String statistics = page(mvc.perform(get("/province/statistics").param("from", "01/11/2026").param("to", "30/11/2026")
                .with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(statistics).containsPattern("id=\"from\" name=\"from\" value=\"01/11/2026\"")
                .containsPattern("id=\"to\" name=\"to\" value=\"30/11/2026\"");
    }

    /** A datetime input showed month first and AM/PM on an English browser: the meeting's start is typed as in Vietnam. */
    @Test
    void aMeetingStartsAtADayAndTimeTypedAsDayMonthYearOnA24HourClock() throws Exception {
        String title = "Giao ban " + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now(ProvinceTime.ZONE).plusDays(3).withHour(14).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
        String refused = page(mvc.perform(post("/meetings").with(as("leader")).with(csrf()).param("title", title)
                        .param("startsAt", start.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " 2:30 PM")
                        .param("communes", LANG_TRON).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("id=\"meeting-starts-error\"")
                .contains("Nhập ngày giờ theo dạng ngày/tháng/năm giờ:phút, ví dụ 31/12/2026 08:30.");
        assertThat(page(mvc.perform(get("/meetings").with(as("leader"))).andReturn())).doesNotContain(title);

        String typed = start.format(DateTimeFormatter.ofPattern("d/M/yyyy H:mm"));
        String meeting = mvc.perform(post("/meetings").with(as("leader")).with(csrf()).param("title", title).param("startsAt", typed)
                        .param("communes", LANG_TRON).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(mvc.perform(get(meeting).with(as("leader"))).andReturn()))
                .contains(title).contains(start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
    }

    private static String extensionPath(String id) {
        return "/commune/" + LANG_TRON + "/directives/" + id + "/extension";
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String page(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
