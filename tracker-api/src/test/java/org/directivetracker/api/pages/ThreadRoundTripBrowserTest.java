package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The loop between a commune and the province in a real (headless) Chromium: the chair on a 360 px phone asks for more
 * time and submits completion; the leader at 1,366 px reads the chair's own words in the inbox, grants with a note,
 * returns the completion with a reason, resolves the obstacle and urges the commune; back on the phone the chair reads
 * every answer in the inbox, the thread and the notifications. With {@code -Dpages.screenshots=<dir>} the inboxes and
 * the thread are saved there for the README.
 */
class ThreadRoundTripBrowserTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;

    @LocalServerPort
    private int port;
    @Autowired
    private ProjectionCatchUp views;

    @Test
    void theChairAsksTheLeaderAnswersAndTheChairSeesEveryAnswer() {
        Browsers.assumeAvailable();
        String id = given.acknowledged(LANG_TRON);
        given.raiseObstacle(id, LANG_TRON); // "Máy scan hư hỏng"
        views.awaitViews();
        String commune = "/commune/" + LANG_TRON;
        String reason = "Thiếu nhân sự sau khi công chức nghỉ việc " + id.substring(0, 6);

        Browsers.session("chair-asks", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            browser.get(url(commune + "/directives/" + id + "/extension"));
            browser.findElement(By.id("deadline")).sendKeys(Given.inDays(45).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.findElement(By.id("reason")).sendKeys(reason);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form.stack button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi đề nghị gia hạn.");

            browser.get(url(commune + "/directives/" + id + "/completion"));
            browser.findElement(By.id("summary")).sendKeys("Đã số hóa toàn bộ hồ sơ năm 2025");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form.stack button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã gửi báo cáo hoàn thành.");
        });

        Browsers.session("leader-answers", 1366, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".inbox-link .count")).getText())).isPositive();
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector(".inbox-link")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc chờ xử lý");
            // the directive's own items, from its page: the whole inbox lists the oldest of every directive first
            browser.get(url("/province/directives/" + id));
            assertThat(browser.findElement(By.id("pending-decisions")).getText()).isEqualTo("Việc chờ quyết định (3)");
            Browsers.saveForReadme(browser, "directive.png");
            Browsers.clickToNextPage(browser, browser.findElement(By.id("pending-decisions")));
            WebElement extension = item(browser, id, "EXTENSION_REQUESTED");
            assertThat(extension.getText()).contains(reason).contains("Láng Tròn").contains("Mới gửi hôm nay");
            assertThat(item(browser, id, "COMPLETION_SUBMITTED").getText()).contains("Đã số hóa toàn bộ hồ sơ năm 2025");
            assertThat(item(browser, id, "OBSTACLE_RAISED").getText()).contains("Máy scan hư hỏng").contains("Trang thiết bị");
            Browsers.saveForReadme(browser, "inbox-province.png");

            extension.findElement(By.name("note")).sendKeys("Đồng ý, báo cáo trước hạn mới");
            Browsers.clickToNextPage(browser, extension.findElement(By.cssSelector("form[action$='/extension/grant'] button")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã đồng ý gia hạn.");

            WebElement completion = item(browser, id, "COMPLETION_SUBMITTED");
            completion.findElement(By.name("reason")).sendKeys("Thiếu biên bản bàn giao");
            Browsers.clickToNextPage(browser, completion.findElement(By.cssSelector("form[action$='/completion/return'] button")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã trả lại báo cáo hoàn thành.");

            WebElement obstacle = item(browser, id, "OBSTACLE_RAISED");
            obstacle.findElement(By.name("resolution")).sendKeys("Sở Thông tin cấp máy scan dự phòng");
            Browsers.clickToNextPage(browser, obstacle.findElement(By.cssSelector("form[action$='/resolve'] button")));
            assertThat(browser.findElements(By.cssSelector("article[data-directive='" + id + "']"))).isEmpty();

            browser.get(url("/province/directives/" + id + "/communes/" + LANG_TRON + "/thread"));
            browser.findElement(By.id("urge-note")).sendKeys("Đề nghị xã nộp lại báo cáo trước thứ Sáu");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("form[action$='/urge'] button")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã đôn đốc xã.");
            assertThat(browser.findElement(By.cssSelector(".thread")).getText()).contains(reason).contains("Thiếu biên bản bàn giao")
                    .contains("Đề nghị xã nộp lại báo cáo trước thứ Sáu");
            Browsers.saveForReadme(browser, "thread.png");

            browser.get(url("/audit/directives/" + id));
            assertThat(browser.findElement(By.id("timeline")).getText())
                    .contains("leader đôn đốc Láng Tròn: Đề nghị xã nộp lại báo cáo trước thứ Sáu");
        });

        Browsers.session("chair-reads", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".inbox-link .count")).getText())).isPositive();
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector(".inbox-link")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc chờ xử lý");
            // the directive's unread answers, from its page: the whole inbox lists the oldest of every directive first
            browser.get(url(commune + "/directives/" + id));
            assertThat(browser.findElement(By.id("unread-answers")).getText()).isEqualTo("Trả lời chưa đọc (4)");
            Browsers.assertNoHorizontalScroll(browser);
            Browsers.saveForReadme(browser, "commune-directive-phone.png");
            Browsers.clickToNextPage(browser, browser.findElement(By.id("unread-answers")));
            assertThat(item(browser, id, "EXTENSION_GRANTED").getText()).contains("Đồng ý, báo cáo trước hạn mới");
            assertThat(item(browser, id, "COMPLETION_RETURNED").getText()).contains("Thiếu biên bản bàn giao");
            assertThat(item(browser, id, "OBSTACLE_RESOLVED").getText()).contains("Sở Thông tin cấp máy scan dự phòng");
            assertThat(item(browser, id, "URGED").getText()).contains("Đề nghị xã nộp lại báo cáo trước thứ Sáu");
            Browsers.assertNoHorizontalScroll(browser);
            Browsers.saveForReadme(browser, "inbox-commune-phone.png");

            Browsers.clickToNextPage(browser, item(browser, id, "URGED").findElement(By.cssSelector("form button")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã đánh dấu đã đọc.");
            assertThat(browser.findElements(By.cssSelector("article[data-directive='" + id + "'][data-kind='URGED']"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("article[data-directive='" + id + "']"))).as("back on the directive's answers")
                    .hasSize(3);

            browser.get(url("/notifications"));
            List<WebElement> read = browser.findElements(By.cssSelector("li.read[data-directive='" + id + "'][data-kind='URGED']"));
            assertThat(read).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("li.unread[data-directive='" + id + "'][data-kind='EXTENSION_GRANTED']"))).hasSize(1);

            browser.get(url(commune + "/directives/" + id + "/thread"));
            assertThat(browser.findElement(By.cssSelector(".thread")).getText()).contains("Đồng ý, báo cáo trước hạn mới")
                    .contains("Thiếu biên bản bàn giao").contains("Sở Thông tin cấp máy scan dự phòng");
            Browsers.assertNoHorizontalScroll(browser);
            Browsers.saveForReadme(browser, "thread-phone.png");
        });
    }

    private static WebElement item(ChromeDriver browser, String directiveId, String kind) {
        return browser.findElement(By.cssSelector("article[data-directive='" + directiveId + "'][data-kind='" + kind + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
