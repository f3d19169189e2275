package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} is the build's own judgement: each broken or doubtful post, alone and all together, goes through
 * both commands, which must report the same problems in the same words with the same severity, and check must fail
 * exactly when build does (with and without --keep-going).
 */
class CheckAgreesWithBuildTest {
    @TempDir
    Path dir;

    /** Each fixture: a post (and its image) that makes it special, by name. */
    private static final Map<String, Consumer<TestBlog>> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("missing image", blog -> blog.text("missing.md", "---\ntitle: Missing\ndate: 2024-05-01\ndescription: d\nimage: gone.jpg\nimageAlt: a\n---\nText.\n"));
        FIXTURES.put("truncated JPEG", blog -> {
            blog.bytes("cut.jpg", truncatedJpeg());
            blog.text("truncated.md", "---\ntitle: Truncated\ndate: 2024-05-02\ndescription: d\nimage: cut.jpg\nimageAlt: a\n---\nText.\n");
        });
        FIXTURES.put("tiny icon", blog -> {
            blog.image("icon.png", 100, 100);
            blog.text("icon.md", "---\ntitle: Icon\ndate: 2024-05-03\ndescription: d\nimage: icon.png\nimageAlt: a green square\n---\nText.\n");
        });
        FIXTURES.put("no alt text, no description", blog -> {
            blog.image("photo.png", 1200, 630);
            blog.text("bare.md", "---\ntitle: Bare\ndate: 2024-05-04\nimage: photo.png\n---\nSome opening words.\n");
        });
        FIXTURES.put("bad front matter", blog -> blog.text("bad.md", "---\ntitle: [unclosed\ndate: 2024-05-05\n---\nText.\n"));
        FIXTURES.put("remote WebP", blog -> blog.text("webp.md", "---\ntitle: WebP\ndate: 2024-05-06\ndescription: d\n"
                + "image: \"https://cdn.example.net/photo.webp\"\nimageAlt: a photo\n---\nText.\n"));
        FIXTURES.put("remote AVIF over http", blog -> blog.text("avif.md", "---\ntitle: AVIF\ndate: 2024-05-07\ndescription: d\n"
                + "image: \"http://cdn.example.net/photo.AVIF?w=1200\"\nimageAlt: a photo\n---\nText.\n"));
        FIXTURES.put("alt text that repeats the title", blog -> {
            blog.image("same.png", 1200, 630);
            blog.text("same.md", "---\ntitle: \"Sunset over the bay\"\ndate: 2024-05-08\ndescription: d\nimage: same.png\nimageAlt: \"Sunset over the Bay!\"\n---\nText.\n");
        });
    }

    /** What each fixture alone makes both commands report: its lines' beginnings, in order. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "missing image", List.of("missing.md:5: error: the featured image 'gone.jpg' does not exist"),
            "truncated JPEG", List.of("truncated.md:5: error: cannot make a card from the featured image 'cut.jpg': "),
            "tiny icon", List.of("icon.md:5: warning: the featured image 'icon.png' is 100x100, far smaller than the 1200x630 card"),
            "no alt text, no description", List.of(
                    "advice: the featured image has no alt text; the title stands in for it (1 post: bare.md)",
                    "advice: the post has no description; shares show its opening text instead (1 post: bare.md)"),
            "bad front matter", List.of("bad.md:2: error: "),
            "remote WebP", List.of("webp.md:5: warning: the featured image 'https://cdn.example.net/photo.webp' is a WebP image, "
                    + "which LinkedIn and Bluesky's image proxy refuse"),
            "remote AVIF over http", List.of(
                    "avif.md:5: warning: the featured image 'http://cdn.example.net/photo.AVIF?w=1200' is served over http, not https",
                    "avif.md:5: warning: the featured image 'http://cdn.example.net/photo.AVIF?w=1200' is an AVIF image, which Mastodon does not show"),
            "alt text that repeats the title", List.of("same.md:5: warning: the featured image's alt text only repeats the title"));

    private static byte[] truncatedJpeg() {
        try {
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
            return Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 3);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A blog of a good post and the given fixtures. */
    private TestBlog blog(String name, List<String> fixtures) {
        TestBlog blog = new TestBlog(dir.resolve(name));
        blog.image("good.png", 1200, 630);
        blog.text("good.md", "---\ntitle: Good\ndate: 2024-04-01\ndescription: All is well\nimage: good.png\nimageAlt: A gradient\n---\nText.\n");
        for (String fixture : fixtures) FIXTURES.get(fixture).accept(blog);
        return blog;
    }

    /** What one command said, as check prints it: each problem on one line, hint in brackets; no summary line. */
    private record Said(int code, List<String> problems) {
    }

    private static Said check(TestBlog blog, String... flags) {
        String[] args = blog.buildArgs(flags);
        args[0] = "check";
        TestBlog.Run run = TestBlog.run(args);
        assertEquals("", run.err(), "check prints its findings on stdout");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("feedcard: checked "), run.toString());
        return new Said(run.code(), lines.subList(0, lines.size() - 1));
    }

    /** Build's problems, each headline joined with its indented hint as check prints them; its own closing lines left out. */
    private static Said build(TestBlog blog, Path out, String... flags) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        args.addAll(List.of(flags));
        TestBlog.Run run = blog.build(args.toArray(String[]::new));
        List<String> problems = new ArrayList<>();
        for (String line : run.err().lines().toList()) {
            if (line.startsWith("    ")) problems.set(problems.size() - 1, problems.get(problems.size() - 1) + " (" + line.strip() + ")");
            else if (!line.startsWith("feedcard: ")) problems.add(line);
        }
        return new Said(run.code(), problems);
    }

    /** Runs check and build on a blog of {@code fixtures}, asserts they agree, and returns what check said. */
    private Said agree(String name, List<String> fixtures, boolean keepGoing) {
        TestBlog blog = blog(name, fixtures);
        String[] flags = keepGoing ? new String[] {"--keep-going"} : new String[0];
        Said checked = check(blog, flags);
        assertFalse(Files.exists(blog.out()), "check writes nothing");
        Said built = build(blog, dir.resolve(name + "-out"), flags);
        String what = fixtures + (keepGoing ? " with --keep-going" : "");
        assertEquals(built.problems(), checked.problems(), what + ": the same problems in the same words");
        assertEquals(built.code() != 0, checked.code() != 0, what + ": check fails exactly when build does (build exit " + built.code() + ")");
        return checked;
    }

    @Test
    void eachFixtureAloneIsJudgedAlikeByCheckAndBuild() {
        int i = 0;
        for (String fixture : FIXTURES.keySet()) {
            Said checked = agree("alone" + i++, List.of(fixture), false);
            List<String> expected = EXPECTED.get(fixture);
            assertEquals(expected.size(), checked.problems().size(), fixture + ": " + checked.problems());
            for (int j = 0; j < expected.size(); j++) {
                assertTrue(checked.problems().get(j).startsWith(expected.get(j)), fixture + ": " + checked.problems().get(j));
            }
            boolean error = expected.stream().anyMatch(line -> line.contains(": error: "));
            assertEquals(error ? Main.CONTENT_ERRORS : Main.OK, checked.code(), fixture + ": check fails exactly on an error");
        }
    }

    @Test
    void allFixturesTogetherAreJudgedAlikeWithAndWithoutKeepGoingAndStrictFailsOnWarnings() {
        List<String> all = List.copyOf(FIXTURES.keySet());
        Said stopped = agree("all", all, false);
        assertEquals(Main.CONTENT_ERRORS, stopped.code());
        assertEquals(3, stopped.problems().stream().filter(l -> l.contains(": error: ")).count(), "every error is listed: " + stopped.problems());

        Said checked = agree("all-keep-going", all, true);
        assertEquals(Main.OK, checked.code(), checked.problems().toString());
        assertTrue(checked.problems().stream().anyMatch(l -> l.startsWith("missing.md:5: warning: the featured image 'gone.jpg' does not exist; a title card was drawn instead")),
                checked.problems().toString());
        assertTrue(checked.problems().stream().anyMatch(l -> l.startsWith("bad.md:2: warning: skipped: ")), checked.problems().toString());
        assertEquals(1, checked.problems().stream().filter(l -> l.startsWith("advice: the post has no description")).count(), checked.problems().toString());

        String[] args = blog("all-keep-going", all).buildArgs("--keep-going", "--strict");
        args[0] = "check";
        assertEquals(Main.CONTENT_ERRORS, TestBlog.run(args).code(), "--strict fails on the warnings and advice that --keep-going lets pass");
    }
}
