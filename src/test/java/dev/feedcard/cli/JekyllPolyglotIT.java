package dev.feedcard.cli;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A Jekyll site translated by Polyglot, built by Jekyll itself (Debian's jekyll and ruby-jekyll-polyglot), then by
 * feedcard with {@code --pages}, as a publish step runs the two: every entry of every feed links to a page Jekyll
 * wrote, and that page got the head tags whose canonical URL is the link. The posts give their language in the front
 * matter only, as Polyglot's own example does.
 */
class JekyllPolyglotIT {
    static final Path JEKYLL = Path.of(System.getProperty("feedcard.jekyll", "/usr/bin/jekyll"));

    @TempDir
    Path dir;

    @Test
    void everyFeedEntryLinksToThePageJekyllWroteForIt() throws Exception {
        if (!Files.isExecutable(JEKYLL)) {
            fail("this test needs Jekyll and its Polyglot plugin at " + JEKYLL
                    + ": install them with 'apt-get install -y jekyll ruby-jekyll-polyglot' (.ci/run does)");
        }
        TestBlog site = TestBlog.empty(dir);
        PolyglotSite.write(site);
        jekyllBuild(site.path(""));

        TestBlog.Run init = site.init();
        assertEquals(Main.OK, init.code(), init.toString());
        Path built = site.path("_site");
        TestBlog.Run build = site.buildWithConfig("--pages", built.toString());
        assertEquals(Main.OK, build.code(), build.toString());

        Map<String, String> links = new TreeMap<>();
        try (Stream<Path> files = Files.walk(built)) {
            for (Path atom : files.filter(p -> p.getFileName().toString().equals(OutputLayout.FeedNames.DEFAULT.atom())).toList()) {
                TestBlog.atomEntries(atom).forEach((title, entry) -> links.put(title, entry.link()));
            }
        }
        String url = PolyglotSite.URL;
        assertEquals(Map.of("Salad recipes", url + "2024/salad-recipes-en/", "Salladsrecept", url + "sv/2024/salad-recipes-sv/",
                "Receitas de salada", url + "pt-BR/2024/receitas/", "Köttbullar", url + "sv/2024/kottbullar/",
                "Written before the translations", url + "2024/no-language/"), links, "each post at its own language's address");

        for (Map.Entry<String, String> link : links.entrySet()) {
            Path page = built.resolve(link.getValue().substring(url.length())).resolve("index.html");
            assertTrue(Files.isRegularFile(page), link.getValue() + ": Jekyll wrote no page there");
            org.jsoup.nodes.Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            assertEquals(link.getKey(), html.title(), page + " is the page of '" + link.getKey() + "'");
            Element canonical = html.selectFirst("head link[rel=canonical]");
            assertNotNull(canonical, page + " got its head tags");
            assertEquals(link.getValue(), canonical.attr("href"), page.toString());
        }
    }

    /**
     * Runs {@code jekyll build} in {@code source}, into its _site folder; fails with Jekyll's output when it fails,
     * also when only one of Polyglot's processes failed (Jekyll then prints the error but exits 0).
     */
    private static void jekyllBuild(Path source) throws IOException, InterruptedException {
        Process jekyll = new ProcessBuilder(List.of(JEKYLL.toString(), "build", "--source", source.toString(),
                "--destination", source.resolve("_site").toString())).redirectErrorStream(true).start();
        String output = new String(jekyll.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jekyll.waitFor(2, TimeUnit.MINUTES)) {
            jekyll.destroyForcibly();
            fail("jekyll build did not finish: " + output);
        }
        assertEquals(0, jekyll.exitValue(), "jekyll build failed (without Polyglot, install ruby-jekyll-polyglot; .ci/run does): " + output);
        assertFalse(output.contains("\n\tfrom "), "a Jekyll process failed (Ruby printed a backtrace), though jekyll build exited 0: " + output);
    }
}
