package dev.feedcard.cli;

import dev.feedcard.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildPreviewTest {
    @Test
    void buildWithPreviewWritesThePageBesideTheFeedsAndRemovesItWhenNotAsked(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out");
        Fixtures.post(content, "older.md", "title: Older post\ndate: 2024-01-01\ntags: [java]", "The older one.");
        Fixtures.post(content, "newer.md", "title: Newer post\ndate: 2024-02-01\ntags: [ja, travel]", "The newer one.");
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString(), "--languages", "en,ja",
                "--now", "2025-01-01T00:00:00Z", "--preview", "-q"));

        Path page = out.resolve("preview/index.html");
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertEquals(List.of("Newer post", "Older post"), doc.select("article.post .post-title").eachText());
        assertEquals("ja", doc.getElementById("post-newer").attr("data-lang"));
        assertEquals("The older one.", doc.getElementById("post-older").selectFirst(".reader-summary").text());
        assertEquals(List.of("../atom.xml", "../rss.xml", "../feed.json", "../lang/en/atom.xml", "../lang/en/rss.xml", "../lang/en/feed.json",
                "../lang/ja/atom.xml", "../lang/ja/rss.xml", "../lang/ja/feed.json", "../tags/java/atom.xml", "../tags/java/rss.xml",
                "../tags/java/feed.json", "../tags/travel/atom.xml", "../tags/travel/rss.xml", "../tags/travel/feed.json"),
                doc.select("nav.feeds a").eachAttr("href"));
        for (String href : doc.select("nav.feeds a").eachAttr("href")) {
            assertTrue(Files.isRegularFile(page.getParent().resolve(href).normalize()), href + " exists beside the page");
        }
        assertFalse(doc.html().contains("/_feedcard/version"), "the written page does not poll a server");
        assertTrue(Files.readString(out.resolve(".feedcard/manifest.txt")).contains("preview/index.html"), "feedcard owns the page");

        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString(), "--now", "2025-01-01T00:00:00Z", "-q"));
        assertFalse(Files.exists(page), "a build without --preview removes the page of an earlier one");
    }
}
