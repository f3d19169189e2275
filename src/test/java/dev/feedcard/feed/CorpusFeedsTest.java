package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.build.BuildResult;
import dev.feedcard.build.Builder;
import dev.feedcard.build.Progress;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue's "must show", on the hippocampus-garden corpus (111 posts, English and Japanese, language marked by the
 * first tag): the feeds exist where the README says, follow every validator rule, carry the same entries in every
 * format, and a second build gives the same bytes.
 */
class CorpusFeedsTest {
    static final String SITE = "https://hippocampus-garden.com";
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    static Path dir;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        out = dir.resolve("out");
        result = build(out);
    }

    static BuildResult build(Path target) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("content", System.getProperty("feedcard.corpus"));
        values.put("out", target.toString());
        values.put("siteUrl", SITE);
        values.put("languages", "en,ja");
        values.put("feedsOnly", true);
        Config config = Config.from(new Settings(values, "test"), NOW);
        BuildResult r = new Builder(config, Progress.NONE).build();
        assertTrue(r.published(), () -> "the corpus build failed: " + r.problems());
        return r;
    }

    @Test
    void writesTheFeedsTheIssueNames() {
        for (String folder : List.of("", "tags/deep-learning/", "lang/en/", "lang/ja/")) {
            for (String file : List.of("atom.xml", "rss.xml", "feed.json")) {
                assertTrue(Files.isRegularFile(out.resolve(folder + file)), folder + file + " is missing");
            }
        }
        for (String file : List.of("feed.css", "tags.json", "feeds.html")) assertTrue(Files.isRegularFile(out.resolve(file)), file);
        assertEquals(111, result.posts());
    }

    @Test
    void everyFeedFollowsTheValidatorsRules() {
        List<String> problems = FeedRules.check(out, SITE);
        assertEquals(List.of(), problems);
        assertTrue(FeedRules.feedFiles(out).size() > 60, "expected feeds for every tag and language");
    }

    @Test
    void everyAtomFeedIsValidAgainstTheRfc4287Schema() throws Exception {
        int checked = 0;
        for (Path file : FeedRules.feedFiles(out)) {
            if (!file.getFileName().toString().equals("atom.xml")) continue;
            assertEquals(List.of(), AtomSchema.errors(file), out.relativize(file).toString());
            checked++;
        }
        assertTrue(checked > 20);
    }

    @Test
    void everyFormatCarriesTheSameEntriesInTheSameOrder() throws Exception {
        for (Path atom : FeedRules.feedFiles(out)) {
            if (!atom.getFileName().toString().equals("atom.xml")) continue;
            Path folder = atom.getParent();
            List<String> atomIds = new ArrayList<>();
            for (Element e : FeedRules.children(FeedRules.parseXml(atom).getDocumentElement(), FeedRules.ATOM_NS, "entry")) {
                atomIds.add(FeedRules.text(e, FeedRules.ATOM_NS, "id"));
            }
            Document rss = FeedRules.parseXml(folder.resolve("rss.xml"));
            List<String> guids = new ArrayList<>();
            for (Element item : FeedRules.children(FeedRules.first(rss.getDocumentElement(), null, "channel"), null, "item")) {
                guids.add(FeedRules.text(item, null, "guid"));
            }
            List<String> jsonIds = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(folder.resolve("feed.json").toFile()).path("items")) jsonIds.add(item.path("id").asText());
            assertFalse(atomIds.isEmpty(), folder.toString());
            assertEquals(atomIds, guids, out.relativize(folder).toString());
            assertEquals(atomIds, jsonIds, out.relativize(folder).toString());
        }
    }

    @Test
    void theLimitAppliesToEveryFeedAndTagsJsonCountsEveryPost() throws Exception {
        JsonNode index = new ObjectMapper().readTree(out.resolve("tags.json").toFile());
        assertEquals(111, index.path("site").path("posts").asInt());
        assertEquals(20, jsonItems(out.resolve("feed.json")).size());
        List<JsonNode> groups = new ArrayList<>();
        index.path("tags").forEach(groups::add);
        index.path("languages").forEach(groups::add);
        assertTrue(index.path("tags").size() > 20);
        assertEquals(2, index.path("languages").size());
        int languagePosts = 0;
        for (JsonNode group : groups) {
            int posts = group.path("posts").asInt();
            Path feed = out.resolve(group.path("folder").asText() + "feed.json");
            assertEquals(Math.min(20, posts), jsonItems(feed).size(), group.toString());
            assertEquals(SITE + "/" + FeedPaths.urlPath(group.path("folder").asText()) + "atom.xml", group.path("feeds").path("atom").asText());
            if (group.has("code")) languagePosts += posts;
        }
        assertEquals(111, languagePosts, "every post is in exactly one language feed");
    }

    @Test
    void tagAndLanguageFeedsHoldOnlyTheirPosts() throws Exception {
        for (JsonNode item : jsonItems(out.resolve("tags/deep-learning/feed.json"))) {
            assertTrue(item.path("tags").toString().contains("\"deep-learning\""), item.path("id").asText());
        }
        for (String code : List.of("en", "ja")) {
            List<JsonNode> items = jsonItems(out.resolve("lang/" + code + "/feed.json"));
            assertEquals(20, items.size());
            for (JsonNode item : items) assertEquals(code, item.path("language").asText(), item.path("id").asText());
            Element feed = FeedRules.parseXml(out.resolve("lang/" + code + "/atom.xml")).getDocumentElement();
            assertEquals(code, feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            Element channel = FeedRules.first(FeedRules.parseXml(out.resolve("lang/" + code + "/rss.xml")).getDocumentElement(), null, "channel");
            assertEquals(code, FeedRules.text(channel, null, "language"));
        }
    }

    @Test
    void languageTagsAreNotTopicTags() throws Exception {
        assertFalse(Files.exists(out.resolve("tags/en")));
        assertFalse(Files.exists(out.resolve("tags/ja")));
        for (JsonNode item : jsonItems(out.resolve("feed.json"))) {
            for (JsonNode tag : item.path("tags")) assertFalse(List.of("en", "ja").contains(tag.asText()), item.path("id").asText());
        }
    }

    @Test
    void aJapanesePostInTheSiteFeedSaysItsLanguage() throws Exception {
        Element feed = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        int japanese = 0;
        for (Element entry : FeedRules.children(feed, FeedRules.ATOM_NS, "entry")) {
            if ("ja".equals(entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))) japanese++;
        }
        assertTrue(japanese > 0, "the site feed (en) shows Japanese posts marked xml:lang=ja");
    }

    @Test
    void aSecondBuildIsByteIdentical() throws IOException {
        Path again = dir.resolve("again");
        build(again);
        Map<String, byte[]> first = files(out);
        Map<String, byte[]> second = files(again);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) assertArrayEquals(first.get(name), second.get(name), name);
        BuildResult same = build(out);
        assertEquals(0, same.written(), "a rebuild into the same folder changes no file");
    }

    private static List<JsonNode> jsonItems(Path file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).path("items").forEach(items::add);
        return items;
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
