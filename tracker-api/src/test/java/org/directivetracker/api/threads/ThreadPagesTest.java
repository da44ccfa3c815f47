package org.directivetracker.api.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.directivetracker.api.inbox.InboxPages;
import org.directivetracker.api.pages.ProjectionCatchUp;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
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

/** The thread, inbox and notification pages on the service's own context: who reads them, what they show, what they write. */
class ThreadPagesTest extends ApiTest {
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
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String communeThread(String id) {
        return "/commune/" + LANG_TRON + "/directives/" + id + "/thread";
    }

    private static String provinceThread(String id) {
        return "/province/directives/" + id + "/communes/" + LANG_TRON + "/thread";
    }

    @Test
    void theChairWritesInTheThreadTheLeaderReadsItAndUrges() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();

        mvc.perform(post(communeThread(id) + "/messages").with(as(CHAIR)).with(csrf())
                        .param("text", "Xin hướng dẫn mẫu biên bản").param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(communeThread(id)));
        String leaderSees = page(mvc.perform(get(provinceThread(id)).with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(leaderSees).contains("Trao đổi với UBND phường Láng Tròn").contains("Xin hướng dẫn mẫu biên bản").contains("Đôn đốc");

        mvc.perform(post(provinceThread(id) + "/urge").with(as("leader")).with(csrf())
                        .param("note", "Đề nghị xã báo cáo trước thứ Sáu").param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(provinceThread(id)));
        String chairSees = page(mvc.perform(get(communeThread(id)).with(as(CHAIR))).andExpect(status().isOk()).andReturn());
        assertThat(chairSees).contains("Đề nghị xã báo cáo trước thứ Sáu").contains("data-kind=\"URGED\"")
                .doesNotContain("urge-note");
    }

    @Test
    void anEmptyMessageComesBackWithItsErrorAtTheField() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();

        String refused = page(mvc.perform(post(communeThread(id) + "/messages").with(as(CHAIR)).with(csrf())
                        .param("text", " ").param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused).contains("id=\"message-text-error\"").contains("Nhập nội dung trao đổi");
    }

    @Test
    void anotherCommunesThreadPageIsRefused() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();

        mvc.perform(get(communeThread(id)).with(as("chair-" + DAT_MUI))).andExpect(status().isForbidden());
        mvc.perform(get("/commune/" + DAT_MUI + "/directives/" + id + "/thread").with(as("chair-" + DAT_MUI)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLeadersInboxShowsTheChairsReasonAndItsWaitWithTheDecisionAndTheChairReadsTheAnswer() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        given.requestExtension(id, LANG_TRON);
        views.awaitViews();

        String directivePage = page(mvc.perform(get("/province/directives/" + id).with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(directivePage).contains("href=\"/province/inbox?directive=" + id + "\">Việc chờ quyết định (1)</a>");
        // the directive's items, as its page and the dashboard link them: the whole inbox shows its oldest items first
        String inbox = page(mvc.perform(get("/province/inbox").param("directive", id).with(as("leader"))).andExpect(status().isOk()).andReturn());
        String grant = "/province/inbox/" + id + "/" + LANG_TRON + "/extension/grant";
        assertThat(inbox).contains("Thiếu nhân sự").contains("Mới gửi hôm nay").contains("action=\"" + grant + "\"")
                .contains("/province/inbox/" + id + "/" + LANG_TRON + "/extension/deny").contains("class=\"count has-items\"");

        assertThat(inbox).contains("name=\"oneDirective\" value=\"true\"");
        mvc.perform(post(grant).with(as("leader")).with(csrf()).param("note", "Đồng ý, nộp trước hạn mới")
                        .param("requestKey", UUID.randomUUID().toString()).param("oneDirective", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/province/inbox?directive=" + id));
        String after = page(mvc.perform(get("/province/inbox").param("directive", id).with(as("leader"))).andReturn());
        assertThat(after).doesNotContain(grant).contains("Không có việc nào đang chờ.");

        String chairInbox = page(mvc.perform(get("/commune/" + LANG_TRON + "/inbox").with(as(CHAIR))).andExpect(status().isOk()).andReturn());
        assertThat(chairInbox).contains("Đồng ý gia hạn").contains("Đồng ý, nộp trước hạn mới");
    }

    @Test
    void aLongInboxShowsItsOldestItemsWithTheWholeCountAndADirectivesLinkShowsOnlyThatDirective() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        for (int i = 0; i <= InboxPages.PAGE_ROWS; i++) {
            given.raiseObstacle(id, LANG_TRON);
        }
        views.awaitViews();
        int total = http.get("leader", "/api/inbox?limit=1").json().get("total").asInt();

        String inbox = page(mvc.perform(get("/province/inbox").with(as("leader"))).andExpect(status().isOk()).andReturn());
        assertThat(items(inbox)).isEqualTo(InboxPages.PAGE_ROWS);
        assertThat(inbox).contains("Đang hiện " + InboxPages.PAGE_ROWS + " việc chờ lâu nhất trong tổng số " + inVietnamese(total))
                .contains("class=\"count has-items\" aria-label=\"Việc chờ xử lý: " + total + "\">" + total + "<")
                .doesNotContain("Chỉ hiện việc chờ của một chỉ đạo");

        String ofDirective = page(mvc.perform(get("/province/inbox").param("directive", id).with(as("leader")))
                .andExpect(status().isOk()).andReturn());
        assertThat(items(ofDirective)).isEqualTo(InboxPages.PAGE_ROWS);
        assertThat(ofDirective.split("data-directive=\"" + id + "\"", -1)).hasSize(InboxPages.PAGE_ROWS + 1);
        assertThat(ofDirective).contains("Chỉ hiện việc chờ của một chỉ đạo").contains("href=\"/province/inbox\"")
                .contains("trong tổng số " + (InboxPages.PAGE_ROWS + 1));

        given.withdraw(id); // its items leave the inbox, which the other tests share
    }

    private static int items(String page) {
        return page.split("class=\"panel inbox-item\"", -1).length - 1;
    }

    private static String inVietnamese(int number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(number);
    }

    @Test
    void aDenialWithoutAReasonIsRefusedOnTheInbox() throws Exception {
        String id = given.acknowledged(LANG_TRON);
        given.requestExtension(id, LANG_TRON);
        views.awaitViews();

        String refused = page(mvc.perform(post("/province/inbox/" + id + "/" + LANG_TRON + "/extension/deny").with(as("leader")).with(csrf())
                        .param("reason", " ").param("requestKey", UUID.randomUUID().toString()).param("oneDirective", "true"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(refused).contains("role=\"alert\"").contains("Nhập lý do")
                .as("back on the directive's items").contains("Chỉ hiện việc chờ của một chỉ đạo").contains("data-directive=\"" + id + "\"");
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String page(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
