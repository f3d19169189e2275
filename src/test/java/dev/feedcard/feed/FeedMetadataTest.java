package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed settings (icon, logo, rights, websub, summaryOnly, limit) as each format shows them. */
class FeedMetadataTest {
    @TempDir
    Path dir;

    private TestBlog site() {
        TestBlog site = new TestBlog(dir);
        for (int i = 1; i <= 4; i++) site.postWith("post-" + i, "title: Post " + i + "\ndate: 2024-01-0" + i + "\ntags: [t]", "Body of post " + i + ".\n\n<!--more-->\n\nThe rest.\n");
        return site;
    }

    @Test
    void configuredMetadataAppearsInEveryFormat() throws Exception {
        Path out = dir.resolve("out");
        site().set("icon", "/favicon.png").set("logo", "https://cdn.example.org/logo.png").set("rights", "© 2024 Jane & co")
                .set("websub", "https://hub.example.net/").build(out);
        assertEquals(List.of(), FeedRules.check(out, TestBlog.SITE_URL));

        Element atom = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        assertEquals("https://blog.example.org/favicon.png", FeedRules.text(atom, FeedRules.ATOM_NS, "icon"));
        assertEquals("https://cdn.example.org/logo.png", FeedRules.text(atom, FeedRules.ATOM_NS, "logo"));
        assertEquals("© 2024 Jane & co", FeedRules.text(atom, FeedRules.ATOM_NS, "rights"));
        assertEquals("Notes on testing", FeedRules.text(atom, FeedRules.ATOM_NS, "subtitle"));
        assertEquals("Jane Doe", FeedRules.text(FeedRules.first(atom, FeedRules.ATOM_NS, "author"), FeedRules.ATOM_NS, "name"));
        assertEquals("feedcard", FeedRules.text(atom, FeedRules.ATOM_NS, "generator"));
        assertEquals(List.of("alternate https://blog.example.org/", "self https://blog.example.org/atom.xml", "hub https://hub.example.net/"),
                FeedRules.children(atom, FeedRules.ATOM_NS, "link").stream().map(l -> l.getAttribute("rel") + " " + l.getAttribute("href")).toList());

        Element channel = FeedRules.first(FeedRules.parseXml(out.resolve("tags/t/rss.xml")).getDocumentElement(), null, "channel");
        assertEquals("© 2024 Jane & co", FeedRules.text(channel, null, "copyright"));
        assertEquals("https://cdn.example.org/logo.png", FeedRules.text(FeedRules.first(channel, null, "image"), null, "url"));
        assertTrue(FeedRules.text(channel, null, "generator").startsWith("feedcard "));
        assertEquals(List.of("self https://blog.example.org/tags/t/rss.xml", "hub https://hub.example.net/"),
                FeedRules.children(channel, FeedRules.ATOM_NS, "link").stream().map(l -> l.getAttribute("rel") + " " + l.getAttribute("href")).toList());
        assertNull(FeedRules.first(channel, null, "managingEditor"), "RSS takes only e-mail addresses there; names go in dc:creator");

        JsonNode json = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        assertEquals("https://cdn.example.org/logo.png", json.path("icon").asText());
        assertEquals("https://blog.example.org/favicon.png", json.path("favicon").asText());
        assertEquals("WebSub", json.path("hubs").get(0).path("type").asText());
        assertEquals("https://hub.example.net/", json.path("hubs").get(0).path("url").asText());
        assertEquals(List.of("version", "title", "home_page_url", "feed_url", "description", "icon", "favicon", "authors", "language", "hubs", "items"),
                iterable(json.fieldNames()));
        assertEquals(List.of("id", "url", "title", "summary", "content_html", "image", "date_published", "date_modified", "tags", "authors", "language"),
                iterable(json.path("items").get(0).fieldNames()));
    }

    @Test
    void withoutSettingsThereIsNoEmptyMetadata() throws Exception {
        Path out = dir.resolve("out");
        site().build(out);
        Element atom = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        for (String el : List.of("icon", "logo", "rights")) assertNull(FeedRules.first(atom, FeedRules.ATOM_NS, el), el);
        Element channel = FeedRules.first(FeedRules.parseXml(out.resolve("rss.xml")).getDocumentElement(), null, "channel");
        assertNull(FeedRules.first(channel, null, "image"));
        assertNull(FeedRules.first(channel, null, "copyright"));
        assertFalse(new ObjectMapper().readTree(out.resolve("feed.json").toFile()).has("hubs"));
    }

    @Test
    void summaryOnlyLeavesTheContentOutAndLimitCutsEveryFeed() throws Exception {
        Path out = dir.resolve("out");
        site().set("summaryOnly", true).set("limit", 2).build(out);
        assertEquals(List.of(), FeedRules.check(out, TestBlog.SITE_URL));
        for (String folder : List.of("", "tags/t/", "lang/en/")) {
            Element atom = FeedRules.parseXml(out.resolve(folder + "atom.xml")).getDocumentElement();
            List<Element> entries = FeedRules.children(atom, FeedRules.ATOM_NS, "entry");
            assertEquals(2, entries.size(), folder);
            assertEquals("https://blog.example.org/post-4/", FeedRules.text(entries.get(0), FeedRules.ATOM_NS, "id"));
            assertNull(FeedRules.first(entries.get(0), FeedRules.ATOM_NS, "content"));
            assertEquals("Body of post 4.", FeedRules.text(entries.get(0), FeedRules.ATOM_NS, "summary"));
            Element item = FeedRules.first(FeedRules.first(FeedRules.parseXml(out.resolve(folder + "rss.xml")).getDocumentElement(), null, "channel"), null, "item");
            assertNull(FeedRules.first(item, FeedRules.CONTENT_NS, "encoded"));
            assertEquals("Body of post 4.", FeedRules.text(item, null, "description"));
            JsonNode first = new ObjectMapper().readTree(out.resolve(folder + "feed.json").toFile()).path("items").get(0);
            assertFalse(first.has("content_html"));
            assertEquals("Body of post 4.", first.path("content_text").asText());
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
