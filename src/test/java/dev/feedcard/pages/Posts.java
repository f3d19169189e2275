package dev.feedcard.pages;

import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts and sites made in code for the pages tests. */
final class Posts {
    private Posts() {
    }

    static Post post(String slug, String published) {
        Instant date = Instant.parse(published);
        return new Post(slug + "/index.md", slug, "Post " + slug, date, date, "", null, List.of(), "en", "Hello.", 5, false);
    }

    /** A translation: the post's file or folder names another language, so its path starts with that language. */
    static Post translation(String slug, String language, String published) {
        Instant date = Instant.parse(published);
        return new Post(language + "/" + slug + "/index.md", slug, "Post " + slug, date, date, "", null, List.of(), language, "Hello.", 5,
                false, List.of(), null, "", language);
    }

    static Site site(String permalink) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("siteUrl", "https://example.com");
        s.put("permalink", permalink);
        return Config.from(new Settings(s, "test"), Instant.parse("2030-01-01T00:00:00Z")).site();
    }
}
