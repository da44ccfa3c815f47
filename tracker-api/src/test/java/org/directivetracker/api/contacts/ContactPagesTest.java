package org.directivetracker.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** The province's contacts page: list, keep, edit and erase a commune's, a department's and an account's contact. */
class ContactPagesTest extends ApiTest {

    /** Thới Bình: a commune no other test keeps a contact for. */
    static final String THOI_BINH = "32065";

    @Autowired
    WebApplicationContext context;
    @Autowired
    LocalAccounts accounts;
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

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    MockHttpServletRequestBuilder keep(String target, String codeOrAccount, String email, String phone) {
        return post(ContactPages.PATH).with(csrf()).param("target", target)
                .param(target.equals("code") ? "code" : "account", codeOrAccount).param("email", email).param("phone", phone);
    }

    @Test
    void canKeepACommunesContactAndSeeItListedUnderItsName() throws Exception {
        mvc.perform(keep("code", THOI_BINH, "vanphong.thoibinh@camau.gov.vn", "0912000111").with(as("leader")))
                .andExpect(redirectedUrl(ContactPages.PATH));

        String page = html(get(ContactPages.PATH));
        String row = page.substring(page.indexOf("data-key=\"" + THOI_BINH + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Thới Bình").contains("vanphong.thoibinh@camau.gov.vn")
                .contains("0912000111");
        assertThat(contacts.find(THOI_BINH)).get().extracting(Contact::phone).isEqualTo("0912000111");
    }

    @Test
    void canEditAContactFromItsRowWithTheFormFilledIn() throws Exception {
        contacts.save(new Contact("STC", "vanphong.stc@camau.gov.vn", null, null));

        String page = html(get(ContactPages.PATH).param("edit", "STC"));

        String form = page.substring(page.indexOf("<section id=\"code-form\""), page.indexOf("<section id=\"account-form\""));
        assertThat(form).contains("value=\"vanphong.stc@camau.gov.vn\"").containsPattern("<option value=\"STC\" selected");
    }

    @Test
    void cannotKeepAMalformedPhoneAndIsToldWhyInVietnamese() throws Exception {
        String page = html(keep("code", THOI_BINH, "", "12345"));

        assertThat(page).contains("Số điện thoại di động chưa đúng").contains("value=\"12345\"");
    }

    @Test
    void canKeepAnAccountsOwnContactButNotForAnAccountThatDoesNotExist() throws Exception {
        mvc.perform(keep("account", "chair-" + THOI_BINH, "chutich.thoibinh@camau.gov.vn", "").with(as("leader")))
                .andExpect(redirectedUrl(ContactPages.PATH));
        assertThat(contacts.findAccount("chair-" + THOI_BINH)).isPresent();

        String refused = html(keep("account", "khong-co-ai", "ai@camau.gov.vn", ""));
        assertThat(refused).contains("Không có tài khoản này.");
        assertThat(contacts.findAccount("khong-co-ai")).isEmpty();
    }

    @Test
    void canEraseAContactSoThatNothingOfItIsLeft() throws Exception {
        contacts.save(Contact.ofAccount("dept-SNV", "truongphong.snv@camau.gov.vn", "0988777666", null));

        mvc.perform(post(ContactPages.PATH + "/erase").with(csrf()).with(as("leader")).param("key", "account:dept-SNV"))
                .andExpect(redirectedUrl(ContactPages.PATH));

        assertThat(contacts.findAccount("dept-SNV")).isEmpty();
        assertThat(html(get(ContactPages.PATH))).doesNotContain("truongphong.snv@camau.gov.vn").doesNotContain("0988777666");
    }

    @Test
    void cannotOpenOrWriteThePageUnlessProvince() throws Exception {
        for (String account : new String[]{"chair-" + LANG_TRON, "auditor", "dept-SXD"}) {
            mvc.perform(get(ContactPages.PATH).with(as(account))).andExpect(status().isForbidden());
            mvc.perform(keep("code", LANG_TRON, "a@camau.gov.vn", "").with(as(account))).andExpect(status().isForbidden());
        }
    }
}
