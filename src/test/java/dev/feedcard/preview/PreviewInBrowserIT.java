package dev.feedcard.preview;

import dev.feedcard.Fixtures;
import dev.feedcard.testing.HeadlessBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview page in a real browser: {@code feedcard serve} runs (as its own process, as a user starts it) on a copy of
 * the corpus, and Debian's headless Chromium, driven through chromedriver, loads {@code /preview/}. Screenshots land in
 * {@code target/screenshots/}. Chromium and chromedriver are required: {@code .ci/run} installs them.
 *
 * <p>The waits below are limits against a hung test, not timing requirements.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewInBrowserIT {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration BUILD_LIMIT = Duration.ofMinutes(4);
    static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");

    static Path work;
    static Path content;
    static Process serve;
    static final List<String> serveOutput = Collections.synchronizedList(new ArrayList<>());
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("feedcard-browser");
        content = work.resolve("content");
        copy(Fixtures.corpus(), content);
        base = startServe();
        waitForFirstBuild();
        browser = startBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (serve != null) {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) serve.destroyForcibly();
        }
        if (work != null) {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void everyCardLoadsAtItsNaturalSizeWithoutConsoleErrors() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        openPreview();
        waitFor("every image to load", () -> (Boolean) js("return Array.from(document.images).every(i => i.complete);"));

        int posts = browser.findElements(By.cssSelector("article.post")).size();
        long cardFiles;
        try (Stream<Path> cards = Files.list(work.resolve("out/cards"))) {
            cardFiles = cards.filter(p -> p.toString().endsWith(".jpg")).count();
        }
        assertTrue(posts >= 100, "the corpus's posts are all on the page: " + posts);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) js(
                "return Array.from(document.querySelectorAll('img.card')).map(i => ({src: i.getAttribute('src'), w: i.naturalWidth, h: i.naturalHeight}));");
        assertEquals(cardFiles, cards.size(), "one card per card file written");
        for (Map<String, Object> card : cards) {
            assertEquals(1200L, ((Number) card.get("w")).longValue(), card.toString());
            assertEquals(630L, ((Number) card.get("h")).longValue(), card.toString());
        }
        Number broken = (Number) js("return Array.from(document.images).filter(i => i.naturalWidth === 0).length;");
        assertEquals(0, broken.intValue(), "no image on the page is broken");

        assertNoConsoleErrors();
        screenshot("preview-desktop.png");
        js("document.querySelector('article.post:nth-of-type(2)').scrollIntoView(); window.scrollBy(0, -64);");
        screenshot("preview-desktop-post.png");
        js("window.scrollTo(0, 0);");
        phoneScreenshot("preview-phone.png");
    }

    @Test
    @Order(2)
    void aTagFilterShowsOnlyThatTagsPosts() {
        openPreview();
        Select tags = new Select(browser.findElement(By.id("tag-filter")));
        WebElement option = tags.getOptions().stream()
                .filter(o -> !o.getAttribute("value").isEmpty())
                .max((a, b) -> Integer.compare(count(a.getText()), count(b.getText()))).orElseThrow();
        String tag = option.getAttribute("value");
        int expected = count(option.getText());
        int total = browser.findElements(By.cssSelector("article.post")).size();
        assertTrue(expected > 0 && expected < total, option.getText());

        tags.selectByValue(tag);
        List<WebElement> shown = browser.findElements(By.cssSelector("article.post:not([hidden])"));
        assertEquals(expected, shown.size());
        for (WebElement post : shown) assertTrue(post.getAttribute("data-tags").contains("\"" + tag + "\""), post.getAttribute("id"));
        assertEquals(expected + " of " + total + " posts", browser.findElement(By.id("shown")).getText());
        assertTrue(browser.getCurrentUrl().contains("tag="), "the filter is kept in the address: " + browser.getCurrentUrl());

        tags.selectByValue("");
        assertEquals(total, browser.findElements(By.cssSelector("article.post:not([hidden])")).size());
    }

    @Test
    @Order(3)
    void theSearchBoxFindsAPostByAWordOfItsTitle() {
        openPreview();
        List<WebElement> posts = browser.findElements(By.cssSelector("article.post"));
        WebElement target = posts.get(posts.size() / 2);
        String title = target.findElement(By.cssSelector(".post-title")).getText();
        String word = java.util.Arrays.stream(title.split("[\\s\\p{Punct}]+")).max((a, b) -> a.length() - b.length()).orElseThrow();

        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys(word);
        List<WebElement> shown = browser.findElements(By.cssSelector("article.post:not([hidden])"));
        assertTrue(shown.stream().anyMatch(p -> p.getAttribute("id").equals(target.getAttribute("id"))), "'" + word + "' finds " + title);
        assertTrue(shown.size() < posts.size(), "'" + word + "' leaves other posts out");
        for (WebElement p : shown) assertTrue(p.getAttribute("data-text").contains(word.toLowerCase(java.util.Locale.ROOT)), p.getAttribute("id"));

        search.sendKeys(" zzqqxxnotaword");
        assertEquals(0, browser.findElements(By.cssSelector("article.post:not([hidden])")).size());
        assertTrue(browser.findElement(By.id("no-match")).isDisplayed(), "an empty result says so");
        search.clear();
        js("document.getElementById('search').dispatchEvent(new Event('input'));");
        assertEquals(posts.size(), browser.findElements(By.cssSelector("article.post:not([hidden])")).size());
    }

    @Test
    @Order(4)
    void anEditedTitleReachesTheOpenPageByItself() throws Exception {
        openPreview();
        WebElement first = browser.findElement(By.cssSelector("article.post"));
        String id = first.getAttribute("id");
        String file = first.findElement(By.cssSelector(".post-meta code")).getText();
        String version = browser.findElement(By.tagName("html")).getAttribute("data-version");
        js("window.feedcardTestMarker = true;");

        String newTitle = "Edited while the preview was open " + System.nanoTime();
        Path post = content.resolve(file);
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Matcher title = Pattern.compile("(?m)^title:.*$").matcher(text);
        assertTrue(title.find(), "the post has a title line: " + file);
        Files.writeString(post, title.replaceFirst(Matcher.quoteReplacement("title: \"" + newTitle + "\"")), StandardCharsets.UTF_8);

        untilRebuilt(d -> {
            List<WebElement> titles = d.findElements(By.cssSelector("#" + id + " .post-title"));
            return !titles.isEmpty() && titles.get(0).getText().equals(newTitle);
        });
        assertEquals(null, js("return window.feedcardTestMarker === undefined ? null : true;"), "the page reloaded itself");
        assertTrue(Long.parseLong(browser.findElement(By.tagName("html")).getAttribute("data-version")) > Long.parseLong(version));
        assertTrue(browser.findElement(By.cssSelector("#" + id + " .shot-facebook")).getText().contains(newTitle.substring(0, 30)),
                "the shares follow the new title");
        assertNoConsoleErrors();
        screenshot("preview-after-edit.png");
    }

    @Test
    @Order(5)
    void aBrokenPostShowsItsErrorOnThePageWhileTheLastGoodOutputIsServed() throws Exception {
        openPreview();
        WebElement first = browser.findElement(By.cssSelector("article.post"));
        String file = first.findElement(By.cssSelector(".post-meta code")).getText();
        Path post = content.resolve(file);
        String good = Files.readString(post, StandardCharsets.UTF_8);
        Matcher date = Pattern.compile("(?m)^date:.*$").matcher(good);
        assertTrue(date.find(), "the post has a date line: " + file);
        Files.writeString(post, date.replaceFirst("date: \"the day after tomorrow\""), StandardCharsets.UTF_8);

        WebElement errors = untilRebuilt(d -> {
            List<WebElement> found = d.findElements(By.id("build-errors"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertTrue(errors.getText().contains(file), "the error names the file: " + errors.getText());
        assertFalse(browser.findElements(By.cssSelector("article.post")).isEmpty(), "the last good build's posts are still shown");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "atom.xml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), "the last good feed is still served");
        screenshot("preview-build-error.png");

        Files.writeString(post, good, StandardCharsets.UTF_8);
        untilRebuilt(d -> d.findElements(By.id("build-errors")).isEmpty());
        assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void theFeedsLinkedFromThePageOpenInTheBrowser() throws Exception {
        openPreview();
        List<String> all = browser.findElements(By.cssSelector("nav.feeds a")).stream().map(a -> a.getAttribute("href")).toList();
        HttpClient http = HttpClient.newHttpClient();
        for (String feed : all) {
            int status = http.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(200, status, feed + " is served");
        }
        List<String> feeds = browser.findElements(By.cssSelector("nav.feeds > a")).stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(feeds.contains(base + "atom.xml") && feeds.contains(base + "rss.xml"), feeds.toString());
        browser.manage().logs().get(LogType.BROWSER);
        for (String feed : feeds) {
            if (!feed.endsWith(".xml")) continue;
            browser.get(feed);
            String type = (String) js("return document.contentType;");
            String rawText = HeadlessBrowsers.renderedText(browser).trim();
            String source = Files.readString(work.resolve("out").resolve(feed.substring(base.length())), StandardCharsets.UTF_8);
            if (source.contains("<?xml-stylesheet")) {
                assertFalse(rawText.startsWith("<?xml") || rawText.startsWith("<feed") || rawText.startsWith("<rss"),
                        feed + " is shown through its stylesheet, not as text: " + rawText.substring(0, Math.min(200, rawText.length())));
                assertTrue(rawText.contains("hippocampus"), feed + " shows the feed's title: " + rawText.substring(0, Math.min(200, rawText.length())));
            } else {
                assertEquals("application/xml", type, feed + " opens as an XML document, not as text or a download");
            }
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(entry.getMessage());
        }
        assertTrue(errors.isEmpty(), "console errors on the feeds: " + errors);
        screenshot("feed-in-browser.png");
    }

    // --- the server and the browser

    static String startServe() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", classpath, "dev.feedcard.cli.Main", "serve",
                "--content", content.toString(), "--out", work.resolve("out").toString(), "--port", "0",
                "--languages", "en,ja", "--site-url", "https://example.com", "--title", "hippocampus's garden", "--limit", "20");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove("SOURCE_DATE_EPOCH");
        serve = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    serveOutput.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("feedcard serve stopped: " + serveOutput));
        }, "feedcard-serve-output");
        reader.setDaemon(true);
        reader.start();
        return url.get(2, TimeUnit.MINUTES);
    }

    static void waitForFirstBuild() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + BUILD_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) fail("feedcard serve stopped: " + serveOutput);
            String state = http.send(HttpRequest.newBuilder(URI.create(base + "_feedcard/version")).build(), HttpResponse.BodyHandlers.ofString()).body();
            boolean built = !state.contains("\"version\":0,");
            if (built && serveOutput.stream().anyMatch(l -> l.contains(" posts, "))) return;
            if (built && serveOutput.stream().anyMatch(l -> l.contains("the build failed"))) fail("the first build failed: " + serveOutput);
            Thread.sleep(250);
        }
        fail("the first build did not finish: " + serveOutput);
    }

    static ChromeDriver startBrowser() throws IOException {
        return HeadlessBrowsers.chromium(work.resolve("chromium-profile"));
    }

    static void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(entry.getLevel() + " " + entry.getMessage());
        }
        assertTrue(errors.isEmpty(), "console errors and warnings: " + errors);
    }

    /** Waits for a rebuild to reach the page; the page may reload under the test's feet meanwhile. */
    static <T> T untilRebuilt(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, BUILD_LIMIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(condition);
    }

    /**
     * Opens the preview page and waits until it is whole: loaded, with every post it counts ("111 of 111 posts"). A
     * busy machine can hand the page over while it is still being read, or while it reloads itself after a build.
     */
    static void openPreview() {
        browser.get(base + "preview/");
        waitFor("the preview page, whole", () -> Boolean.TRUE.equals(js(
                "const counted = /of (\\d+) posts?/.exec(document.getElementById('shown')?.textContent ?? '');"
                        + "return document.readyState === 'complete' && counted !== null"
                        + " && document.querySelectorAll('article.post').length === Number(counted[1]);")));
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofMinutes(2)).withMessage(what).until(d -> condition.get());
    }

    static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A phone's screen: 390 CSS pixels wide, as an iPhone 14 shows the page. */
    static void phoneScreenshot(String name) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.navigate().refresh();
            waitFor("every image to load", () -> (Boolean) js("return Array.from(document.images).every(i => i.complete);"));
            Number width = (Number) js("return document.documentElement.scrollWidth;");
            assertTrue(width.intValue() <= 390, "nothing sticks out sideways on a phone: the page is " + width + " px wide");
            screenshot(name);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static int count(String optionText) {
        Matcher m = Pattern.compile("\\((\\d+)\\)$").matcher(optionText);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) Files.createDirectories(target);
                    else Files.copy(source, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
