package dev.feedcard.cli;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.pages.TagSnippet;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build --pages} and {@code check --pages} through the command line, on pages a site generator built. */
class PagesCommandTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    /** The post's page as Hugo builds it: pretty, with its opengraph template's tags and an RSS link. */
    private static final String HUGO_PAGE = """
            <!DOCTYPE html>
            <html lang="en-us">
              <head>
                <meta charset="utf-8">
                <title>A photo</title>
                <link rel="alternate" type="application/rss+xml" href="https://blog.example.org/index.xml" title="Test blog">
                <meta property="og:title" content="A photo">
                <meta property="og:type" content="website">
                <meta property="og:image" content="/images/photo.png">
                <meta name="twitter:card" content="summary">
                <link rel="stylesheet" href="/css/main.css">
              </head>
              <body>
                <h1>A photo</h1>
              </body>
            </html>
            """;

    /** The second post's page as Astro builds it: minified, no og tags. */
    private static final String ASTRO_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Just words</title>"
            + "<link rel=\"stylesheet\" href=\"/_astro/index.css\"></head><body><main><h1>Just words</h1></main></body></html>";

    private static final String HOME = "<!DOCTYPE html><html><head><title>Home</title></head><body>Posts</body></html>";

    @TempDir
    Path dir;

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir);
        blog.image("photo/cover.png", 1600, 900);
        blog.text("photo/index.md", "---\ntitle: A photo\ndate: 2024-01-01\ndescription: What the photo shows\n"
                + "featuredImage: cover.png\ntags: [pictures]\n---\nHello.\n");
        blog.text("plain/index.md", "---\ntitle: Just words\ndate: 2024-02-01\ndescription: Words only\n---\nNo picture here.\n");
        blog.text("unbuilt/index.md", "---\ntitle: Not built yet\ndate: 2024-03-01\n---\nThe generator has no page for it.\n");
        return blog;
    }

    private Path pages() {
        Path pages = dir.resolve("public");
        write(pages.resolve("photo/index.html"), HUGO_PAGE);
        write(pages.resolve("plain.html"), ASTRO_PAGE);
        write(pages.resolve("index.html"), HOME);
        return pages;
    }

    @Test
    void buildPutsEachPostsTagsIntoItsPageAndASecondBuildChangesNothing() throws Exception {
        TestBlog blog = blog();
        Path pages = pages();
        Map<String, String> before = TestBlog.hashes(pages);

        TestBlog.Run run = blog.build("--pages", pages.toString());

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("; pages in " + pages + ": 2 written, 0 unchanged, 1 not found"), run.out());
        assertTrue(run.err().contains("unbuilt/index.md: warning: no built page for this post in " + pages
                + " (tried unbuilt/index.html, unbuilt.html)"), run.err());

        String photo = Files.readString(pages.resolve("photo/index.html"));
        assertHasExactlyTheBuildsTags(photo, blog.out().resolve("meta/photo.html"));
        Document d = Jsoup.parse(photo);
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/photo.jpg"), d.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", d.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(List.of(TestBlog.SITE_URL + "rss.xml", TestBlog.SITE_URL + "lang/en/rss.xml"),
                d.select("link[type=application/rss+xml]").eachAttr("href"), "Hugo's index.xml link gave way to feedcard's feeds");
        assertTrue(photo.endsWith(HUGO_PAGE.substring(HUGO_PAGE.indexOf("  </head>"))), "the page from </head> on is as it was");
        assertTrue(photo.startsWith(HUGO_PAGE.substring(0, HUGO_PAGE.indexOf("    <link rel=\"alternate\""))));

        String plain = Files.readString(pages.resolve("plain.html"));
        assertHasExactlyTheBuildsTags(plain, blog.out().resolve("meta/plain.html"));
        int end = ASTRO_PAGE.indexOf("</head>");
        assertTrue(plain.startsWith(ASTRO_PAGE.substring(0, end)) && plain.endsWith(ASTRO_PAGE.substring(end)), plain);

        assertEquals(before.get("index.html"), TestBlog.hashes(pages).get("index.html"), "a page of no post");
        assertFalse(Files.exists(pages.resolve(".feedcard")), "nothing of feedcard's in the generator's folder");

        Map<String, String> patched = TestBlog.hashes(pages);
        setAllModified(pages, LONG_AGO);
        TestBlog.Run again = blog.build("--pages", pages.toString());
        assertEquals(Main.OK, again.code(), again.toString());
        assertTrue(again.out().contains("; pages in " + pages + ": 0 written, 2 unchanged, 1 not found"), again.out());
        assertEquals(patched, TestBlog.hashes(pages));
        assertAllModified(pages, LONG_AGO);
    }

    @Test
    void thePagesFolderCanBeTheOutputFolderAndItsPagesAreNeverFeedcardsOwn() throws Exception {
        TestBlog blog = blog();
        Path pages = pages();

        TestBlog.Run run = blog.build("--out", pages.toString(), "--pages", pages.toString());

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(Files.readString(pages.resolve("photo/index.html")).contains("<meta property=\"og:image\" content=\"" + TestBlog.cardUrl(TestBlog.SITE_URL, pages, "cards/photo.jpg") + "\">"));
        List<String> manifest = Files.readAllLines(pages.resolve(OutputLayout.MANIFEST));
        assertTrue(manifest.contains("atom.xml"), manifest.toString());
        for (String page : List.of("photo/index.html", "plain.html", "index.html")) assertFalse(manifest.contains(page), manifest.toString());

        Map<String, String> patched = withoutCache(TestBlog.hashes(pages));
        setAllModified(pages, LONG_AGO);
        TestBlog.Run again = blog.build("--out", pages.toString(), "--pages", pages.toString());
        assertEquals(Main.OK, again.code(), again.toString());
        assertEquals(patched, withoutCache(TestBlog.hashes(pages)));
        assertAllModified(pages, LONG_AGO);
    }

    @Test
    void theSettingInTheConfigurationFileIsRelativeToIt() throws Exception {
        TestBlog blog = blog();
        Path pages = pages();
        Path config = dir.resolve("site/feedcard.yml");
        write(config, "pages: ../public\n");

        TestBlog.Run run = blog.build("--config", config.toString());

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(Files.readString(pages.resolve("plain.html")).contains("<meta property=\"og:title\" content=\"Just words\">"));
    }

    @Test
    void checkReportsWhatEachPageLacksAndWritesNothing() throws Exception {
        TestBlog blog = blog();
        Path pages = pages();
        assertEquals(Main.OK, blog.build().code(), "a build without --pages writes the meta snippets only");
        Map<String, String> before = TestBlog.hashes(pages);

        TestBlog.Run check = TestBlog.run(check(blog, "--pages", pages.toString()));

        assertEquals(Main.CONTENT_ERRORS, check.code(), check.toString());
        String page = pages.resolve("photo/index.html").toString();
        assertTrue(check.out().contains("photo/index.md: error: " + page + ": og:image is not an absolute http(s) URL (\"/images/photo.png\")"), check.out());
        assertTrue(check.out().contains("photo/index.md: error: " + page + ": og:image:width is missing") || check.out().contains(page + ": missing og:image:width \"1200\""), check.out());
        assertTrue(check.out().contains(page + ": twitter:card is \"summary\", not \"summary_large_image\""), check.out());
        assertTrue(check.out().contains(pages.resolve("plain.html") + ": missing og:title \"Just words\""), check.out());
        assertTrue(check.out().contains("unbuilt/index.md: warning: no built page for this post"), check.out());
        assertEquals(before, TestBlog.hashes(pages));

        assertEquals(Main.OK, blog.build("--pages", pages.toString()).code());
        TestBlog.Run after = TestBlog.run(check(blog, "--pages", pages.toString()));
        assertEquals(Main.OK, after.code(), after.toString());
        assertFalse(after.out().contains(page), after.out());
    }

    @Test
    void aMissingPagesFolderIsAnErrorAndNothingIsWritten() {
        TestBlog blog = blog();

        TestBlog.Run run = blog.build("--pages", dir.resolve("public").toString());

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("the pages folder " + dir.resolve("public") + " does not exist"), run.err());
        assertFalse(Files.exists(blog.out().resolve("atom.xml")));
    }

    @Test
    void feedsOnlyLeavesThePagesAloneAndSaysSo() {
        TestBlog blog = blog();
        Path pages = pages();
        Map<String, String> before = TestBlog.hashes(pages);

        TestBlog.Run run = blog.build("--feeds-only", "--pages", pages.toString());

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.err().contains("--pages is ignored with --feeds-only"), run.err());
        assertEquals(before, TestBlog.hashes(pages));
    }

    /** Every tag of the build's snippet is in the page's head, once, and the page has no other tag of its kinds. */
    private static void assertHasExactlyTheBuildsTags(String page, Path snippet) throws IOException {
        List<HeadTag> expected = TagSnippet.parse(Files.readString(snippet, StandardCharsets.UTF_8));
        assertTrue(expected.size() > 15, "the build's tags: " + expected.size());
        Document d = Jsoup.parse(page);
        Map<String, List<String>> want = new TreeMap<>();
        Map<String, List<String>> have = new TreeMap<>();
        for (HeadTag t : expected) {
            String kind = kind(t.element(), t.attributes().getOrDefault("property", t.attributes().getOrDefault("name", "")),
                    t.attributes().getOrDefault("rel", ""), t.attributes().getOrDefault("type", ""));
            want.computeIfAbsent(kind, k -> new ArrayList<>()).add(t.attributes() + (t.text() == null ? "" : t.text()));
        }
        for (Element e : d.select("meta[property], meta[name], link[rel], script[type]")) {
            String kind = kind(e.normalName(), e.hasAttr("property") ? e.attr("property") : e.attr("name"), e.attr("rel"), e.attr("type"));
            if (!want.containsKey(kind)) continue;
            assertEquals("head", e.parent().normalName(), kind);
            Map<String, String> attributes = new java.util.LinkedHashMap<>();
            e.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
            have.computeIfAbsent(kind, k -> new ArrayList<>()).add(attributes + (e.normalName().equals("script") ? e.data() : ""));
        }
        assertEquals(want, have);
    }

    private static String kind(String element, String name, String rel, String type) {
        if (element.equals("script")) return "script " + type;
        return element.equals("link") ? "link " + rel + " " + type : name;
    }

    private static String[] check(TestBlog blog, String... flags) {
        String[] args = blog.buildArgs(flags);
        args[0] = "check";
        return args;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files but the cache's: a rebuild may record there what it learnt (a post file's stamp once it is a few
     * seconds old), depending on how long the builds took.
     */
    private static Map<String, String> withoutCache(Map<String, String> hashes) {
        Map<String, String> files = new java.util.TreeMap<>(hashes);
        files.keySet().removeIf(path -> path.startsWith(".feedcard/cache/"));
        return files;
    }

    private static void setAllModified(Path folder, FileTime time) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, time);
        }
    }

    private static void assertAllModified(Path folder, FileTime time) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".feedcard")).toList()) {
                assertEquals(time, Files.getLastModifiedTime(p), p.toString());
            }
        }
    }
}
