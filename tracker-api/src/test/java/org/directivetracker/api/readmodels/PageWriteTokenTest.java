package org.directivetracker.api.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A page form's redirect carries its write's consistency token, and a page asked with it waits for it. */
class PageWriteTokenTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LocalAccounts accounts;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aProgressFormRedirectsWithItsPositionAndThePageAskedAfterItShowsTheReport() throws Exception {
        String id = given.acknowledged(LANG_TRON);

        MockHttpServletResponse sent = mvc.perform(post("/commune/" + LANG_TRON + "/directives/" + id + "/progress")
                .with(as(CHAIR)).with(csrf()).param("percent", "71").param("note", "Đã xong 71 hồ sơ")
                .param("requestKey", UUID.randomUUID().toString())).andReturn().getResponse();
        String token = sent.getHeader(ConsistencyTokens.WRITTEN);
        MockHttpServletResponse page = mvc.perform(get("/commune/" + LANG_TRON).param("after", token).with(as(CHAIR)))
                .andReturn().getResponse();

        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(Long.parseLong(token)).isPositive();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader(ReadAfterWrite.CAUGHT_UP)).isEqualTo("true");
        assertThat(page.getContentAsString()).contains("71");
    }

    @Test
    void aPageAskedAfterSomethingThatIsNoPositionIsShownWithoutWaiting() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/commune/" + LANG_TRON).param("after", "hôm qua").with(as(CHAIR)))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader(ReadAfterWrite.CAUGHT_UP)).isNull();
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
