package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post is never left out because of its featured image: with --keep-going, a missing, truncated or tiny image
 * gets a title card (or, for an icon, the icon shown whole) and a warning naming the image and the post's line;
 * without it, the build stops listing every problem, and check says the same.
 */
class ImageNeverDropsPostTest {
    private static final Color ICON = new Color(30, 160, 90);

    @TempDir
    Path dir;

    private TestBlog blog() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("missing.md", "---\ntitle: Missing\ndate: 2024-05-01\nimage: gone.jpg\n---\nText.\n");
        blog.text("truncated.md", "---\ntitle: Truncated\ndate: 2024-05-02\nimage: cut.jpg\n---\nText.\n");
        blog.text("icon.md", "---\ntitle: Icon\ndate: 2024-05-03\nimage: icon.png\n---\nText.\n");
        BufferedImage photo = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        blog.bytes("cut.jpg", Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 3));
        BufferedImage icon = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = icon.createGraphics();
        g.setColor(ICON);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        ImageIO.write(icon, "png", blog.content().resolve("icon.png").toFile());
        return blog;
    }

    @Test
    void withoutKeepGoingEveryImageProblemIsListedAndNothingIsPublished() throws Exception {
        TestBlog blog = blog();
        TestBlog.Run run = blog.build();
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("missing.md:4: error: the featured image 'gone.jpg' does not exist"), run.err());
        assertTrue(run.err().contains("truncated.md:4: error: cannot make a card from the featured image 'cut.jpg'"), run.err());
        assertTrue(run.err().contains("or build with --keep-going to publish the post with a title card"), run.err());
        assertTrue(!Files.exists(blog.out().resolve("atom.xml")));

        TestBlog.Run check = TestBlog.run("check", "--content", blog.content().toString(), "--site-url", TestBlog.SITE_URL);
        assertEquals(Main.CONTENT_ERRORS, check.code(), check.toString());
        assertTrue((check.out() + check.err()).contains("missing.md:4: error: the featured image 'gone.jpg' does not exist"), check.toString());
    }

    @Test
    void withKeepGoingEveryPostIsPublishedWithACard() throws Exception {
        TestBlog blog = blog();
        TestBlog.Run run = blog.build("--keep-going");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("missing.md:4: warning: the featured image 'gone.jpg' does not exist; a title card was drawn instead"), run.err());
        assertTrue(run.err().contains("truncated.md:4: warning: cannot make a card from the featured image 'cut.jpg'"), run.err());
        assertTrue(run.err().contains("icon.md:4: warning: the featured image 'icon.png' is 100x100, far smaller than the 1200x630 card: it is shown whole"), run.err());
        assertTrue(run.out().contains("3 posts"), run.out());
        Map<String, TestBlog.Entry> entries = TestBlog.atomEntries(blog.out().resolve("atom.xml"));
        assertEquals(3, entries.size(), entries.toString());
        for (String slug : new String[]{"missing", "truncated", "icon"}) {
            BufferedImage card = ImageIO.read(blog.out().resolve("cards/" + slug + ".jpg").toFile());
            assertEquals(1200, card.getWidth());
            assertEquals(630, card.getHeight());
        }
        BufferedImage icon = ImageIO.read(blog.out().resolve("cards/icon.jpg").toFile());
        assertClose(ICON, new Color(icon.getRGB(600, 315)), "the icon, whole, in the middle");
        assertClose(ICON, new Color(icon.getRGB(600 - 90, 315 - 90)), "shown at twice its size, not enlarged to fill the card");
        Color edge = new Color(icon.getRGB(40, 315));
        assertTrue(edge.getGreen() < ICON.getGreen() - 30, "around it a darker padding, not the icon blown up: " + edge);
    }

    private static void assertClose(Color expected, Color actual, String what) {
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 12 && Math.abs(expected.getGreen() - actual.getGreen()) < 12
                && Math.abs(expected.getBlue() - actual.getBlue()) < 12, what + ": " + actual);
    }
}
