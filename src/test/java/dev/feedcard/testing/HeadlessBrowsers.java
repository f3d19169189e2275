package dev.feedcard.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless browsers for tests that look at a page as a person would: Chromium driven through chromedriver,
 * and Firefox ESR, which takes a screenshot of an address. {@code .ci/run} installs all three.
 */
public final class HeadlessBrowsers {
    public static final Path CHROMIUM = Path.of(System.getProperty("feedcard.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("feedcard.chromedriver", "/usr/bin/chromedriver"));
    public static final Path FIREFOX = Path.of(System.getProperty("feedcard.firefox", "/usr/bin/firefox-esr"));

    private HeadlessBrowsers() {
    }

    /** Headless Chromium with its console logged, on a fresh profile in {@code profile}; fails when it is not installed. */
    public static ChromeDriver chromium(Path profile) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser tests need headless Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with 'apt-get install -y chromium chromium-driver' (.ci/run does)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(profile));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
        return driver;
    }

    /**
     * The text of the page Chromium shows, as a person could select it: hidden elements left out, generated content
     * (CSS {@code content}) too. Works for XML documents, which have no {@code body} and no {@code innerText}.
     */
    public static String renderedText(ChromeDriver chromium) {
        return (String) chromium.executeScript("const s = getSelection(); s.removeAllRanges(); const r = document.createRange();"
                + " r.selectNodeContents(document.documentElement); s.addRange(r); const t = s.toString(); s.removeAllRanges(); return t;");
    }

    /**
     * Firefox ESR's screenshot of {@code url} in a window of the given size, taken with a fresh profile in
     * {@code profile}; fails when Firefox is not installed or writes no screenshot (as when it offers a download).
     */
    public static BufferedImage firefoxScreenshot(String url, Path file, Path profile, int width, int height) throws Exception {
        if (!Files.isExecutable(FIREFOX)) {
            fail("the browser tests need Firefox ESR at " + FIREFOX + ": install it with 'apt-get install -y firefox-esr' (.ci/run does)");
        }
        Files.createDirectories(profile);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Process firefox = new ProcessBuilder(List.of(FIREFOX.toString(), "--headless", "-no-remote", "-profile", profile.toString(),
                "--window-size=" + width + "," + height, "--screenshot", file.toAbsolutePath().toString(), url))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!firefox.waitFor(2, TimeUnit.MINUTES)) {
            firefox.destroyForcibly().waitFor();
            fail("Firefox took no screenshot of " + url + " within two minutes");
        }
        assertTrue(Files.isRegularFile(file), "Firefox wrote a screenshot of " + url);
        return ImageIO.read(file.toFile());
    }

    /** How many different colours the image has: a blank page has one or two, a page of text hundreds. */
    public static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) colours.add(image.getRGB(x, y) & 0xffffff);
        }
        return colours.size();
    }

    /** How many pixels are within {@code tolerance} of the colour in each channel (anti-aliased text is only near it). */
    public static int pixelsNear(BufferedImage image, int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tolerance
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tolerance
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tolerance) count++;
            }
        }
        return count;
    }
}
