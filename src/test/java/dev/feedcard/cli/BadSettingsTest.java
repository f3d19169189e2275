package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings that feedcard cannot use as written: each is refused with exit 2 and a message naming the setting, and
 * nothing is written into the output folder. None is ignored, rounded, wrapped or left to crash the build.
 */
class BadSettingsTest {
    @TempDir
    Path dir;

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir);
        blog.post("first.md", "First", "2024-05-01");
        blog.post("second.md", "Second", "2024-05-02");
        return blog;
    }

    /** A build of a two-post blog with {@code yaml} as its feedcard.yml, plus {@code flags}. */
    private TestBlog.Run buildWithFile(TestBlog blog, String yaml, String... flags) throws IOException {
        Path file = Files.writeString(dir.resolve("feedcard.yml"), yaml);
        String[] args = new String[flags.length + 2];
        args[0] = "--config";
        args[1] = file.toString();
        System.arraycopy(flags, 0, args, 2, flags.length);
        return blog.build(args);
    }

    private static void assertRefused(TestBlog blog, TestBlog.Run run, String... expected) {
        assertEquals(Main.USAGE, run.code(), run.toString());
        for (String text : expected) assertTrue(run.err().contains(text), "expected '" + text + "' in\n" + run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(Files.exists(blog.out()), "nothing may be written into the output folder: " + TestBlog.hashes(blog.out()).keySet());
    }

    @Test
    void aMisspeltKeyIsRefusedNamingTheNearestKnownOne() throws IOException {
        TestBlog blog = blog();
        TestBlog.Run run = buildWithFile(blog, "siteurl: https://blog.example.org\n", "--site-url", "https://blog.example.org/");
        assertRefused(blog, run, "feedcard.yml: unknown setting 'siteurl'", "did you mean 'siteUrl'?");
    }

    @Test
    void anUnknownKeyIsRefusedEvenFarFromAnyKnownOne() throws IOException {
        TestBlog blog = blog();
        assertRefused(blog, buildWithFile(blog, "title: Blog\nlimt: 5\n"), "unknown setting 'limt'", "did you mean 'limit'?");
        assertRefused(blog, buildWithFile(blog, "colour_scheme: dark\n"), "unknown setting 'colour_scheme'", "did you mean '");
    }

    @Test
    void anUnknownNameInTheFrontMatterMappingIsRefusedNamingTheNearestOne() throws IOException {
        TestBlog blog = blog();
        assertRefused(blog, buildWithFile(blog, "frontMatter:\n  titel: headline\n"),
                "setting 'frontMatter'", "'titel' is not one of feedcard's names", "did you mean 'title'?");
    }

    @Test
    void everyKeyThatInitWritesIsKnown(@TempDir Path site) {
        TestBlog folder = TestBlog.empty(site);
        folder.siteFile("content/hello.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nText.\n");
        assertEquals(Main.OK, folder.init().code());
        TestBlog.Run run = folder.buildWithConfig("--site-url", "https://blog.example.org/");
        assertEquals(Main.OK, run.code(), run.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "limit: 4294967297       | limit",
            "limit: 1.5              | limit",
            "limit: 2e0              | limit",
            "cardWidth: 4294968496   | cardWidth",
            "cardQuality: 85.9       | cardQuality",
            "lockTimeout: 99999999999 | lockTimeout",
            "cardMaxBytes: '4294967296000' | cardMaxBytes"})
    void aNumberThatWouldWrapOrBeCutIsRefused(String yaml, String key) throws IOException {
        TestBlog blog = blog();
        assertRefused(blog, buildWithFile(blog, yaml + "\n"), "setting '" + key + "' must be a whole number");
    }

    @Test
    void aPermalinkThatClimbsIsRefused() throws IOException {
        TestBlog blog = blog();
        assertRefused(blog, blog.build("--permalink", "/{slug}/../../x/"), "setting 'permalink'", "'..'");
        assertRefused(blog, blog.build("--permalink", "/blog/./{slug}/"), "setting 'permalink'", "'.'");
        assertRefused(blog, blog.build("--permalink", "/%2E%2E/{slug}/"), "setting 'permalink'", "'..'");
        assertRefused(blog, buildWithFile(blog, "permalink: /{slug}/../x/\n"), "feedcard.yml: setting 'permalink'");
    }

    @Test
    void aPermalinkThatIsNotAUrlPathIsAMessageNotACrash() {
        TestBlog blog = blog();
        assertRefused(blog, blog.build("--permalink", "/a b/{slug}/"), "setting 'permalink'", "' '");
        assertRefused(blog, blog.build("--permalink", "/{title}/{slug}/"), "setting 'permalink'", "{title}");
        assertRefused(blog, blog.build("--permalink", "/{slug}/?page=1"), "setting 'permalink'", "'?'");
    }

    @Test
    void goodPermalinksStillWork() throws Exception {
        TestBlog blog = blog();
        TestBlog.Run run = blog.build("--permalink", "/blog/{year}/{month}/{slug}.html", "-q");
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(Files.readString(blog.out().resolve("atom.xml")).contains(TestBlog.SITE_URL + "blog/2024/05/first.html"));
    }
}
