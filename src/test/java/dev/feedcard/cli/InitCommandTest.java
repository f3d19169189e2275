package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import dev.feedcard.testing.TestBlog.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCommandTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(dir.resolve("feedcard.yml")));
    }

    private Run init() {
        return TestBlog.run("init", "--dir", dir.toString());
    }

    @Test
    void hugoWithYamlConfigAndDefaultPermalinks() throws Exception {
        TestBlog.empty(dir)
                .siteFile("hugo.yaml", "baseURL: https://yaml-hugo.example.org/\ntitle: \"Quoted \\\"title\\\"\"\nlanguageCode: ja-jp\n")
                .siteFile("content/blog/one/index.md", "---\ntitle: One\ndate: 2024-01-01\n---\n")
                .siteFile("content/blog/2023/two.md", "---\ntitle: Two\ndate: 2023-01-01\n---\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("content/blog (2 posts)"), run.out());
        Map<String, Object> c = config();
        assertEquals("content/blog", c.get("content"));
        assertEquals("public", c.get("out"));
        assertEquals("https://yaml-hugo.example.org/", c.get("siteUrl"));
        assertEquals("Quoted \"title\"", c.get("title"));
        assertEquals("ja-jp", c.get("language"));
        assertEquals("/blog/{section}/{slug}/", c.get("permalink"));
        assertFalse(c.containsKey("static"), "no static/ folder, none written");
    }

    @Test
    void jekyllPermalinkStylesAndBaseUrl() throws Exception {
        TestBlog.empty(dir)
                .siteFile("_config.yml", "url: https://example.github.io\nbaseurl: /blog\npermalink: /:year/:title/\nlang: fr\n")
                .siteFile("_posts/2024-01-01-a.md", "---\ntitle: A\n---\n");
        assertEquals(Main.OK, init().code());
        Map<String, Object> c = config();
        assertEquals("https://example.github.io/blog", c.get("siteUrl"));
        assertEquals("/{year}/{slug}/", c.get("permalink"));
        assertEquals("fr", c.get("language"));
        assertEquals(List.of("."), c.get("static"));
    }

    @Test
    void jekyllPostsBelowTheCollectionsFolder() throws Exception {
        TestBlog site = TestBlog.empty(dir)
                .siteFile("_config.yml", "url: https://collections.example.org\ncollections_dir: my_collections\n")
                .siteFile("my_collections/_posts/2024-01-01-a.md", "---\ntitle: A\ncategories: [News]\n---\nText.\n")
                .siteFile("my_collections/_posts/2024-02-01-b.md", "---\ntitle: B\n---\nText.\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("Jekyll"), "found by its posts below collections_dir, with no Gemfile: " + run.out());
        assertEquals("my_collections/_posts", config().get("content"));
        Run build = TestBlog.run("build", "--config", dir.resolve("feedcard.yml").toString(), "--quiet");
        assertEquals(Main.OK, build.code(), build.toString());
        Map<String, TestBlog.Entry> entries = TestBlog.atomEntries(site.path("_site").resolve("atom.xml"));
        assertEquals("https://collections.example.org/news/2024/01/01/a.html", entries.get("A").link(), "Jekyll's date style, with the category");
        assertEquals("https://collections.example.org/2024/02/01/b.html", entries.get("B").link());
    }

    @Test
    void jekyllDefaultsGiveThePostsPermalinkAndMixedOnesAreNamed() throws Exception {
        TestBlog.empty(dir)
                .siteFile("_config.yml", """
                        permalink: pretty
                        defaults:
                          - scope:
                              path: _posts/2019
                            values:
                              permalink: /archive/:year/:title/
                          - scope:
                              path: ""
                              type: pages
                            values:
                              permalink: /:title/
                        """)
                .siteFile("_posts/2024-01-01-a.md", "---\ntitle: A\n---\n")
                .siteFile("_posts/2024-02-01-b.md", "---\ntitle: B\n---\n")
                .siteFile("_posts/2019/2019-01-01-c.md", "---\ntitle: C\n---\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        assertEquals("/{categories}/{year}/{month}/{day}/{slug}/", config().get("permalink"), "two posts of three take the site's style");
        assertTrue(run.out().contains("check:     Jekyll's front matter defaults give posts different permalinks: 'pretty' (2 posts),"
                + " '/archive/:year/:title/' (1 post); feedcard uses 'pretty' for all"), run.out());

        Files.delete(dir.resolve("feedcard.yml"));
        Files.writeString(dir.resolve("_config.yml"), "defaults:\n  - scope: {path: _posts/2019}\n    values: {permalink: /archive/:year/:title/}\n"
                + "  - scope: {type: posts}\n    values: {permalink: /posts/:title/}\n");
        run = init();
        assertEquals("/posts/{slug}/", config().get("permalink"), run.out());
        assertTrue(run.out().contains("'/posts/:title/' (2 posts), '/archive/:year/:title/' (1 post)"), "the longer path wins: " + run.out());
        Files.delete(dir.resolve("_posts/2019/2019-01-01-c.md"));
        Files.delete(dir.resolve("feedcard.yml"));
        run = init();
        assertEquals("/posts/{slug}/", config().get("permalink"), run.out());
        assertFalse(run.out().contains("check:"), run.out());
    }

    @Test
    void nextJsBlogStarterUnderscorePosts() throws Exception {
        TestBlog.empty(dir)
                .siteFile("next.config.mjs", "export default {};\n")
                .siteFile("_posts/hello.md", "---\ntitle: Hello\ndate: 2020-01-01\n---\n")
                .siteFile("public/favicon.ico", "x")
                .siteFile(".env.production", "NEXT_PUBLIC_SITE_URL=https://next-env.example.org\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        Map<String, Object> c = config();
        assertEquals("_posts", c.get("content"));
        assertEquals("/posts/{slug}", c.get("permalink"));
        assertEquals("https://next-env.example.org", c.get("siteUrl"));
        assertEquals(List.of("public"), c.get("static"));
        assertTrue(run.out().contains("check:") && run.out().contains("app/posts/[slug]"), run.out());
    }

    @Test
    void plainFolderWhenNoGeneratorIsThere() throws Exception {
        TestBlog.empty(dir).siteFile("posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("Generator: none recognised; a plain Markdown folder"), run.out());
        assertTrue(run.out().contains("siteUrl:   not found"), run.out());
        Map<String, Object> c = config();
        assertEquals("posts", c.get("content"));
        assertEquals("https://example.com/", c.get("siteUrl"));
        assertTrue(Files.readString(dir.resolve("feedcard.yml")).contains("# CHANGE THIS: the site's public URL"));
    }

    @Test
    void theWrittenFileBuildsAsItIs() throws Exception {
        TestBlog.empty(dir).siteFile("posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        assertEquals(Main.OK, init().code());
        Run build = TestBlog.empty(dir).buildWithConfig();
        assertEquals(Main.OK, build.code(), build.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/atom.xml")), "out is relative to feedcard.yml's folder");
    }

    @Test
    void neverOverwritesAConfiguration() throws Exception {
        TestBlog.empty(dir).siteFile("feedcard.yml", "title: Mine\n").siteFile("posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
        Run run = init();
        assertEquals(Main.USAGE, run.code());
        assertTrue(run.err().contains("feedcard.yml already exists"), run.err());
        assertEquals("title: Mine\n", Files.readString(dir.resolve("feedcard.yml")));
    }

    @Test
    void refusesAFolderThatIsNotThere() {
        Run run = TestBlog.run("init", "--dir", dir.resolve("missing").toString());
        assertEquals(Main.USAGE, run.code());
        assertTrue(run.err().contains("is not a folder"), run.err());
    }

    @Test
    void unreadableGeneratorConfigIsANoteNotACrash() throws Exception {
        TestBlog.empty(dir).siteFile("hugo.toml", "baseURL = = broken\n").siteFile("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
        Run run = init();
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("check:     Could not read hugo.toml"), run.out());
        assertEquals("https://example.com/", config().get("siteUrl"));
    }
}
