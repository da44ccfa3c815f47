package org.directivetracker.api.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.core.api.reminder.Reminder;
import org.directivetracker.core.api.reminder.ReminderDue;
import org.directivetracker.core.api.reminder.ReminderKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** The reminders' operations page: failed deliveries with their cause, and in the demo the mails its mailbox caught. */
class ReminderPagesTest extends ApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    ReminderOutbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    ContactBook contacts;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    String page(String account) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(ReminderPages.PATH).with(as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static ReminderDue due(String directiveId, String title) {
        return ReminderDue.of(new Reminder(directiveId, title, DAT_MUI, ReminderKind.OVERDUE, 1, LocalDate.of(2026, 11, 27)),
                LocalDate.of(2026, 11, 30));
    }

    @Test
    void canSeeAFailedDeliveryWithItsCauseButNoAddress() throws Exception {
        outbox.add(due("page-failed", "Kiểm tra an toàn thực phẩm"), Channel.SMS, Instant.now());
        String id = outbox.inState(OutboxEntry.State.PENDING).stream()
                .filter(entry -> entry.items().get(0).directiveId().equals("page-failed")).findFirst().orElseThrow().id();
        outbox.failed(id, "SMS answered HTTP 503", null);

        String page = page("leader");

        String failedSection = page.substring(page.indexOf("<section id=\"failed\">"), page.indexOf("<section id=\"waiting\">"));
        assertThat(failedSection).contains("Gửi không thành công").contains("Đất Mũi").contains("SMS answered HTTP 503");
        String address = contacts.find(DAT_MUI).map(contact -> contact.email()).orElseThrow();
        assertThat(failedSection).doesNotContain(address);
    }

    @Test
    void canSeeInTheDemoTheMailThatACommuneWouldReceive() throws Exception {
        outbox.add(due("page-demo", "Thống kê hộ nghèo cuối năm"), Channel.EMAIL, Instant.now());

        delivery.deliverReady();

        assertThat(page("leader")).contains("Hộp thư thử nghiệm").contains("[Nhắc việc] Đất Mũi")
                .contains("Thống kê hộ nghèo cuối năm (hạn 27/11/2026): đã quá hạn 1 ngày làm việc.");
    }

    @Test
    void canRunTodaysRemindersFromThePage() throws Exception {
        mvc.perform(post(ReminderPages.PATH + "/run").with(as("leader")).with(csrf()))
                .andExpect(redirectedUrlPattern(ReminderPages.PATH + "?ran=*"));
    }

    @Test
    void cannotOpenThePageUnlessProvince() throws Exception {
        mvc.perform(get(ReminderPages.PATH).with(as("chair-" + LANG_TRON))).andExpect(status().isForbidden());
        mvc.perform(get(ReminderPages.PATH).with(as("auditor"))).andExpect(status().isForbidden());
    }
}
