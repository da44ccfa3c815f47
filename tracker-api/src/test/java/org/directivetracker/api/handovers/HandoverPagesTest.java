package org.directivetracker.api.handovers;

import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The incoming official's first page, and a page upload without the script (the form posts the file as it is). */
class HandoverPagesTest extends ApiTest {

    private static final String CODE = "31975";
    private static final String CHAIR = "chair-" + CODE;

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
    void theIncomingOfficialsFirstPageShowsWhatWasTakenOver() throws Exception {
        String directive = given.issued(CODE);
        given.raiseObstacle(directive, CODE);
        assertThat(http.post("leader", "/api/communes/" + CODE + "/handovers",
                "{\"from\":\"chu-tich-cu\",\"to\":\"" + CHAIR + "\",\"note\":\"Chủ tịch cũ nghỉ hưu\"}").status()).isEqualTo(201);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/commune/" + CODE).with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page).contains("Những việc bạn đã tiếp nhận", "Tiếp nhận từ chu-tich-cu", "Chủ tịch cũ nghỉ hưu",
                "1 vướng mắc đang mở", "đúng với mã kiểm tra");
        mvc.perform(get("/commune/" + CODE + "/dossier.pdf").with(as(CHAIR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void aPageUploadWithoutTheScriptComesBackSayingWhatHappened() throws Exception {
        String directive = given.issued(CODE);
        String page = "/commune/" + CODE + "/directives/" + directive;
        MockMultipartFile scan = new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                ("%PDF-1.4\n% biên bản " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        MockMultipartFile program = new MockMultipartFile("file", "anh.jpg", "image/jpeg",
                "MZ not a photo".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart(page + "/attachments").file(scan).param("caption", "Biên bản").with(csrf()).with(as(CHAIR)))
                .andExpect(redirectedUrl(page + "?evidence=attached#evidence"));
        mvc.perform(multipart(page + "/attachments").file(program).with(csrf()).with(as(CHAIR)))
                .andExpect(redirectedUrl(page + "?evidence=unsupported#evidence"));

        String shown = HtmlUtils.htmlUnescape(mvc.perform(get(page).param("evidence", "attached").with(as(CHAIR)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown).contains("Đã gửi tệp minh chứng.", "bien-ban.pdf", "Biên bản");
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
