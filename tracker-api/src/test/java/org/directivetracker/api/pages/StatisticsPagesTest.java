package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivetracker.api.security.LocalAccounts;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The statistics page: its table and files in the signed-in session, and its charts drawn by the ECharts the service
 * serves itself, in a real (headless) Chromium on a desktop and a phone. With {@code -Dpages.screenshots=<dir>} the
 * page is saved there as {@code statistics.png}.
 */
class StatisticsPagesTest extends ApiTest {

    private static final String YEAR = "?from=2026-01-01&to=2026-12-31";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private LocalAccounts accounts;
    @LocalServerPort
    private int port;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theLeaderReadsTheRatesAndDownloadsThemAsFiles() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/province/statistics" + YEAR).with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Thống kê nhiệm vụ đến hạn từ ngày 01/01/2026 đến ngày 31/12/2026", "Toàn tỉnh",
                "Tỷ lệ đúng hạn", "/webjars/echarts/dist/echarts.min.js", "/js/statistics.js");

        byte[] xlsx = mvc.perform(get("/province/statistics/file.xlsx" + YEAR).with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("Nhiệm vụ đến hạn");
        }
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js").with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/province/statistics").with(as("chair-" + LANG_TRON))).andExpect(status().isForbidden());
    }

    @Test
    void theChartsAreDrawnOnTheStatisticsPageAndTheDashboard() {
        Browsers.assumeAvailable();
        Browsers.session("statistics", 1366, 900, browser -> {
            signIn(browser);
            browser.get(url("/province/statistics" + YEAR));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(b -> !b.findElements(By.cssSelector("#trend-chart svg")).isEmpty()
                    && !b.findElements(By.cssSelector("#ranking-chart svg")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("#trend-chart svg")).getText()).contains("Quá hạn");
            assertThat(browser.findElements(By.cssSelector("#statistics-table tbody tr"))).hasSizeGreaterThan(2);
            Browsers.saveForReadme(browser, "statistics.png");

            browser.get(url("/province"));
            wait.until(b -> !b.findElements(By.cssSelector("#statistics-trend svg")).isEmpty());
        });
        Browsers.session("statistics-phone", 360, 740, browser -> {
            signIn(browser);
            browser.get(url("/province/statistics" + YEAR));
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(b -> !b.findElements(By.cssSelector("#ranking-chart svg")).isEmpty());
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px at 360 px").isLessThanOrEqualTo(0);
        });
    }

    private void signIn(org.openqa.selenium.chrome.ChromeDriver browser) {
        Browsers.signIn(browser, port, "leader");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private RequestPostProcessor as(String account) {
        UserDetails user = accounts.loadUserByUsername(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
