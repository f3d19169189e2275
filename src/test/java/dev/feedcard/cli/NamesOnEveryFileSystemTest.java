package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output folder must be the same on every file system: macOS and Windows take names that differ only in case
 * (and macOS names that differ only in Unicode form) for one file, and Windows cannot make files named after its
 * devices (CON, NUL, COM1 ...). Posts whose files would meet are refused like two posts with one URL, both named;
 * tags and posts named after a device get a folder and files of another name.
 */
class NamesOnEveryFileSystemTest {
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3]) *(\\..*)?");

    private static String post(String title, String tags) {
        return "---\ntitle: " + title + "\ndate: 2024-05-01\ntags: [" + tags + "]\n---\nThe text of " + title + ".\n";
    }

    @Test
    void postsWhoseNamesDifferOnlyInCaseAreRefusedWithBothNamed(@TempDir Path dir) {
        TestBlog blog = new TestBlog(dir);
        blog.post("good.md", "Good", "2024-04-01");
        blog.text("Foo.md", post("Upper", "a"));
        blog.text("foo.md", post("Lower", "b"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("foo.md: error: this post's card and head tags (cards/foo.jpg, meta/foo.html) would be the files of Foo.md"
                + " on macOS and Windows, which take names that differ only in case or Unicode form for one"), run.err());
        assertFalse(Files.exists(blog.out().resolve("cards")));

        TestBlog.Run kept = blog.build("--keep-going");

        assertEquals(Main.OK, kept.code(), kept.toString());
        assertTrue(kept.err().contains("foo.md: warning: skipped: this post's card and head tags"), kept.err());
        assertEquals(List.of("Foo.jpg", "good.jpg"), names(blog.out().resolve("cards")));
    }

    @Test
    void postsWhoseNamesDifferOnlyInUnicodeFormAreRefusedWithBothNamed(@TempDir Path dir) {
        TestBlog blog = new TestBlog(dir);
        String composed = Normalizer.normalize("caf\u00e9", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("caf\u00e9", Normalizer.Form.NFD);
        blog.text(composed + ".md", post("Composed", "a"));
        blog.text(decomposed + ".md", post("Decomposed", "b"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        String line = run.err().lines().filter(l -> l.contains("error:")).findFirst().orElse("");
        assertTrue(line.startsWith(composed + ".md: error: ") && line.contains(" of " + decomposed + ".md ")
                || line.startsWith(decomposed + ".md: error: ") && line.contains(" of " + composed + ".md "), run.err());
    }

    @Test
    void tagsAndPostsNamedAfterWindowsDevicesGetOtherNames(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("con.md", post("Console", "con, NUL, aux, prn, com1, LPT9, con.txt, Com\u00b9"));
        blog.text("aux/index.md", post("Auxiliary", "notes"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.OK, run.code(), run.toString());
        List<String> everything = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(blog.out())) {
            walk.forEach(p -> everything.add(blog.out().relativize(p).toString()));
        }
        for (String path : everything) {
            for (String segment : path.split("/")) assertFalse(RESERVED.matcher(segment).matches(), path);
        }
        JsonNode index = new ObjectMapper().readTree(Files.readAllBytes(blog.out().resolve("tags.json")));
        Set<String> names = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (JsonNode tag : index.get("tags")) {
            names.add(tag.get("name").asText());
            assertTrue(folders.add(tag.get("folder").asText()), tag.toString());
            assertTrue(Files.exists(blog.out().resolve(tag.get("folder").asText() + "atom.xml")), tag.toString());
        }
        assertEquals(Set.of("con", "NUL", "aux", "prn", "com1", "LPT9", "con.txt", "Com\u00b9", "notes"), names);
        // the posts' cards are where their head tags and cards.json say
        for (JsonNode card : new ObjectMapper().readTree(Files.readAllBytes(blog.out().resolve("cards.json"))).get("cards")) {
            String url = card.get("url").asText();
            String path = url.substring(TestBlog.SITE_URL.length(), url.indexOf("?v="));
            assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), path), url, card.toString());
        }
        assertEquals(2, names(blog.out().resolve("cards")).size());
    }

    @Test
    void noTwoTagsShareAFolderWhereCaseIsIgnored(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        // Greek small sigma and final sigma: two lower-case letters with one capital, Σ
        blog.text("greek.md", post("Greek", "\u03c3, \u03c2, con"));
        assertEquals(Main.OK, blog.build().code());
        String conFolder = folderOf(blog, "con");
        // a tag spelled as the folder "con" was given
        String literal = conFolder.substring("tags/".length(), conFolder.length() - 1);
        blog.text("literal.md", post("Literal", literal));

        TestBlog.Run run = blog.build();

        assertEquals(Main.OK, run.code(), run.toString());
        JsonNode index = new ObjectMapper().readTree(Files.readAllBytes(blog.out().resolve("tags.json")));
        Set<String> folded = new HashSet<>();
        for (JsonNode tag : index.get("tags")) {
            assertTrue(folded.add(fold(tag.get("folder").asText())), "two tags share " + tag.get("folder") + " where case is ignored: " + index);
        }
        assertEquals(4, folded.size(), index.toString());
        assertEquals(conFolder, folderOf(blog, "con"), "a tag's folder changed when another tag came");
    }

    private static String folderOf(TestBlog blog, String tag) throws IOException {
        for (JsonNode t : new ObjectMapper().readTree(Files.readAllBytes(blog.out().resolve("tags.json"))).get("tags")) {
            if (t.get("name").asText().equals(tag)) return t.get("folder").asText();
        }
        throw new AssertionError("no tag " + tag);
    }

    /** A name as macOS's and Windows's file systems compare it: NFC, each character's case folded. */
    private static String fold(String name) {
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
