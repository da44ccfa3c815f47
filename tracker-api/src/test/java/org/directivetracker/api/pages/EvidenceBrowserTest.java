package org.directivetracker.api.pages;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.eventstore.files.ContentAddressedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune chair on a 360 px phone sends a camera-sized photo from the assignment page; the browser shrinks it
 * before sending, and the leader sees it on the directive's page.
 */
class EvidenceBrowserTest extends ApiTest {

    private static final String CHAIR = "chair-" + LANG_TRON;

    @LocalServerPort
    private int port;
    @Autowired
    private ProjectionCatchUp views;
    @Autowired
    private ContentAddressedFiles files;

    @Test
    void aChairSendsAPhotoFromAPhoneAndTheLeaderSeesIt(@TempDir Path dir) throws IOException {
        Browsers.assumeAvailable();
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        Path photo = cameraPhoto(dir.resolve("may-scan-hong.jpg"));

        Browsers.session("evidence-chair", 360, 740, browser -> {
            Browsers.signIn(browser, port, CHAIR);
            browser.get(url("/commune/" + LANG_TRON + "/directives/" + id));
            WebElement panel = browser.findElement(By.id("evidence"));
            WebElement input = panel.findElement(By.cssSelector("input[type=file]"));
            assertThat(panel.getText()).as("the file control in the page's words, not the browser's")
                    .contains("Chọn tệp", "Chưa chọn tệp nào").doesNotContain("Choose File", "No file chosen");
            assertThat(input.getSize().getWidth()).as("the browser's own control hidden").isLessThanOrEqualTo(1);
            panel.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.executeScript("return arguments[0].validationMessage;", input))
                    .as("sent without a file: refused in the page's words").isEqualTo("Vui lòng chọn một tệp.");
            input.sendKeys(photo.toString());
            assertThat(panel.findElement(By.cssSelector("[data-evidence-chosen]")).getText()).isEqualTo("may-scan-hong.jpg");
            browser.executeScript("arguments[0].scrollIntoView();", panel);
            Browsers.saveForReadme(browser, "evidence-phone.png");
            panel.findElement(By.cssSelector("input[name=caption]")).sendKeys("Máy scan tại bộ phận một cửa");
            panel.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.findElement(By.cssSelector("#evidence .flash")).getText()).isEqualTo("Đã gửi tệp minh chứng.");
            assertThat(browser.findElement(By.id("evidence")).getText()).contains("may-scan-hong.jpg");
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        });

        EvidenceAttached attached = payloads(id).stream().filter(EvidenceAttached.class::isInstance)
                .map(EvidenceAttached.class::cast).findFirst().orElseThrow();
        assertThat(attached.contentType()).isEqualTo("image/jpeg");
        assertThat(attached.size()).as("shrunk in the browser").isLessThan(Files.size(photo));
        try (InputStream stored = files.open(attached.sha256()).orElseThrow()) {
            BufferedImage sent = ImageIO.read(stored);
            assertThat(Math.max(sent.getWidth(), sent.getHeight())).isEqualTo(1600);
        }

        Browsers.session("evidence-leader", 1366, 900, browser -> {
            Browsers.signIn(browser, port, "leader");
            browser.get(url("/province/directives/" + id));
            WebElement panel = browser.findElement(By.id("evidence"));
            assertThat(panel.getText()).contains("may-scan-hong.jpg", "Máy scan tại bộ phận một cửa", LANG_TRON);
            assertThat(panel.getText()).as("the province's form in the page's words too").contains("Chọn tệp", "Chưa chọn tệp nào");
            WebElement image = panel.findElement(By.cssSelector("img.evidence-thumb"));
            // the list's photos load lazily: bring this one into view and wait for it
            browser.executeScript("arguments[0].scrollIntoView();", image);
            Object loadedWidth = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
                Object width = browser.executeScript(
                        "var img = arguments[0]; return img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;", image);
                return width;
            });
            assertThat(((Number) loadedWidth).intValue()).as("the photo is shown").isEqualTo(1600);
        });
    }

    /** A 4000 x 3000 photo with fine detail, as a phone camera takes it: several MB as JPEG. */
    private static Path cameraPhoto(Path file) throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), 4000, 3000, new Color(230, 200, 120)));
        graphics.fillRect(0, 0, 4000, 3000);
        graphics.dispose();
        Random noise = new Random(17);
        for (int y = 0; y < 3000; y += 2) {
            for (int x = 0; x < 4000; x += 2) {
                image.setRGB(x, y, image.getRGB(x, y) ^ (noise.nextInt(64) * 0x010101));
            }
        }
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
