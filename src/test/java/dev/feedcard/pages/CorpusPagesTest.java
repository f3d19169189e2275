package dev.feedcard.pages;

import dev.feedcard.Fixtures;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.card.CardImage;
import dev.feedcard.feed.FeedKind;
import dev.feedcard.feed.FeedLink;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.meta.HeadTags;
import dev.feedcard.render.Permalinks;
import dev.feedcard.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hippocampus-garden blog with a folder of minimal built pages, one {@code <slug>/index.html} per post (made
 * here), patched, checked, then patched again with no change.
 */
class CorpusPagesTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path pages;

    @Test
    void everyPostsPageGetsItsTagsOnceAndASecondRunChangesNothing() throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("content", Fixtures.corpus().toString());
        settings.put("siteUrl", "https://hippocampus-garden.com");
        settings.put("languages", "en,ja");
        Config config = Config.from(new Settings(settings, "test"), Instant.parse("2030-01-01T00:00:00Z"));
        List<Post> posts = new ArrayList<>();
        PostReader reader = new PostReader(config);
        for (PostFile file : ContentScanner.scan(config.content(), config.feeds().languages(), null)) {
            Post post = reader.read(file);
            if (!post.draft()) posts.add(post);
        }
        assertEquals(111, posts.size());
        Map<String, String> originals = new LinkedHashMap<>();
        for (Post post : posts) {
            String page = minimalPage(post);
            originals.put(post.slug(), page);
            Fixtures.write(pages, post.slug() + "/index.html", page);
        }
        byte[] home = Files.readAllBytes(Fixtures.write(pages, "index.html", "<!DOCTYPE html>\n<html>\n<head>\n<title>Home</title>\n</head>\n</html>\n"));
        Files.setLastModifiedTime(pages.resolve("index.html"), LONG_AGO);

        BuiltPages built = new BuiltPages(pages, config.site());
        BuiltPages.Located located = built.locate(posts);
        assertEquals(List.of(), located.problems());
        assertEquals(111, located.pages().size());
        for (BuiltPages.PostPage page : located.pages()) {
            List<HeadTag> tags = tags(config, page.post());
            assertTrue(tags.size() >= 20, page.page() + ": " + tags.size() + " tags");
            assertEquals(BuiltPages.Outcome.WRITTEN, built.patch(page, tags).outcome());
            String patched = Files.readString(pages.resolve(page.page()));
            String original = originals.get(page.post().slug());
            assertEquals(PagePatcherTest.insertBefore(original, "</head>\n", PostTags.lines(tags, ">", "  ", "\n")), patched);
            PagePatcherTest.assertHeadHoldsExactly(patched, tags);
            assertEquals(List.of(), built.check(page, tags));
            Files.setLastModifiedTime(pages.resolve(page.page()), LONG_AGO);
        }

        Map<String, byte[]> first = new LinkedHashMap<>();
        for (BuiltPages.PostPage page : located.pages()) first.put(page.page(), Files.readAllBytes(pages.resolve(page.page())));
        for (BuiltPages.PostPage page : located.pages()) {
            assertEquals(BuiltPages.Outcome.UNCHANGED, built.patch(page, tags(config, page.post())).outcome());
        }
        for (BuiltPages.PostPage page : located.pages()) {
            assertArrayEquals(first.get(page.page()), Files.readAllBytes(pages.resolve(page.page())), page.page());
            assertEquals(LONG_AGO, Files.getLastModifiedTime(pages.resolve(page.page())), page.page());
        }
        assertArrayEquals(home, Files.readAllBytes(pages.resolve("index.html")), "a page of no post");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(pages.resolve("index.html")));
    }

    /** A page as a generator might build it: a head with a title only, the post's title in the body. */
    private static String minimalPage(Post post) {
        String title = post.title().replace("&", "&amp;").replace("<", "&lt;");
        return "<!DOCTYPE html>\n<html lang=\"" + post.language() + "\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>" + title
                + "</title>\n</head>\n<body>\n  <h1>" + title + "</h1>\n</body>\n</html>\n";
    }

    /**
     * The post's tags as the meta stage makes them for a build (its card's URL and size, its summary, the site's
     * feeds), without making the cards themselves.
     */
    private static List<HeadTag> tags(Config config, Post post) {
        URI card = config.site().resolve("cards/" + Permalinks.encodePath(post.key()) + ".jpg");
        String summary = post.description().isBlank() ? new Renderer(config.site()).summary(post) : post.description();
        List<HeadTag> feeds = new ArrayList<>();
        for (String[] feed : new String[][]{{FeedLink.ATOM, "atom.xml"}, {FeedLink.RSS, "rss.xml"}, {FeedLink.JSON, "feed.json"}}) {
            feeds.add(new FeedLink(FeedKind.SITE, feed[0], "Hippocampus's Garden", config.site().resolve(feed[1]).toString(), null).toHeadTag());
        }
        return new HeadTags(config.site()).of(post, Permalinks.of(config.site(), post), summary,
                new CardImage(card, 1200, 630, 100_000, "image/jpeg", post.title()), feeds, List.of());
    }
}
