package dev.feedcard.render;

import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.content.Sharing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a post's folders, language and own permalink shape its URL. */
class PermalinkLayoutsTest {
    private static Site site(String permalink) {
        return Config.from(new Settings(Map.of("permalink", permalink, "siteUrl", "https://example.org/blog/", "language", "en"), "test"), Instant.EPOCH).site();
    }

    private static Post post(String slug, String language, String section, String prefix, String permalink) {
        return new Post(slug + ".md", slug, "T", Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:00:00Z"), "",
                null, List.of(), language, "", 1, false, List.of(), permalink, section, prefix);
    }

    @Test
    void sectionsFillTheirPlaceAndEmptyOnesCollapse() {
        Site site = site("/{section}/{slug}/");
        assertEquals("/hello/", Permalinks.path(site, post("hello", "en", "", "", null)));
        assertEquals("/posts/2023/hello/", Permalinks.path(site, post("hello", "en", "posts/2023", "", null)));
        assertEquals("/%E6%97%A5%E8%A8%98/hello/", Permalinks.path(site, post("hello", "en", "日記", "", null)));
        assertEquals("https://example.org/blog/posts/hello/", Permalinks.of(site, post("hello", "en", "posts", "", null)).toString());
    }

    @Test
    void translationsGoUnderTheirLanguageUnlessThePatternPlacesIt() {
        assertEquals("/ja/hello/", Permalinks.path(site("/{slug}/"), post("hello", "ja", "", "ja", null)));
        assertEquals("/ja/2024/hello/", Permalinks.path(site("/{year}/{slug}/"), post("hello", "ja", "", "ja", null)));
        assertEquals("/hello/ja/", Permalinks.path(site("/{slug}/{lang}/"), post("hello", "ja", "", "ja", null)));
        assertEquals("/hello/", Permalinks.path(site("/{slug}/"), post("hello", "ja", "", "", null)), "a language from front matter or tags adds nothing");
    }

    @Test
    void aPostsOwnPermalinkWins() {
        assertEquals("/custom/path/", Permalinks.path(site("/{year}/{slug}/"), post("hello", "en", "posts", "", "/custom/path/")));
        assertEquals("https://example.org/blog/custom/path/", Permalinks.of(site("/{slug}/"), post("hello", "en", "", "", "/custom/path/")).toString());
    }

    @Test
    void jekyllCategoriesAreLowerCasedJoinedAndEscapedAsJekyllWritesThem() {
        Site site = site("/{categories}/{year}/{month}/{day}/{slug}.html");
        assertEquals("/2024/05/01/hello.html", Permalinks.path(site, categorised()), "no categories, no segment");
        assertEquals("/news,/updates/2024/05/01/hello.html", Permalinks.path(site, categorised("news,", "updates")));
        assertEquals("/web%20dev/%E6%97%A5%E8%A8%98/2024/05/01/hello.html", Permalinks.path(site, categorised("Web Dev", "日記", "web dev")));
        assertEquals("/a/b/2024/05/01/hello.html", Permalinks.path(site, categorised("a/b", "..", ".")), "no dot segments");
        assertEquals("https://example.org/blog/news/2024/05/01/hello.html", Permalinks.of(site, categorised("News")).toString());
        assertEquals("/hello/", Permalinks.path(site("/{slug}/"), categorised("news")), "a pattern without {categories} leaves them out");
    }

    private static Post categorised(String... categories) {
        return new Post("hello.md", "hello", "T", Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:00:00Z"), "",
                null, List.of(), "en", PostBody.of(""), 1, false, List.of(), null, "", "", List.of(), null, Sharing.NONE, "", List.of(categories));
    }

    @Test
    void keysSeparateTranslationsAndFolders() {
        assertEquals("hello", post("hello", "en", "", "", null).key());
        assertEquals("ja/hello", post("hello", "ja", "", "ja", null).key());
        assertEquals("ja/posts/2023/hello", post("hello", "ja", "posts/2023", "ja", null).key());
    }
}
