package org.directivetracker.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.core.api.event.ExtensionRequested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A chair whose phone is set to English asks for more time: the day is still written dd/mm/yyyy, typed on the number
 * pad without slashes or picked on the calendar, and the province receives the day that was meant.
 */
class DayFieldBrowserTest extends ApiTest {
    private static final String CHAIR = "chair-" + LANG_TRON;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    private int port;
    @Autowired
    private ProjectionCatchUp views;

    @Test
    void aChairOnAnEnglishPhoneTypesOrPicksTheDayAsDayMonthYear() {
        Browsers.assumeAvailable();
        String id = given.acknowledged(LANG_TRON);
        views.awaitViews();
        LocalDate typed = Given.inDays(45);
        LocalDate picked = Given.inDays(50);

        Browsers.session("day-field-phone", 360, 740, "en-US", browser -> {
            Browsers.signIn(browser, port, CHAIR);
            browser.get("http://localhost:" + port + "/commune/" + LANG_TRON + "/directives/" + id + "/extension");
            WebElement field = browser.findElement(By.id("deadline"));
            assertThat(field.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
            WebElement calendarButton = browser.findElement(By.cssSelector(".day-wrap button.day-pick"));
            assertThat(calendarButton.getAttribute("aria-label")).isEqualTo("Chọn ngày trên lịch");
            Browsers.assertEveryInputLabelled(browser);
            Browsers.assertNoHorizontalScroll(browser);

            field.sendKeys(typed.format(DateTimeFormatter.ofPattern("ddMMyyyy")), Keys.TAB);
            assertThat(field.getAttribute("value")).as("eight digits from the number pad").isEqualTo(typed.format(DAY));

            // the browser's calendar cannot be driven headless: what choosing a day in it does is its change event
            browser.executeScript("var calendar = document.querySelector('.day-calendar');"
                    + "calendar.value = arguments[0]; calendar.dispatchEvent(new Event('change'));", picked.toString());
            assertThat(field.getAttribute("value")).as("the picked day, in the province's order").isEqualTo(picked.format(DAY));

            browser.findElement(By.id("reason")).sendKeys("Thiếu nhân sự");
            Browsers.clickToNextPage(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(browser.getCurrentUrl()).endsWith("/directives/" + id);
        });

        assertThat(payloads(id)).filteredOn(ExtensionRequested.class::isInstance)
                .extracting(event -> ((ExtensionRequested) event).proposedDeadline()).containsExactly(picked);
    }
}
