package dev.feedcard.pages;

import dev.feedcard.Fixtures;
import dev.feedcard.content.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PageFinderTest {
    @TempDir
    Path dir;

    private static final Post POST = Posts.post("deep-learning-2022", "2023-01-13T22:01:03Z");

    @Test
    void aFolderPermalinkIsServedFromItsIndexOrFromAnHtmlFile() throws Exception {
        PageFinder finder = new PageFinder(dir, Posts.site("/{slug}/"));
        assertEquals(List.of("deep-learning-2022/index.html", "deep-learning-2022.html"), finder.find(POST).tried());
        assertFalse(finder.find(POST).found());

        Fixtures.write(dir, "deep-learning-2022.html", "<html></html>");
        assertEquals("deep-learning-2022.html", finder.find(POST).page());
        Fixtures.write(dir, "deep-learning-2022/index.html", "<html></html>");
        assertEquals("deep-learning-2022/index.html", finder.find(POST).page());
    }

    @Test
    void thePatternsPathComesFirstThenTheSlugAlone() throws Exception {
        PageFinder jekyll = new PageFinder(dir, Posts.site("/{year}/{month}/{day}/{slug}.html"));
        assertEquals(List.of("2023/01/13/deep-learning-2022.html", "deep-learning-2022/index.html", "deep-learning-2022.html"),
                jekyll.find(POST).tried());
        Fixtures.write(dir, "deep-learning-2022/index.html", "<html></html>");
        Fixtures.write(dir, "2023/01/13/deep-learning-2022.html", "<html></html>");
        assertEquals("2023/01/13/deep-learning-2022.html", jekyll.find(POST).page());

        PageFinder noSlash = new PageFinder(dir, Posts.site("/posts/{slug}"));
        assertEquals(List.of("posts/deep-learning-2022.html", "posts/deep-learning-2022/index.html",
                "deep-learning-2022/index.html", "deep-learning-2022.html"), noSlash.find(POST).tried());
        assertEquals("deep-learning-2022/index.html", noSlash.find(POST).page());
    }

    @Test
    void aSlugInAnotherScriptIsLookedForAsTheGeneratorWritesItsFolder() throws Exception {
        Post japanese = Posts.post("深層学習", "2023-01-13T22:01:03Z");
        Fixtures.write(dir, "深層学習/index.html", "<html></html>");
        assertEquals("深層学習/index.html", new PageFinder(dir, Posts.site("/{slug}/")).find(japanese).page());
    }

    @Test
    void linksAndFoldersAreNotPages() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Fixtures.write(outside, "index.html", "<html></html>");
        Path pages = Files.createDirectories(dir.resolve("public"));
        Files.createSymbolicLink(pages.resolve("deep-learning-2022"), outside);
        Files.createDirectories(pages.resolve("deep-learning-2022.html"));
        PageFinder finder = new PageFinder(pages, Posts.site("/{slug}/"));
        assertFalse(finder.find(POST).found(), "a folder linked from outside, and a folder named like a page");

        Files.delete(pages.resolve("deep-learning-2022"));
        Files.createDirectories(pages.resolve("deep-learning-2022"));
        Files.createSymbolicLink(pages.resolve("deep-learning-2022/index.html"), outside.resolve("index.html"));
        assertFalse(finder.find(POST).found(), "a page that is a link");
    }
}
