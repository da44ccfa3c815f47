package org.directivetracker.api.pages;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three users in a real (headless) Chromium: a commune chair on a phone reports progress and raises an obstacle,
 * the leader sees it on the dashboard, the register and the briefing and grants the extension the chair asked for,
 * the auditor reads both actions with their actors in the directive's timeline; the chair is refused another
 * commune's page. With {@code -Dpages.screenshots=<dir>} the pages shown in the README are saved there.
 */
class BrowserScenarioTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    private int port;
    @Autowired
    private ProjectionCatchUp views;

    @Test
    void chairReportsLeaderDecidesAuditorReplays() {
        Browsers.assumeAvailable();
        String id = given.acknowledged(LANG_TRON);
        given.requestExtension(id, LANG_TRON); // asks until Given.inDays(40)
        views.awaitViews();
        String obstacle = "Máy quét hồ sơ hỏng, chờ sửa " + id.substring(0, 8);

        Browsers.session("chair", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            assertThat(browser.getCurrentUrl()).endsWith("/commune/" + LANG_TRON);
            Browsers.assertNoHorizontalScroll(browser);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("a[href$='/directives/" + id + "']")));
            Browsers.clickToNextPage(browser, browser.findElement(By.linkText("Báo cáo tiến độ")));

            Browsers.assertEveryInputLabelled(browser);
            WebElement percent = browser.findElement(By.id("percent"));
            assertThat(percent.getAttribute("value")).isEqualTo("0"); // the current value until the chair changes it
            percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40"); // any whole number, not a step of 5
            assertThat(browser.findElement(By.id("percent-out")).getText()).isEqualTo("40%");
            assertThat(browser.findElement(By.id("percent-slider")).getAttribute("value")).isEqualTo("40");
            browser.findElement(By.id("note")).sendKeys("Đã số hóa 400 hồ sơ");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form.stack button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi báo cáo tiến độ.");
            assertThat(browser.getCurrentUrl()).endsWith("/commune/" + LANG_TRON + "/directives/" + id); // back on the directive

            Browsers.clickToNextPage(browser, browser.findElement(By.linkText("Báo vướng mắc")));
            Browsers.assertEveryInputLabelled(browser);
            browser.findElement(By.xpath("//label[@class='choice'][span='Trang thiết bị']")).click();
            browser.findElement(By.id("description")).sendKeys(obstacle);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form.stack button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi vướng mắc.");
            browser.get(url("/commune/" + LANG_TRON));
            WebElement item = browser.findElement(By.cssSelector("a[href$='/directives/" + id + "']")).findElement(By.xpath(".."));
            assertThat(item.getText()).contains("40%").contains("1 vướng mắc");
            Browsers.assertNoHorizontalScroll(browser);
            Browsers.saveForReadme(browser, "commune-phone.png");

            browser.get(url("/commune/" + DAT_MUI));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không được phép");
        });

        Browsers.session("leader", 1366, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            assertThat(browser.getCurrentUrl()).endsWith("/province");
            assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#count-obstacles .count")).getText())).isPositive();
            Browsers.saveForReadme(browser, "dashboard.png");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#count-obstacles a")));
            assertThat(browser.findElement(By.id("obstacle-register")).getText()).contains(obstacle);

            browser.get(url("/province/directives/new"));
            Browsers.assertEveryInputLabelled(browser);
            browser.findElement(By.id("picker-search")).sendKeys("dat mui"); // typed without diacritics
            List<WebElement> shown = browser.findElements(By.cssSelector("[data-picker-item]")).stream().filter(WebElement::isDisplayed).toList();
            assertThat(shown).extracting(WebElement::getText).containsExactly("Đất Mũi (Xã, " + DAT_MUI + ")");
            browser.findElement(By.id("picker-search")).clear();
            new Select(browser.findElement(By.id("picker-type"))).selectByValue("phuong");
            browser.findElement(By.cssSelector("[data-picker-all]")).click();
            long wards = browser.findElements(By.cssSelector("[data-picker-item][data-type=phuong]")).size();
            assertThat(browser.findElement(By.cssSelector("[data-picker-count]")).getText()).isEqualTo(String.valueOf(wards));

            browser.get(url("/province/briefing"));
            WebElement openObstacles = browser.findElement(By.id("briefing-obstacles"));
            com.fasterxml.jackson.databind.JsonNode whole = http.get("leader", "/api/briefing").json();
            assertThat(whole.get("obstacles").findValuesAsText("description")).contains(obstacle);
            assertThat(openObstacles.findElement(By.tagName("h2")).getText()).endsWith("(" + whole.get("totals").get("obstacles").asInt() + ")");
            if (whole.get("totals").get("obstacles").asInt() <= ProvincePages.BRIEFING_PAGE_ROWS) {
                assertThat(openObstacles.getText()).contains(obstacle).contains("Láng Tròn");
            } else { // the page lists the ones open longest; the other tests' obstacles, raised before this one, can fill it
                assertThat(openObstacles.findElements(By.cssSelector("tbody tr"))).hasSize(ProvincePages.BRIEFING_PAGE_ROWS);
                assertThat(browser.findElement(By.id("briefing-limited")).isDisplayed()).isTrue();
            }
            assertThat(browser.findElement(By.id("briefing-csv")).getAttribute("href")).contains("/province/briefing.csv");
            Browsers.saveForReadme(browser, "briefing.png");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740)); // a leader on a phone in a meeting
            assertThat(browser.findElement(By.id("briefing-obstacles")).isDisplayed()).isTrue();
            Browsers.saveForReadme(browser, "briefing-phone.png");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

            browser.get(url("/province/directives/" + id));
            WebElement row = browser.findElement(By.id("row-" + LANG_TRON));
            assertThat(row.getText()).contains("40%");
            Browsers.clickToNextPage(browser, row.findElement(By.partialLinkText("Đề nghị gia hạn")));
            Browsers.clickToNextPage(browser, browser.findElement(By.id("grant")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã đồng ý gia hạn.");
            assertThat(browser.findElement(By.id("row-" + LANG_TRON)).getText()).contains(SHOWN_DATE.format(Given.inDays(40)));
        });

        Browsers.session("auditor", 1280, 900, browser -> {
            Browsers.signIn(browser, port, "auditor");
            browser.get(url("/audit/directives/" + id));
            Browsers.assertEveryInputLabelled(browser);
            String timeline = browser.findElement(By.id("timeline")).getText();
            assertThat(timeline).contains(CHAIR + " báo cáo tiến độ của Láng Tròn: 40%. Đã số hóa 400 hồ sơ")
                    .contains(CHAIR + " báo vướng mắc của Láng Tròn (Trang thiết bị): " + obstacle)
                    .contains("leader đồng ý gia hạn cho Láng Tròn đến " + SHOWN_DATE.format(Given.inDays(40)));
            assertThat(browser.findElement(By.id("verification")).getText()).contains("Lịch sử nguyên vẹn");
            Browsers.saveForReadme(browser, "timeline.png");
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
