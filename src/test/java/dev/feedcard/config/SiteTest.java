package dev.feedcard.config;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class SiteTest {
    private static Site site(String url) {
        return new Site("T", URI.create(url), "A", "D", "en", ZoneId.of("UTC"), "/{slug}/");
    }

    @Test
    void aPostsUrlIsTheOneResolvingItsPathGives() {
        List<String> roots = List.of("https://example.org/", "https://example.org/blog/", "http://example.org:8080/a/b/",
                "https://example.org/a%20b/", "https://example.org/x/../blog/", "https://example.org/?q=1/", "https://user@example.org/b/");
        // pieces of paths, plain and not: every character a path may hold, and what resolving treats specially
        String[] pieces = {"a", "Z", "9", "-", "_", ".", "..", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "@", ":",
                "/", "//", "%20", "%e3%81%82", "%", "%2", "%zz", "?", "#", " ", "é", "あ", "[", "]", "\\", "\"", "<", "|", "^", "`", "{"};
        Random random = new Random(20261205);
        int plain = 0;
        for (String root : roots) {
            Site site = site(root);
            for (int n = 0; n < 4000; n++) {
                StringBuilder path = new StringBuilder(random.nextBoolean() ? "/" : "");
                for (int i = random.nextInt(6); i >= 0; i--) path.append(pieces[random.nextInt(pieces.length)]);
                String resolved;
                try {
                    resolved = site.resolve(path.toString()).toString();
                } catch (IllegalArgumentException e) {
                    String p = path.charAt(0) == '/' ? path.substring(1) : path.toString();
                    assertFalse(Site.isPlainRelativePath(p), () -> "taken as plain, but not a URI path: " + path);
                    continue;
                }
                String p = path.charAt(0) == '/' ? path.substring(1) : path.toString();
                if (Site.isPlainRelativePath(p)) plain++;
                assertEquals(resolved, site.urlOf(path.toString()), () -> root + " + " + path);
            }
        }
        if (plain < 5000) fail("too few plain paths to test the quick way: " + plain);
    }

    @Test
    void plainPathsAreTheOnesAppendedAsTheyAre() {
        assertTrue(Site.isPlainRelativePath("2024/05/hello-world/"));
        assertTrue(Site.isPlainRelativePath("posts/%E3%81%82/index.html"));
        assertFalse(Site.isPlainRelativePath(""));
        assertFalse(Site.isPlainRelativePath("a//b"));
        assertFalse(Site.isPlainRelativePath("a/./b"));
        assertFalse(Site.isPlainRelativePath("a/.."));
        assertFalse(Site.isPlainRelativePath("a:b/"));
        assertFalse(Site.isPlainRelativePath("a%2/"));
        assertFalse(Site.isPlainRelativePath("日本/"));
    }
}
