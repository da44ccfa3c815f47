package org.directivetracker.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.core.api.query.Briefing;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.value.ProvinceTime;
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
import org.springframework.web.util.HtmlUtils;

/**
 * The meeting pages as the leader uses them: schedule a meeting, walk its communes in meeting mode, tick attendance,
 * record a conclusion with a new directive for two communes, issue the notice, download it, and find the directive with
 * its origin on a commune's page; an auditor reads, a commune is refused.
 */
class MeetingPagesTest extends ApiTest {
    private static final String TAN_THANH = "32025";

    @Autowired
    WebApplicationContext context;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    MeetingReads meetings;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    String page(String path, String account) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(as(account))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    String redirectOf(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsByteArray().length + " bytes").isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void theLeaderHoldsAMeetingFromSchedulingToTheNoticeAndTheCommunesGetTheNewDirective() throws Exception {
        String startsAt = LocalDateTime.now(ProvinceTime.ZONE).plusHours(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String meetingPath = redirectOf(mvc.perform(post("/meetings").with(as("leader")).with(csrf())
                .param("requestKey", "schedule-" + System.nanoTime()).param("title", "Giao ban tiến độ tháng 12")
                .param("startsAt", startsAt).param("communes", LANG_TRON, DAT_MUI, TAN_THANH)).andReturn());
        assertThat(meetingPath).startsWith("/meetings/meeting-");
        String id = meetingPath.substring("/meetings/".length());

        String first = redirectOf(mvc.perform(get(meetingPath + "/mode").with(as("leader"))).andReturn());
        String mode = page(first, "leader");
        assertThat(mode).contains("Xã thứ 1/3", "id=\"mode-next\"", "/js/meetings.js").doesNotContain("onclick=", "<script>");
        String code = first.substring(first.lastIndexOf('/') + 1);

        String back = redirectOf(mvc.perform(post(meetingPath + "/attendance").with(as("leader")).with(csrf())
                .param("requestKey", "present-" + System.nanoTime()).param("commune", code).param("present", "true")
                .param("representative", "Chủ tịch UBND")).andReturn());
        assertThat(back).isEqualTo(first);
        assertThat(page(first, "leader")).contains("Có mặt: Chủ tịch UBND");

        LocalDate deadline = Given.inDays(25);
        redirectOf(mvc.perform(post(meetingPath + "/conclusions").with(as("leader")).with(csrf()).param("back", code)
                .param("requestKey", "k-" + System.nanoTime()).param("text", "Giao rà soát hộ nghèo cuối năm.")
                .param("commune", code).param("about", "")
                .param("newDirective.title", "Rà soát hộ nghèo cuối năm").param("newDirective.deadline", deadline.toString())
                .param("newDirective.communes", LANG_TRON, DAT_MUI)).andReturn());
        redirectOf(mvc.perform(post(meetingPath + "/notice").with(as("leader")).with(csrf())
                .param("requestKey", "n-" + System.nanoTime()).param("number", "140/TB-UBND")).andReturn());

        String meeting = page(meetingPath, "leader");
        assertThat(meeting).contains("Thông báo kết luận số 140/TB-UBND", "notice.pdf", "Rà soát hộ nghèo cuối năm")
                .doesNotContain("id=\"notice-form\"");
        MvcResult pdf = mvc.perform(get(meetingPath + "/notice.pdf").with(as("leader"))).andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String directiveId = new org.directivetracker.core.api.value.Origin(id, conclusionIdIn(meeting)).directiveId();
        for (String commune : new String[]{LANG_TRON, DAT_MUI}) {
            String chair = "chair-" + commune;
            assertThat(page("/commune/" + commune + "/directives/" + directiveId, chair))
                    .contains("Rà soát hộ nghèo cuối năm", "Từ kết luận cuộc họp (Thông báo 140/TB-UBND)");
        }
        assertThat(page("/province/directives/" + directiveId, "leader")).contains("href=\"/meetings/" + id + "\"");
    }

    private static String conclusionIdIn(String meetingPage) {
        int at = meetingPage.indexOf("data-conclusion=\"") + "data-conclusion=\"".length();
        return meetingPage.substring(at, meetingPage.indexOf('"', at));
    }

    @Test
    void anAuditorReadsTheMeetingsWithoutFormsAndACommuneIsRefused() throws Exception {
        String list = page("/meetings", "auditor");
        assertThat(list).contains("Họp trực tuyến giao ban tiến độ nhiệm vụ với các xã, phường").doesNotContain("schedule-form");
        assertThat(page("/meetings/" + "meeting-demo-past", "auditor")).contains("118/TB-UBND", "notice.pdf")
                .doesNotContain("conclusion-form");
        mvc.perform(get("/meetings").with(as("chair-" + LANG_TRON))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/meeting-demo-past").with(as("dept-SXD"))).andExpect(status().isForbidden());
    }

    @Test
    void theBriefingPageCountsItsChangesFromThePreviousMeetingAsTheApiDoes() throws Exception {
        LocalDate today = ProvinceTime.dateOf(Instant.now());
        Optional<LocalDate> previousMeeting = meetings.previousMeetingDay(today);
        assertThat(previousMeeting).as("the demo's past meeting").isPresent();

        Briefing shown = (Briefing) mvc.perform(get("/province/briefing").with(as("leader"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("briefing");
        Briefing chosen = (Briefing) mvc.perform(get("/province/briefing?since=" + today.minusDays(2)).with(as("leader")))
                .andReturn().getModelAndView().getModel().get("briefing");

        assertThat(shown.since()).isEqualTo(previousMeeting.get());
        assertThat(chosen.since()).isEqualTo(today.minusDays(2));
    }
}
