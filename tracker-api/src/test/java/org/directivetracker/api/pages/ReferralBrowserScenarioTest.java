package org.directivetracker.api.pages;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An obstacle travels between the commune, the province and a department in a real (headless) Chromium: the chair
 * raises it on a phone, the leader refers it to Sở Xây dựng with a date, the department answers on a phone, the
 * chair reads the answer and escalates, the leader sees it waiting on the province again, and the history replays
 * every step with who took it.
 */
class ReferralBrowserScenarioTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    private int port;
    @Autowired
    private ProjectionCatchUp views;

    @Test
    void chairRaisesLeaderRefersDepartmentAnswersChairEscalatesLeaderSeesItBack() {
        Browsers.assumeAvailable();
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        String obstacle = "Đất bàn giao chưa có giấy chứng nhận " + id.substring(0, 8);
        String answer = "Sở đã hướng dẫn tại Công văn 12/SXD-QLN " + id.substring(0, 8);
        String reason = "Hướng dẫn chưa nêu trường hợp hồ sơ còn ở huyện cũ " + id.substring(0, 8);
        String answerBy = Given.inDays(10).toString();

        Browsers.session("referral-chair-raises", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            browser.get(url("/commune/" + LANG_TRON + "/directives/" + id + "/obstacle"));
            browser.findElement(By.xpath("//label[@class='choice'][span='Văn bản pháp lý']")).click();
            browser.findElement(By.id("description")).sendKeys(obstacle);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form.stack button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi vướng mắc.");
        });
        assertThat(views.awaitViews()).as("the views saw the chair's obstacle").isTrue(); // another account reads it next

        Browsers.session("referral-leader-refers", 1280, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            browser.get(url("/province/obstacles"));
            WebElement row = rowOf(browser, obstacle);
            assertThat(row.getText()).contains("Chờ tỉnh xử lý");
            Browsers.clickToNextPage(browser, row.findElement(By.cssSelector("a[id^='refer-']")));
            Browsers.assertEveryInputLabelled(browser);
            new Select(browser.findElement(By.id("department"))).selectByValue("SXD");
            // a date input's typing order follows the browser's locale; set its value as the date picker would
            browser.executeScript("document.getElementById('answerBy').value = arguments[0];", answerBy);
            browser.findElement(By.id("note")).sendKeys("Đề nghị Sở Xây dựng hướng dẫn xã");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#referral-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã chuyển vướng mắc cho sở, ngành.");
            assertThat(rowOf(browser, obstacle).getText()).contains("Chờ sở, ngành trả lời").contains("Sở Xây dựng")
                    .contains(SHOWN_DATE.format(Given.inDays(10)));
        });

        Browsers.session("referral-department-answers", 360, 740, browser -> {
            Browsers.signIn(browser, port, "dept-SXD");
            assertThat(browser.getCurrentUrl()).endsWith("/department");
            Browsers.assertNoHorizontalScroll(browser);
            WebElement referral = browser.findElements(By.cssSelector("#referrals > li")).stream()
                    .filter(item -> item.getText().contains(obstacle)).findFirst().orElseThrow();
            assertThat(referral.getText()).contains("Láng Tròn").contains("Chờ sở, ngành trả lời");
            referral.findElement(By.tagName("textarea")).sendKeys(answer);
            Browsers.clickToNextPage(browser, referral.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi trả lời.");
            Browsers.assertEveryInputLabelled(browser);
        });

        Browsers.session("referral-chair-escalates", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            browser.get(url("/commune/" + LANG_TRON + "/directives/" + id));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(answer).contains("Chờ xã, phường phản hồi");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("a[id^='escalate-']")));
            Browsers.assertEveryInputLabelled(browser);
            browser.findElement(By.id("reason")).sendKeys(reason);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#escalation-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi đề nghị tỉnh xem xét lại.");
            Browsers.assertNoHorizontalScroll(browser);
        });

        Browsers.session("referral-leader-sees-it-back", 1280, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            browser.get(url("/province/obstacles?waitingOn=PROVINCE"));
            assertThat(rowOf(browser, obstacle).getText()).contains("Chờ tỉnh xử lý").contains("Sở Xây dựng");

            browser.get(url("/audit/directives/" + id));
            String timeline = browser.findElement(By.id("timeline")).getText();
            assertThat(timeline).contains(CHAIR + " báo vướng mắc của Láng Tròn (Văn bản pháp lý): " + obstacle)
                    .contains("leader chuyển vướng mắc của Láng Tròn cho Sở Xây dựng xử lý, hạn trả lời "
                            + SHOWN_DATE.format(Given.inDays(10)))
                    .contains("dept-SXD (Sở Xây dựng) trả lời vướng mắc của Láng Tròn: " + answer)
                    .contains(CHAIR + " đề nghị tỉnh xem xét lại vướng mắc của Láng Tròn sau trả lời của Sở Xây dựng: " + reason);
            assertThat(browser.findElement(By.id("verification")).getText()).contains("Lịch sử nguyên vẹn");
        });
    }

    private static WebElement rowOf(ChromeDriver browser, String text) {
        return browser.findElements(By.cssSelector("#obstacle-register tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no register row shows " + text));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
