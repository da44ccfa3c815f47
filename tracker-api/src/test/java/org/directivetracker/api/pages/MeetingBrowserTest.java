package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.value.ProvinceTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting in a real (headless) Chromium: the leader schedules it, walks three communes in meeting mode with the
 * keyboard, ticks attendance, records two conclusions (one with a new directive for two communes) and issues the
 * notice, whose PDF downloads; a chair then finds the new directive with its origin on the phone. With
 * {@code -Dpages.screenshots=<dir>} meeting mode and the notice's first page are saved there.
 */
class MeetingBrowserTest extends ApiTest {
    private static final String TAN_THANH = "32025";

    @LocalServerPort
    private int port;

    @Test
    void theLeaderWalksThreeCommunesConcludesAndIssuesTheNoticeAndTheChairsSeeTheNewDirective() throws Exception {
        Browsers.assumeAvailable();
        AtomicReference<String> directive = new AtomicReference<>();

        Browsers.session("meeting-leader", 1366, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            Browsers.clickToNextPage(browser, browser.findElement(By.linkText("Cuộc họp")));
            browser.findElement(By.id("meeting-title")).sendKeys("Giao ban tiến độ với ba xã");
            String startsAt = LocalDateTime.now(ProvinceTime.ZONE).plusHours(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            browser.findElement(By.id("meeting-starts")).sendKeys(startsAt);
            Select invited = new Select(browser.findElement(By.id("meeting-communes")));
            for (String code : new String[]{LANG_TRON, DAT_MUI, TAN_THANH}) {
                invited.selectByValue(code);
            }
            Browsers.assertEveryInputLabelled(browser);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#schedule-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã lên lịch cuộc họp.");
            String meeting = browser.getCurrentUrl();

            Browsers.clickToNextPage(browser, browser.findElement(By.id("meeting-mode")));
            assertThat(browser.findElement(By.cssSelector(".mode-position")).getText()).isEqualTo("Xã thứ 1/3");
            Browsers.assertEveryInputLabelled(browser);
            for (String expected : new String[]{"Xã thứ 2/3", "Xã thứ 3/3"}) {
                browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
                waitForPosition(browser, expected);
            }
            browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
            waitForPosition(browser, "Xã thứ 2/3");

            browser.findElement(By.id("attendance-representative")).sendKeys("Phó Chủ tịch UBND");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#attendance-form button[type=submit]")));
            assertThat(browser.findElement(By.id("mode-attendance")).getText()).contains("Phó Chủ tịch UBND");

            browser.findElement(By.id("conclusion-text")).sendKeys("Đề nghị xã tập trung hoàn thành các nhiệm vụ quá hạn.");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#conclusion-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã ghi kết luận.");

            browser.findElement(By.id("conclusion-text")).sendKeys("Giao các xã rà soát hộ nghèo, cận nghèo cuối năm.");
            browser.findElement(By.cssSelector("details.new-directive summary")).click();
            browser.findElement(By.id("new-directive-title")).sendKeys("Rà soát hộ nghèo, cận nghèo cuối năm");
            browser.findElement(By.id("new-directive-deadline")).sendKeys(Given.inDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Select communes = new Select(browser.findElement(By.id("new-directive-communes")));
            communes.selectByValue(LANG_TRON);
            communes.selectByValue(DAT_MUI);
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#conclusion-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector("#mode-concluded")).getText()).contains("Rà soát hộ nghèo, cận nghèo cuối năm");
            Browsers.saveForReadme(browser, "meeting-mode.png");

            browser.get(meeting);
            browser.findElement(By.id("notice-number")).sendKeys("141/TB-UBND");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#notice-form button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector("#notice h2")).getText()).contains("141/TB-UBND");
            String href = browser.findElement(By.cssSelector("#conclusions a[href^='/province/directives/']")).getAttribute("href");
            directive.set(href.substring(href.lastIndexOf('/') + 1));

            byte[] pdf = download(browser, browser.findElement(By.id("notice-pdf")).getAttribute("href"));
            try (PDDocument notice = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(notice)).contains("Số: 141/TB-UBND", "Rà soát hộ nghèo, cận nghèo");
                saveFirstPage(notice, "notice.png");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        for (String code : new String[]{LANG_TRON, DAT_MUI}) {
            Browsers.session("meeting-chair-" + code, 360, 740, browser -> {
                Browsers.signIn(browser, port, "chair-" + code);
                browser.get("http://localhost:" + port + "/commune/" + code + "/directives/" + directive.get());
                assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Rà soát hộ nghèo, cận nghèo cuối năm");
                assertThat(browser.findElement(By.id("directive-origin")).getText()).isEqualTo("Từ kết luận cuộc họp (Thông báo 141/TB-UBND)");
                Browsers.assertNoHorizontalScroll(browser);
            });
        }
    }

    private static void waitForPosition(ChromeDriver browser, String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(driver ->
                driver.findElement(By.cssSelector(".mode-position")).getText().equals(expected));
    }

    /** The file as the signed-in browser would download it: the same session cookie. */
    private static byte[] download(ChromeDriver browser, String url) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notice's first page as a picture for the README, when screenshots are asked for. */
    private static void saveFirstPage(PDDocument notice, String file) {
        String dir = System.getProperty("pages.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            BufferedImage page = new PDFRenderer(notice).renderImageWithDPI(0, 110);
            Files.createDirectories(Path.of(dir));
            ImageIO.write(page, "png", Path.of(dir, file).toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
