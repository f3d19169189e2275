package dev.feedcard.content;

import dev.feedcard.config.ContentSettings;
import dev.feedcard.report.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jekyll's front matter defaults as Jekyll applies them, and Chirpy's media_subpath on a post's featured image. */
class JekyllConfigTest {
    private static final String CONFIG = """
            title: Defaults
            defaults:
              - scope:
                  path: ""
                values:
                  layout: default
                  comments: true
                  image:
                    alt: The site's alt text
              - scope:
                  path: _posts
                  type: posts
                values:
                  layout: post
                  media_subpath: /media
              - scope:
                  path: /_posts/2024/
                values:
                  media_subpath: /media/2024
                  image:
                    path: default.png
              - scope:
                  path: _posts
                  type: post
                values:
                  toc: false
              - scope:
                  path: _posts/*/drafty
                values:
                  published: false
              - scope:
                  path: _posts
                  type: pages
                values:
                  layout: never
              - scope:
                  path: _posts
                values:
                  layout: no-type
              - just text
            """;

    @TempDir
    Path site;

    private final JekyllConfig config = JekyllConfig.read(Path.of("/site"), CONFIG, "_config.yml");

    @Test
    void aLongerPathWinsThenATypedScopeThenALaterOneAndMappingsMerge() {
        assertEquals(Map.of("layout", "post", "comments", true, "toc", false, "media_subpath", "/media/2024",
                        "image", Map.of("alt", "The site's alt text", "path", "default.png")),
                config.defaultsFor("_posts/2024/2024-01-01-x.md", "posts"));
        assertEquals(Map.of("layout", "post", "comments", true, "toc", false, "media_subpath", "/media",
                        "image", Map.of("alt", "The site's alt text")),
                config.defaultsFor("_posts/2023-01-01-y.md", "posts"), "the typed _posts scope outranks the untyped one of the same path");
        assertEquals(false, config.defaultsFor("_posts/2024/drafty/index.md", "posts").get("published"), "* matches one folder");
        assertNull(config.defaultsFor("_posts/2024/2024-01-01-x.md", "posts").get("published"));
        assertEquals(Map.of("layout", "default", "comments", true, "image", Map.of("alt", "The site's alt text")),
                config.defaultsFor("_postscript/x.md", "pages"), "a path holds only its own folder's documents");
        assertEquals(1, config.problems().size(), config.problems().toString());
        assertTrue(config.problems().get(0).message().contains("has no 'values:' mapping"));
    }

    @Test
    void theTypeOfADocumentIsWhereItIs() {
        assertEquals("posts", JekyllConfig.typeOf("_posts/2024-01-01-x.md"));
        assertEquals("posts", JekyllConfig.typeOf("blog/_posts/2024/2024-01-01-x.md"));
        assertEquals("drafts", JekyllConfig.typeOf("_drafts/x.md"));
        assertEquals("tabs", JekyllConfig.typeOf("_tabs/about.md"));
        assertEquals("pages", JekyllConfig.typeOf("about.md"));
    }

    @Test
    void thePostsOwnFrontMatterWinsOverTheDefaultsKeyByKey() throws Exception {
        FrontMatter fm = FrontMatter.parse("post.md", "---\ntitle: T\nlayout: mine\nimage:\n  alt: Mine\n---\nText\n")
                .withDefaults(config.defaultsFor("_posts/2024/2024-01-01-x.md", "posts"));
        assertEquals("mine", fm.values().get("layout"));
        assertEquals(Map.of("alt", "Mine", "path", "default.png"), fm.values().get("image"));
        assertEquals("/media/2024", fm.values().get("media_subpath"));
    }

    private FeaturedImage imageOf(String post) throws IOException, ProblemException {
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Files.writeString(posts.resolve("2024-05-01-post.md"), post);
        PostFile file = ContentScanner.scan(posts).get(0);
        return new PostReader(posts, ZoneOffset.UTC, "en", List.of(), new ContentSettings(List.of(site), Map.of()), null).read(file).image();
    }

    private Path image(String name) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[]{1, 2, 3}).toAbsolutePath().normalize();
    }

    @Test
    void mediaSubpathPutsEveryImagePathThatIsNotAUrlBelowItAsChirpyDoes() throws Exception {
        Path relative = image("media/a/cover.png");
        assertEquals(relative, imageOf("---\ntitle: T\nmedia_subpath: /media/a\nimage:\n  path: cover.png\n---\n").file());
        assertEquals("/media/a/cover.png", imageOf("---\ntitle: T\nmedia_subpath: /media/a/\nimage: cover.png\n---\n").declared());
        Path fromRoot = image("media/a/assets/x.png");
        assertEquals(fromRoot, imageOf("---\ntitle: T\nmedia_subpath: media/a\nimage: /assets/x.png\n---\n").file());
        assertEquals(relative, imageOf("---\ntitle: T\nimg_path: /media/a\nimage: cover.png\n---\n").file(), "Chirpy's older name");
        FeaturedImage remote = imageOf("---\ntitle: T\nmedia_subpath: /media/a\nimage: https://cdn.example.org/x.png\n---\n");
        assertEquals("https://cdn.example.org/x.png", String.valueOf(remote.remote()));
    }

    @Test
    void theSitesDefaultsGiveAPostItsMediaSubpathAndAnUnreadableConfigIsAWarning() throws Exception {
        Files.writeString(site.resolve("_config.yml"), "defaults:\n  - scope: {path: _posts, type: posts}\n    values: {media_subpath: /media/a}\n");
        Path relative = image("media/a/cover.png");
        assertEquals(relative, imageOf("---\ntitle: T\nimage: cover.png\n---\n").file());

        Files.writeString(site.resolve("_config.yml"), "defaults: [unclosed\n");
        PostReader reader = new PostReader(site.resolve("_posts"), ZoneOffset.UTC, "en", List.of());
        assertEquals(1, reader.problems().size(), reader.problems().toString());
        assertTrue(reader.problems().get(0).format().startsWith("../_config.yml: warning: the site's Jekyll configuration is not valid YAML"),
                reader.problems().get(0).format());
    }
}
