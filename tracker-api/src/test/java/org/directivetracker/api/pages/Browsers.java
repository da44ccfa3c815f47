package org.directivetracker.api.pages;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Headless Chromium sessions from the system's packages ({@code chromium}, {@code chromium-driver}), with the driver
 * given explicitly so Selenium never tries to download one. A failing session leaves a screenshot in
 * {@code target/screenshots/}.
 */
final class Browsers {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String README_SCREENSHOTS = "pages.screenshots";
    private static final int MAX_README_HEIGHT = 1400;

    private Browsers() {
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs the chromium and chromium-driver packages (.ci/run installs them)");
    }

    /** Opens a fresh browser of the given viewport, runs the steps, and closes it; on failure saves what it showed. */
    static void session(String name, int width, int height, Consumer<ChromeDriver> steps) {
        session(name, width, height, "vi", steps);
    }

    /** The same, with the browser's own language (what its built-in controls are written in). */
    static void session(String name, int width, int height, String language, Consumer<ChromeDriver> steps) {
        System.setProperty("SE_OFFLINE", "true");
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + language, "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            // the window size includes no browser chrome in headless mode; set the viewport exactly
            browser.manage().window().setSize(new Dimension(width, height));
            steps.accept(browser);
        } catch (RuntimeException | AssertionError failure) {
            save(browser, Path.of("target", "screenshots", name + "-failure.png"));
            throw failure;
        } finally {
            browser.quit();
            deleteQuietly(profile);
        }
    }

    /**
     * Clicks what leads to another page (a link, a form's button) and waits until that page has replaced this one: a
     * read right after the click would otherwise race the navigation and find the old page, or lose its element.
     */
    static void clickToNextPage(ChromeDriver browser, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        // gone once asking the old page fails: Chromium says so as a stale element or, lately, as a node not in the document
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Signs in through the login form with the demo password and waits until the sign-in's redirect has landed and
     * loaded: a page asked or read before that would race the redirect on a busy machine.
     */
    static void signIn(ChromeDriver browser, int port, String account) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login")
                && "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState")));
    }

    /** Every field a user can reach has a label (or an accessible name) that screen readers announce. */
    static void assertEveryInputLabelled(ChromeDriver browser) {
        Object unlabelled = browser.executeScript("return Array.from(document.querySelectorAll("
                + "'input:not([type=hidden]), select, textarea')).filter(function (field) {"
                + " return field.labels.length === 0 && !field.getAttribute('aria-label'); }).map(function (field) {"
                + " return field.name || field.id; });");
        assertThat((List<?>) unlabelled).as("fields without a label on " + browser.getCurrentUrl()).isEmpty();
    }

    /** The page fits the window's width: nothing to scroll sideways on a phone. */
    static void assertNoHorizontalScroll(ChromeDriver browser) {
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px on " + browser.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    /** Saves the page for the README when {@code -Dpages.screenshots=<dir>} is set. */
    static void saveForReadme(ChromeDriver browser, String file) {
        String dir = System.getProperty(README_SCREENSHOTS);
        if (dir != null && !dir.isBlank()) {
            // the whole page, up to a readable length
            Dimension viewport = browser.manage().window().getSize();
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(viewport.getWidth(), (int) Math.min(height, MAX_README_HEIGHT)));
            save(browser, Path.of(dir, file));
            browser.manage().window().setSize(viewport);
        }
    }

    private static void save(ChromeDriver browser, Path target) {
        try {
            Files.createDirectories(target.getParent());
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save a screenshot to " + target + ": " + e.getMessage());
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("tracker-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in the temporary directory is harmless
        }
    }
}
