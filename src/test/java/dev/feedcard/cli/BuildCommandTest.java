package dev.feedcard.cli;

import dev.feedcard.output.OutputFolder;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes, messages and what a build leaves in the output folder, through the command line. */
class BuildCommandTest {
    @TempDir
    Path dir;

    private TestBlog blogWithTwoGoodPosts() {
        TestBlog blog = new TestBlog(dir);
        blog.post("first/index.md", "First post", "2024-01-01");
        blog.post("second/index.md", "Second post", "2024-02-01");
        blog.image("first/cover.png", 800, 500);
        blog.text("first/index.md", "---\ntitle: First post\ndate: 2024-01-01\nfeaturedImage: cover.png\n---\nHello.\n");
        return blog;
    }

    @Test
    void aGoodBuildExitsZeroAndSaysWhatItWrote() {
        TestBlog blog = blogWithTwoGoodPosts();
        TestBlog.Run run = blog.build();
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("2 posts, 9 feeds, 2 cards"), run.toString()); // site, language and tag feeds, three formats each
        assertTrue(Files.isRegularFile(blog.out().resolve("cards/first.jpg")));
        assertTrue(Files.isRegularFile(blog.out().resolve("cards/second.jpg")), "a post without an image gets a title card");
        String nl = System.lineSeparator();
        assertEquals("advice: the post has no description; shares show its opening text instead (2 posts: first/index.md, second/index.md)" + nl
                + "    add a line such as 'description: \"What the post is about\"' to the front matter" + nl
                + "advice: the featured image has no alt text; the title stands in for it (1 post: first/index.md)" + nl
                + "    describe the image for people who cannot see it: featuredImageAlt: \"...\"" + nl, run.err(),
                "advice is listed once per kind, with the posts it concerns");
        assertTrue(run.out().contains(" s; advice on 2 posts (listed above)"), run.out());
    }

    @Test
    void errorsExitOneReportEveryBrokenPostAndChangeNothing() {
        TestBlog blog = blogWithTwoGoodPosts();
        assertEquals(Main.OK, blog.build().code());
        Map<String, String> before = TestBlog.hashes(blog.out());
        blog.text("broken-one.md", "---\ntitle: [unclosed\ndate: 2024-03-01\n---\nText\n");
        blog.text("broken-two.md", "no front matter at all\n");

        TestBlog.Run run = blog.build("--site-url", "https://changed.example.org/");

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("broken-one.md:2: error: the front matter is not valid YAML: the list that opens with '[' on this line is not closed properly"), run.err());
        assertTrue(run.err().contains("broken-two.md:1: error: the file does not start with front matter"), run.err());
        assertTrue(run.err().contains("2 errors; nothing in " + blog.out() + " was changed (fix them, or publish the good posts with --keep-going)"), run.err());
        assertEquals("", run.out());
        assertEquals(before, TestBlog.hashes(blog.out()));
    }

    @Test
    void keepGoingPublishesTheGoodPostsAndListsTheSkippedOnes() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        blog.text("broken.md", "---\ntitle: Broken\ndate: 2024-13-45\n---\nText\n");

        TestBlog.Run run = blog.build("--keep-going");

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.err().contains("broken.md:3: warning: skipped: '2024-13-45' is not a date"), run.err());
        assertTrue(run.err().contains("published without 1 broken post (listed above)"), run.err());
        assertTrue(run.out().contains("2 posts") && run.out().contains("1 skipped"), run.out());
        String atom = Files.readString(blog.out().resolve("atom.xml"));
        TestBlog.parseXml(atom.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(atom.contains("First post") && atom.contains("Second post"));
        assertFalse(atom.contains("Broken"));
    }

    @Test
    void keepGoingDoesNotReplaceFeedsWithEmptyOnesWhenEveryPostIsBroken() {
        TestBlog blog = new TestBlog(dir);
        blog.post("good.md", "Good", "2024-01-01");
        assertEquals(Main.OK, blog.build().code());
        Map<String, String> before = TestBlog.hashes(blog.out());
        blog.text("good.md", "---\ntitle: Good\n---\nno date\n");

        TestBlog.Run run = blog.build("--keep-going");

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("good.md:2: warning: skipped: the post has no date"), run.err());
        assertTrue(run.err().contains("every post is broken, so there is nothing to publish"), run.err());
        assertEquals(before, TestBlog.hashes(blog.out()));
    }

    @Test
    void neverReplacesAFileItDidNotWrite() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        Files.createDirectories(blog.out());
        Files.writeString(blog.out().resolve("atom.xml"), "the site's hand-written feed");
        Files.writeString(blog.out().resolve("index.html"), "the site's page");

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("error: the output folder already has atom.xml, which feedcard did not write"), run.err());
        assertEquals("the site's hand-written feed", Files.readString(blog.out().resolve("atom.xml")));
        assertFalse(Files.exists(blog.out().resolve("rss.xml")));
        assertFalse(Files.exists(blog.out().resolve("cards")));
    }

    @Test
    void removesTheCardOfADeletedPostAndNothingElse() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        Files.createDirectories(blog.out().resolve("cards"));
        Files.writeString(blog.out().resolve("cards/site-logo.jpg"), "the site's");
        assertEquals(Main.OK, blog.build().code());
        Files.delete(blog.content().resolve("first/index.md"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("2 removed"), "its card and its head tags: " + run.out());
        assertFalse(Files.exists(blog.out().resolve("cards/first.jpg")));
        assertFalse(Files.exists(blog.out().resolve("meta/first.html")));
        assertEquals("the site's", Files.readString(blog.out().resolve("cards/site-logo.jpg")));
    }

    @Test
    void feedsOnlyLeavesTheCardsOfEarlierBuildsInPlace() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        assertEquals(Main.OK, blog.build().code());
        byte[] card = Files.readAllBytes(blog.out().resolve("cards/first.jpg"));

        TestBlog.Run run = blog.build("--feeds-only", "--title", "Renamed");

        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().contains("0 removed"), run.out());
        assertTrue(java.util.Arrays.equals(card, Files.readAllBytes(blog.out().resolve("cards/first.jpg"))));
        assertEquals(Main.OK, blog.build().code());
        assertTrue(Files.exists(blog.out().resolve("cards/first.jpg")));
    }

    @Test
    void twoPostsWithOneUrlAreAnErrorNamingBothFiles() {
        TestBlog blog = blogWithTwoGoodPosts();
        blog.post("notes/hello.md", "Hello", "2024-03-01");
        blog.post("hello/index.md", "Hello again", "2024-03-02");

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().matches("(?s).*(hello/index.md: error: this post has the same URL \\(/hello/\\) as notes/hello.md"
                + "|notes/hello.md: error: this post has the same URL \\(/hello/\\) as hello/index.md).*"), run.err());
    }

    @Test
    void aSecondBuildStopsWithAClearMessageWhenTheFirstTakesTooLong() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        try (OutputFolder other = OutputFolder.lock(blog.out(), Duration.ZERO, () -> { })) {
            TestBlog.Run run = blog.build("--lock-timeout", "1");
            assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
            assertTrue(run.err().contains("feedcard: waiting for another feedcard build to finish writing into " + blog.out() + "…"), run.err());
            assertTrue(run.err().contains("error: another feedcard build has been writing into " + blog.out()), run.err());
            assertTrue(run.err().contains("--lock-timeout"), run.err());
        }
        assertFalse(Files.exists(blog.out().resolve("atom.xml")));
    }

    @Test
    void aSecondBuildWaitsForTheFirst() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        CountDownLatch waiting = new CountDownLatch(1);
        StringWriter errText = new StringWriter();
        Writer err = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                errText.write(buf, off, len);
                if (errText.toString().contains("waiting for another feedcard build")) waiting.countDown();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CompletableFuture<Integer> second;
        try (OutputFolder first = OutputFolder.lock(blog.out(), Duration.ZERO, () -> { })) {
            second = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "build", "--content", blog.content().toString(), "--out", blog.out().toString(), "--now", TestBlog.NOW));
            assertTrue(waiting.await(60, TimeUnit.SECONDS), errText.toString());
            assertFalse(second.isDone());
        }
        assertEquals(Main.OK, second.get(60, TimeUnit.SECONDS), errText.toString());
        assertTrue(Files.exists(blog.out().resolve("atom.xml")));
    }

    @Test
    void aWrongFlagIsAUsageError() {
        TestBlog blog = blogWithTwoGoodPosts();
        assertEquals(Main.USAGE, blog.build("--limit", "many").code());
        TestBlog.Run run = blog.build("--site-url", "not a url");
        assertEquals(Main.USAGE, run.code(), run.toString());
        assertFalse(Files.exists(blog.out()));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenExitsThree() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        Files.writeString(blog.out(), "a file where the output folder should be");
        TestBlog.Run run = blog.build();
        assertEquals(Main.FAILED, run.code(), run.toString());
        assertTrue(run.err().startsWith("feedcard: "), run.err());
        assertTrue(run.err().contains("run feedcard again"), run.err());
    }

    @Test
    void aTitleCardBackgroundThatIsNotAnImageIsAnErrorNotACrash() throws Exception {
        TestBlog blog = blogWithTwoGoodPosts();
        blog.text("background.png", "not a picture");
        Path config = Files.writeString(dir.resolve("feedcard.yml"), "cardTitleImage: background.png\n");
        TestBlog.Run run = blog.build("--config", config.toString());
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("background.png: error: cannot use the title cards' background image (cardTitleImage)"), run.err());
        assertFalse(Files.exists(blog.out()));
    }

    @Test
    void aRemoteFeaturedImageIsUsedAsItIsWithoutFetchingIt() throws Exception {
        TestBlog blog = new TestBlog(dir);
        // a host under .invalid never resolves: had feedcard tried to fetch it, the build would have said so
        String url = "https://images.feedcard-test.invalid/photos/a%20b.png?size=large&v=2";
        blog.text("remote.md", "---\ntitle: Remote\ndate: 2024-01-01\ndescription: A remote photo\nfeaturedImage: \"" + url + "\"\n"
                + "featuredImageAlt: Two birds\n---\nText.\n");

        TestBlog.Run run = blog.build();

        assertEquals(Main.OK, run.code(), run.toString());
        assertEquals("", run.err());
        org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        org.w3c.dom.Element thumbnail = (org.w3c.dom.Element) atom.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "thumbnail").item(0);
        assertEquals(url, thumbnail.getAttribute("url"));
        assertFalse(Files.exists(blog.out().resolve("cards/remote.jpg")), "no card is made from a remote image");
    }

    @Test
    void aMissingContentFolderIsAnError() {
        TestBlog blog = new TestBlog(dir);
        TestBlog.Run run = TestBlog.run("build", "--content", dir.resolve("nowhere").toString(), "--out", blog.out().toString());
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("error: the content folder " + dir.resolve("nowhere") + " does not exist"), run.err());
    }
}
