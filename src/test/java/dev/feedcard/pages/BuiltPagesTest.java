package dev.feedcard.pages;

import dev.feedcard.Fixtures;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltPagesTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    private static final Site SITE = Posts.site("/{slug}/");
    private static final List<HeadTag> TAGS = PostTags.deepLearning();

    @TempDir
    Path dir;

    @Test
    void aPostsPageIsWrittenOnceAndThenLeftAsItIs() throws Exception {
        Path pages = dir.resolve("public");
        Path page = Fixtures.write(pages, "deep-learning-2022/index.html", GeneratorPages.HUGO);
        Fixtures.write(pages, "deep-learning-2022/.feedcard-tmp-123.part", "what a killed run left");
        BuiltPages built = new BuiltPages(pages, SITE);

        BuiltPages.Located located = built.locate(List.of(Posts.post("deep-learning-2022", "2023-01-13T22:01:03Z")));
        assertEquals(List.of(), located.problems());
        assertEquals(1, built.removeLeftovers(located.pages()));
        BuiltPages.Patched first = built.patch(located.pages().get(0), TAGS);
        assertEquals(BuiltPages.Outcome.WRITTEN, first.outcome());
        assertNull(first.problem());
        byte[] patched = Files.readAllBytes(page);
        assertArrayEquals(new PagePatcher().patch(GeneratorPages.HUGO.getBytes(StandardCharsets.UTF_8), TAGS), patched);

        Files.setLastModifiedTime(page, LONG_AGO);
        assertEquals(BuiltPages.Outcome.UNCHANGED, built.patch(located.pages().get(0), TAGS).outcome());
        assertArrayEquals(patched, Files.readAllBytes(page));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(page));
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertEquals(List.of(page), files.toList(), "nothing else in the page's folder");
        }
    }

    @Test
    void aPostWithoutAPageIsListedWithThePathsTried() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("_site"));
        BuiltPages built = new BuiltPages(pages, SITE);

        BuiltPages.Located located = built.locate(List.of(Posts.post("missing", "2023-01-13T22:01:03Z")));

        assertEquals(List.of(), located.pages());
        Problem p = located.problems().get(0);
        assertEquals("missing/index.md", p.file());
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals("no built page for this post in " + pages + " (tried missing/index.html, missing.html)", p.message());
    }

    @Test
    void aFolderThatDoesNotExistIsAnError() throws Exception {
        BuiltPages.Located located = new BuiltPages(dir.resolve("public"), SITE).locate(List.of(Posts.post("a", "2023-01-13T22:01:03Z")));
        assertTrue(located.problems().get(0).isError());
        assertTrue(located.problems().get(0).message().contains("does not exist"), located.problems().get(0).message());
    }

    @Test
    void aPageThatIsNotUtf8HtmlIsLeftAloneWithAWarning() throws Exception {
        Path pages = dir.resolve("public");
        byte[] latin1 = "<html><head><title>caf\u00e9</title></head></html>".getBytes(StandardCharsets.ISO_8859_1);
        Path page = pages.resolve("a/index.html");
        Files.createDirectories(page.getParent());
        Files.write(page, latin1);
        Files.setLastModifiedTime(page, LONG_AGO);
        BuiltPages built = new BuiltPages(pages, SITE);

        BuiltPages.Patched result = built.patch(built.locate(List.of(Posts.post("a", "2023-01-13T22:01:03Z"))).pages().get(0), TAGS);

        assertEquals(BuiltPages.Outcome.LEFT_ALONE, result.outcome());
        assertEquals(Problem.Severity.WARNING, result.problem().severity());
        assertEquals("left its built page " + pages.resolve("a/index.html") + " alone: it is not UTF-8 text", result.problem().message());
        assertArrayEquals(latin1, Files.readAllBytes(page));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(page));
    }

    @Test
    void twoPostsNeverShareAPage() throws Exception {
        Path pages = dir.resolve("public");
        Fixtures.write(pages, "2023/a.html", GeneratorPages.ASTRO);
        Site site = Posts.site("/{year}/{slug}.html");
        Post first = Posts.post("a", "2023-01-13T22:01:03Z");
        Post sameSlugOtherYear = new Post("b/a.md", "a", "A", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"),
                "", null, List.of(), "en", "", 3, false);
        Fixtures.write(pages, "a.html", GeneratorPages.ASTRO);

        BuiltPages.Located located = new BuiltPages(pages, site).locate(List.of(first, sameSlugOtherYear));

        assertEquals(List.of(new BuiltPages.PostPage(first, "2023/a.html"), new BuiltPages.PostPage(sameSlugOtherYear, "a.html")), located.pages());
        Fixtures.write(pages, "2024/a.html", GeneratorPages.ASTRO);
        Files.delete(pages.resolve("2023/a.html"));
        located = new BuiltPages(pages, site).locate(List.of(first, sameSlugOtherYear));
        assertEquals(List.of(new BuiltPages.PostPage(first, "a.html"), new BuiltPages.PostPage(sameSlugOtherYear, "2024/a.html")), located.pages());

        Files.delete(pages.resolve("2024/a.html"));
        located = new BuiltPages(pages, site).locate(List.of(first, sameSlugOtherYear));
        assertEquals(List.of(), located.pages(), "two posts found a.html by their slug alone: neither gets it");
        assertEquals("no built page for this post in " + pages + " (tried 2023/a.html, a/index.html, a.html); " + pages.resolve("a.html")
                + " has its slug, but so has another post, so feedcard does not guess", located.problems().get(0).message());
        assertEquals(List.of("a/index.md", "b/a.md"), located.problems().stream().map(Problem::file).toList());

        Fixtures.write(pages, "2024/a.html", GeneratorPages.ASTRO);
        Fixtures.write(pages, "2023/a.html", GeneratorPages.ASTRO);
        Post sameYear = new Post("c/a.md", "a", "A", first.published(), first.published(), "", null, List.of(), "en", "", 3, false);
        located = new BuiltPages(pages, site).locate(List.of(first, sameYear));
        assertEquals(List.of(new BuiltPages.PostPage(first, "2023/a.html")), located.pages());
        assertEquals("its page " + pages.resolve("2023/a.html") + " is already a/index.md's; left it to that post", located.problems().get(0).message());
    }

    @Test
    void aTranslationWithoutItsOwnPageNeverGetsTheOriginalsPage() throws Exception {
        Path pages = dir.resolve("public");
        Fixtures.write(pages, "hello/index.html", GeneratorPages.ASTRO);
        Post english = Posts.post("hello", "2023-01-13T22:01:03Z");
        Post japanese = Posts.translation("hello", "ja", "2023-01-13T22:01:03Z");

        BuiltPages.Located located = new BuiltPages(pages, SITE).locate(List.of(japanese, english));

        assertEquals(List.of(new BuiltPages.PostPage(english, "hello/index.html")), located.pages());
        assertEquals("no built page for this post in " + pages + " (tried ja/hello/index.html, ja/hello.html, hello/index.html); "
                + pages.resolve("hello/index.html") + " has its slug but is hello/index.md's page", located.problems().get(0).message());
        assertEquals("ja/hello/index.md", located.problems().get(0).file());

        Fixtures.write(pages, "ja/hello/index.html", GeneratorPages.ASTRO);
        located = new BuiltPages(pages, SITE).locate(List.of(japanese, english));
        assertEquals(List.of(new BuiltPages.PostPage(japanese, "ja/hello/index.html"), new BuiltPages.PostPage(english, "hello/index.html")),
                located.pages());
    }

    @Test
    void checkReportsErrorsNamingThePageAndWritesNothing() throws Exception {
        Path pages = dir.resolve("public");
        Path page = Fixtures.write(pages, "deep-learning-2022/index.html", GeneratorPages.ASTRO);
        Files.setLastModifiedTime(page, LONG_AGO);
        BuiltPages built = new BuiltPages(pages, SITE);
        BuiltPages.PostPage postPage = built.locate(List.of(Posts.post("deep-learning-2022", "2023-01-13T22:01:03Z"))).pages().get(0);

        List<Problem> problems = built.check(postPage, TAGS);

        assertEquals(17, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(Problem::isError));
        assertEquals(pages.resolve("deep-learning-2022/index.html") + ": missing og:image \"https://example.com/cards/deep-learning-2022.jpg\"",
                problems.get(5).message());
        assertEquals(GeneratorPages.ASTRO, Files.readString(page));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(page));

        built.patch(postPage, TAGS);
        assertEquals(List.of(), built.check(postPage, TAGS));
    }
}
