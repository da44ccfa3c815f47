package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.directivetracker.api.contacts.ContactBook;
import org.directivetracker.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The province keeps a commune's reminder contact on a 360 px phone, and erases it again. */
class ContactsBrowserTest extends ApiTest {

    /** Tân Tiến: no other test keeps its contact. */
    private static final String TAN_TIEN = "32188";

    @LocalServerPort
    private int port;
    @Autowired
    private ContactBook contacts;

    @Test
    void theProvinceKeepsAndErasesACommunesContactOnAPhone() {
        Browsers.assumeAvailable();

        Browsers.session("contacts-phone", 360, 740, browser -> {
            Browsers.signIn(browser, port, "leader");
            browser.get("http://localhost:" + port + "/province/contacts");
            Browsers.assertEveryInputLabelled(browser);
            Browsers.assertNoHorizontalScroll(browser);

            new Select(browser.findElement(By.id("contact-code"))).selectByValue(TAN_TIEN);
            browser.findElement(By.id("code-email")).sendKeys("vanphong.tantien@camau.gov.vn");
            browser.findElement(By.id("code-phone")).sendKeys("0912333444");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("#code-form button[type=submit]")));

            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã lưu địa chỉ nhận nhắc việc.");
            String row = browser.findElement(By.cssSelector("tr[data-key='" + TAN_TIEN + "']")).getText();
            assertThat(row).contains("vanphong.tantien@camau.gov.vn", "0912333444");
            Browsers.assertNoHorizontalScroll(browser);

            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("tr[data-key='" + TAN_TIEN + "'] form button")));
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Đã xóa địa chỉ.");
            assertThat(browser.findElements(By.cssSelector("tr[data-key='" + TAN_TIEN + "']"))).isEmpty();
        });

        assertThat(contacts.find(TAN_TIEN)).isEmpty();
    }
}
