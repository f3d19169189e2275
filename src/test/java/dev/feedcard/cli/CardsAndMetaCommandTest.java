package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards, head tags, cards.json, --keep-going, --feeds-only and feedcard check, through the command line. */
class CardsAndMetaCommandTest {
    @TempDir
    Path dir;

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir);
        blog.image("photo/cover.png", 1600, 900);
        blog.text("photo/index.md", "---\ntitle: \"A photo & a <title>\"\ndate: 2024-01-01\ndescription: \"What the photo shows\"\n"
                + "featuredImage: cover.png\nfeaturedImageAlt: \"A gradient from blue to yellow\"\ntags: [pictures, colour]\n---\nHello.\n");
        blog.text("plain/index.md", "---\ntitle: Just words\ndate: 2024-02-01\ndescription: Words only\n---\nNo picture here.\n");
        return blog;
    }

    private static String[] check(TestBlog blog, String... flags) {
        String[] args = blog.buildArgs(flags);
        args[0] = "check";
        return args;
    }

    private static String meta(Document d, String key) {
        var e = d.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void buildWritesHeadTagsAndCardsJsonForEveryPost() throws Exception {
        TestBlog blog = blog();
        TestBlog.Run run = blog.build();
        assertEquals(Main.OK, run.code(), run.toString());

        Document photo = Jsoup.parse(Files.readString(blog.out().resolve("meta/photo.html")));
        assertEquals("A photo & a <title>", meta(photo, "og:title"));
        assertEquals("What the photo shows", meta(photo, "og:description"));
        assertEquals(TestBlog.SITE_URL + "photo/", meta(photo, "og:url"));
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/photo.jpg"), meta(photo, "og:image"));
        assertEquals("A gradient from blue to yellow", meta(photo, "twitter:image:alt"));
        assertEquals("1200", meta(photo, "og:image:width"));
        assertEquals(2, photo.select("meta[property=article:tag]").size());
        assertEquals(TestBlog.SITE_URL + "atom.xml", photo.selectFirst("link[type=application/atom+xml]").attr("href"));
        assertEquals(TestBlog.SITE_URL + "rss.xml", photo.selectFirst("link[type=application/rss+xml]").attr("href"));

        Document plain = Jsoup.parse(Files.readString(blog.out().resolve("meta/plain.html")));
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/plain.jpg"), meta(plain, "og:image"), "a post without an image is shared with its title card");
        assertEquals("Just words", meta(plain, "og:image:alt"));

        JsonNode cards = new ObjectMapper().readTree(blog.out().resolve("cards.json").toFile()).get("cards");
        assertEquals(2, cards.size());
        JsonNode plainCard = cards.get(0);  // newest first
        assertEquals("plain/index.md", plainCard.get("post").asText());
        assertEquals("title", plainCard.get("kind").asText());
        assertFalse(plainCard.has("source"));
        JsonNode photoCard = cards.get(1);
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/photo.jpg"), photoCard.get("url").asText());
        assertEquals("photo/cover.png", photoCard.get("source").asText());
        assertEquals("A gradient from blue to yellow", photoCard.get("alt").asText());
        assertEquals("image", photoCard.get("kind").asText());
        Path jpeg = blog.out().resolve("cards/photo.jpg");
        assertEquals(Files.size(jpeg), photoCard.get("bytes").asLong());
        BufferedImage image = ImageIO.read(jpeg.toFile());
        assertEquals(photoCard.get("width").asInt(), image.getWidth());
        assertEquals(photoCard.get("height").asInt(), image.getHeight());
    }

    @Test
    void anUnusableImageFailsTheBuildUnlessKeepGoingDrawsATitleCard() throws Exception {
        TestBlog blog = blog();
        blog.text("broken/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        blog.text("broken/index.md", "---\ntitle: Broken image\ndate: 2024-03-01\ndescription: d\nfeaturedImage: logo.svg\n---\nText.\n");

        TestBlog.Run failed = blog.build();
        assertEquals(Main.CONTENT_ERRORS, failed.code(), failed.toString());
        assertTrue(failed.err().contains("broken/index.md:5: error: cannot make a card from the featured image 'logo.svg': the file is an SVG drawing"), failed.err());
        assertFalse(Files.exists(blog.out().resolve("cards")), "nothing is written");

        TestBlog.Run kept = blog.build("--keep-going");
        assertEquals(Main.OK, kept.code(), kept.toString());
        assertTrue(kept.err().contains("broken/index.md:5: warning: cannot make a card from the featured image 'logo.svg'"), kept.err());
        assertTrue(kept.err().contains("a title card was drawn instead"), kept.err());
        assertTrue(Files.isRegularFile(blog.out().resolve("cards/broken.jpg")));
        JsonNode broken = new ObjectMapper().readTree(blog.out().resolve("cards.json").toFile()).get("cards").get(0);
        assertEquals("broken/index.md", broken.get("post").asText());
        assertEquals("title", broken.get("kind").asText());
    }

    @Test
    void feedsOnlyWritesNoCardsAndNoHeadTagsButKeepsEarlierOnes() {
        TestBlog blog = blog();
        TestBlog.Run first = blog.build("--feeds-only");
        assertEquals(Main.OK, first.code(), first.toString());
        assertTrue(Files.isRegularFile(blog.out().resolve("atom.xml")));
        assertFalse(Files.exists(blog.out().resolve("cards")));
        assertFalse(Files.exists(blog.out().resolve("meta")));
        assertFalse(Files.exists(blog.out().resolve("cards.json")));

        assertEquals(Main.OK, blog.build().code());
        Map<String, String> before = TestBlog.hashes(blog.out().resolve("meta"));
        assertEquals(Main.OK, blog.build("--feeds-only").code());
        assertTrue(Files.isRegularFile(blog.out().resolve("cards/photo.jpg")));
        assertTrue(Files.isRegularFile(blog.out().resolve("cards.json")));
        assertEquals(before, TestBlog.hashes(blog.out().resolve("meta")));
    }

    @Test
    void checkOfAGoodBlogPassesAndWritesNothing() {
        TestBlog blog = blog();
        Map<String, String> content = TestBlog.hashes(blog.content());
        TestBlog.Run run = TestBlog.run(check(blog));
        assertEquals(Main.OK, run.code(), run.toString());
        assertEquals("feedcard: checked 2 posts: 0 errors, 0 warnings\n", run.out());
        assertFalse(Files.exists(blog.out()), "check writes nothing");
        assertEquals(content, TestBlog.hashes(blog.content()));
    }

    @Test
    void checkListsEachWarningOnALineAndEachAdviceOnceWithItsPosts() {
        TestBlog blog = blog();
        blog.image("small/cover.png", 500, 300);
        blog.text("small/index.md", "---\ntitle: Small\ndate: 2024-03-01\nfeaturedImage: cover.png\n---\nSome opening words.\n");
        blog.image("square/cover.png", 1000, 1000);
        blog.text("square/index.md", "---\ntitle: Square\ndate: 2024-03-02\ndescription: d\nfeaturedImage: cover.png\nfeaturedImageAlt: a square\n---\nx\n");
        blog.text("bare/index.md", "---\ntitle: Bare\ndate: 2024-03-03\n---\nOpening words.\n");

        TestBlog.Run run = TestBlog.run(check(blog));
        assertEquals(Main.OK, run.code(), "warnings and advice alone pass: " + run);
        assertEquals(List.of(
                "small/index.md:4: warning: the featured image 'cover.png' is 500x300, much smaller than the 1200x630 card: it was enlarged 2.4 times "
                        + "and looks blurry (use an image of at least 600x315 pixels, ideally 1200x630)",
                "advice: the post has no description; shares show its opening text instead (2 posts: bare/index.md, small/index.md) "
                        + "(add a line such as 'description: \"What the post is about\"' to the front matter)",
                "advice: the featured image has no alt text; the title stands in for it (1 post: small/index.md) "
                        + "(describe the image for people who cannot see it: featuredImageAlt: \"...\")",
                "advice: the featured image is far from the card's shape (1.90:1): the card keeps only the middle of it (1 post: square/index.md) "
                        + "(say what to keep with featuredImageFocus (top, bottom-left, 0.3,0.6), or show it whole with featuredImageFit: contain)",
                "feedcard: checked 5 posts: 0 errors, 1 warning, advice on 3 posts"), run.out().lines().toList());

        TestBlog.Run strict = TestBlog.run(check(blog, "--strict"));
        assertEquals(Main.CONTENT_ERRORS, strict.code(), strict.toString());
        assertTrue(strict.out().endsWith("1 warning, advice on 3 posts (--strict counts warnings and advice)\n"), strict.out());
    }

    @Test
    void strictFailsOnAdviceAlone() {
        TestBlog blog = blog();
        blog.text("bare/index.md", "---\ntitle: Bare\ndate: 2024-03-03\n---\nOpening words.\n");
        assertEquals(Main.OK, TestBlog.run(check(blog)).code());
        TestBlog.Run strict = TestBlog.run(check(blog, "--strict"));
        assertEquals(Main.CONTENT_ERRORS, strict.code(), strict.toString());
        assertTrue(strict.out().endsWith("feedcard: checked 3 posts: 0 errors, 0 warnings, advice on 1 post (--strict counts warnings and advice)\n"), strict.out());
    }

    @Test
    void checkFailsOnUnusableOrMissingImagesAndWarnsOfTinyOnes() {
        TestBlog blog = blog();
        blog.bytes("empty/cover.jpg", new byte[0]);
        blog.text("empty/index.md", "---\ntitle: Empty\ndate: 2024-03-01\ndescription: d\nfeaturedImage: cover.jpg\nfeaturedImageAlt: a\n---\nx\n");
        blog.image("tiny/cover.png", 150, 80);
        blog.text("tiny/index.md", "---\ntitle: Tiny\ndate: 2024-03-02\ndescription: d\nfeaturedImage: cover.png\nfeaturedImageAlt: a\n---\nx\n");
        blog.text("missing/index.md", "---\ntitle: Missing\ndate: 2024-03-03\ndescription: d\nfeaturedImage: nowhere.png\n---\nx\n");

        TestBlog.Run run = TestBlog.run(check(blog));
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        String out = run.out();
        assertTrue(out.contains("empty/index.md:5: error: cannot make a card from the featured image 'cover.jpg': the image file is empty"), out);
        assertTrue(out.contains("tiny/index.md:5: warning: the featured image 'cover.png' is 150x80, far smaller than the 1200x630 card: it is shown whole"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("missing/index.md:5: error:") && l.contains("nowhere.png")), out);
        assertTrue(out.endsWith("feedcard: checked 5 posts: 2 errors, 1 warning\n"), out);
        assertFalse(Files.exists(blog.out()));
    }

    @Test
    void checkDecodesImagesAsTheBuildDoes() throws Exception {
        // a header that promises a 30000x15750 PNG with no pixel data: its header reads well, its pixels do not
        TestBlog blog = blog();
        byte[] png = Files.readAllBytes(blog.image("huge/cover.png", 10, 10));
        byte[] header = java.util.Arrays.copyOf(png, 33);
        java.nio.ByteBuffer.wrap(header, 16, 8).putInt(30_000).putInt(15_750);
        blog.bytes("huge/cover.png", header);
        blog.text("huge/index.md", "---\ntitle: Huge\ndate: 2024-03-01\ndescription: d\nfeaturedImage: cover.png\nfeaturedImageAlt: a\n---\nx\n");
        for (String[] flags : List.of(new String[] {"--max-pixels", "1000000000"}, new String[0])) {
            TestBlog.Run run = TestBlog.run(check(blog, flags));
            assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
            String error = run.out().lines().filter(l -> l.startsWith("huge/index.md:5: error: cannot make a card from the featured image 'cover.png': "))
                    .findFirst().orElseThrow(() -> new AssertionError(run.out()));
            if (flags.length == 0) assertTrue(error.contains("the image is 30000x15750 (473 megapixels), more than the limit of 100 megapixels"), error);
            TestBlog.Run build = blog.build(flags);
            assertEquals(Main.CONTENT_ERRORS, build.code(), build.toString());
            List<String> lines = build.err().lines().toList();
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("huge/index.md:5: error:")).findFirst().orElseThrow());
            assertEquals(error, lines.get(at) + " (" + lines.get(at + 1).strip() + ")", "build says the same: " + build.err());
        }
    }

    @Test
    void checkTakesTheSameOptionsAsBuild() {
        TestBlog blog = blog();
        TestBlog.Run wrong = TestBlog.run(check(blog, "--card-fit", "sideways"));
        assertEquals(Main.USAGE, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("cardFit"), wrong.err());
    }

    @Test
    void headTagsAreEscapedInTheFile() throws Exception {
        TestBlog blog = blog();
        assertEquals(Main.OK, blog.build().code());
        String html = Files.readString(blog.out().resolve("meta/photo.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("content=\"A photo &amp; a &lt;title&gt;\""), html);
    }
    @Test
    void cardsOnlyWritesCardsAndHeadTagsAndLeavesTheFeedsOfEarlierBuilds() throws Exception {
        TestBlog blog = blog();
        assertEquals(Main.OK, blog.build().code());
        byte[] atom = Files.readAllBytes(blog.out().resolve("atom.xml"));
        byte[] tagFeed = Files.readAllBytes(blog.out().resolve("tags/pictures/rss.xml"));

        blog.text("plain/index.md", "---\ntitle: Words, renamed\ndate: 2024-02-01\ndescription: Words only\n---\nNo picture here.\n");
        TestBlog.Run run = blog.build("--cards-only");
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.out().startsWith("2 posts, 0 feeds, 2 cards, 0 skipped"), run.out());
        assertEquals("Words, renamed", meta(Jsoup.parse(Files.readString(blog.out().resolve("meta/plain.html"))), "og:title"));
        assertTrue(Files.readString(blog.out().resolve("cards.json")).contains("Words, renamed"));
        assertArrayEquals(atom, Files.readAllBytes(blog.out().resolve("atom.xml")), "the feeds of the last full build stay as they were");
        assertArrayEquals(tagFeed, Files.readAllBytes(blog.out().resolve("tags/pictures/rss.xml")));
        assertTrue(Files.exists(blog.out().resolve("feed.css")));

        Path fresh = dir.resolve("fresh");
        run = TestBlog.run("build", "--content", blog.content().toString(), "--out", fresh.toString(), "--site-url", TestBlog.SITE_URL, "--cards-only");
        assertEquals(Main.OK, run.code(), run.toString());
        assertFalse(Files.exists(fresh.resolve("atom.xml")));
        assertFalse(Files.exists(fresh.resolve("tags")));
        BufferedImage card = ImageIO.read(fresh.resolve("cards/photo.jpg").toFile());
        assertEquals(1200, card.getWidth());
        Document head = Jsoup.parse(Files.readString(fresh.resolve("meta/photo.html")));
        assertEquals("What the photo shows", meta(head, "og:description"));
        assertTrue(head.select("link[rel=alternate]").isEmpty(), "no links to feeds this build did not write");

        run = blog.build("--cards-only", "--feeds-only");
        assertEquals(Main.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("'cardsOnly' must be false when feedsOnly is true"), run.err());
    }
}
