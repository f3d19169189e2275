package dev.feedcard.content;

import dev.feedcard.config.ContentSettings;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a featured image is looked up: beside the post, in the content folder, in the static folders, never outside. */
class ImageLookupTest {
    @TempDir
    Path site;
    Path content;
    Path staticFolder;
    Path publicFolder;

    @BeforeEach
    void layout() throws IOException {
        content = Files.createDirectories(site.resolve("content/posts"));
        staticFolder = Files.createDirectories(site.resolve("static"));
        publicFolder = Files.createDirectories(site.resolve("public"));
        Files.createDirectories(content.resolve("bundle"));
    }

    private Path image(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[]{1, 2, 3});
        return file.toAbsolutePath().normalize();
    }

    private FeaturedImage imageOf(String declared, List<Path> staticFolders) throws IOException, ProblemException {
        Files.writeString(content.resolve("bundle/index.md"), "---\ntitle: T\ndate: 2024-05-01\nimage: \"" + declared + "\"\n---\nText\n");
        PostFile file = ContentScanner.scan(content).get(0);
        return new PostReader(content, ZoneOffset.UTC, "en", List.of(), new ContentSettings(staticFolders, Map.of()), null).read(file).image();
    }

    /** Why the image cannot be used, as the card stage reports it: a post is never left out because of its image. */
    private Problem problemOf(String declared, List<Path> staticFolders) throws Exception {
        FeaturedImage image = imageOf(declared, staticFolders);
        assertNull(image.file(), declared);
        assertNotNull(image.unusable(), declared);
        assertEquals(4, image.line(), "the front matter's line of the image");
        return Problem.error("bundle/index.md", image.line(), image.unusable(), image.unusableHint());
    }

    @Test
    void besideThePostFirst() throws Exception {
        Path beside = image(content.resolve("bundle"), "cover.jpg");
        image(content, "cover.jpg");
        image(staticFolder, "cover.jpg");
        assertEquals(beside, imageOf("cover.jpg", List.of(staticFolder)).file());
        assertEquals(beside, imageOf("./cover.jpg", List.of(staticFolder)).file());
    }

    @Test
    void thenTheContentFolder() throws Exception {
        Path inContent = image(content, "shared/cover.jpg");
        assertEquals(inContent, imageOf("shared/cover.jpg", List.of(staticFolder)).file());
        assertEquals(inContent, imageOf("../shared/cover.jpg", List.of()).file());
    }

    @Test
    void rootPathsInTheStaticFolders() throws Exception {
        Path inStatic = image(staticFolder, "assets/blog/x.jpg");
        assertEquals(inStatic, imageOf("/assets/blog/x.jpg", List.of(staticFolder)).file());
        Path inPublic = image(publicFolder, "images/y.jpg");
        assertEquals(inPublic, imageOf("/images/y.jpg", List.of(staticFolder, publicFolder)).file(), "every static folder is searched");
        Path inContent = image(content, "img/z.jpg");
        assertEquals(inContent, imageOf("/img/z.jpg", List.of(staticFolder)).file(), "then the content folder");
    }

    @Test
    void bareFileNamesInTheStaticFolders() throws Exception {
        Path inPublic = image(publicFolder, "hero.png");
        assertEquals(inPublic, imageOf("hero.png", List.of(publicFolder)).file());
    }

    @Test
    void relativePathsMayReachAStaticFolder() throws Exception {
        // Astro's template: heroImage: '../../assets/x.jpg' with src/assets given as a static folder
        Path inStatic = image(staticFolder, "x.jpg");
        assertEquals(inStatic, imageOf("../../../static/x.jpg", List.of(staticFolder)).file());
    }

    @Test
    void missingImageSaysWhereItLooked() throws Exception {
        Problem p = problemOf("/assets/none.jpg", List.of(staticFolder));
        assertEquals("bundle/index.md", p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("does not exist"), p.message());
        assertTrue(p.hint().contains("static/assets/none.jpg"), p.hint());
        assertTrue(p.hint().contains("assets/none.jpg"), p.hint());
        Problem noStatic = problemOf("/assets/none.jpg", List.of());
        assertTrue(noStatic.hint().contains("--static DIR"), noStatic.hint());
    }

    @Test
    void aMissingImageInAnUnnamedStaticFolderIsPointedOut() throws Exception {
        image(staticFolder, "assets/found.jpg");
        Problem p = problemOf("/assets/found.jpg", List.of());
        assertTrue(p.message().contains("does not exist"), p.message());
        String shown = Path.of("").toAbsolutePath().relativize(staticFolder.toAbsolutePath()).toString();
        assertTrue(p.hint().startsWith("it is in " + shown + ": name that folder with --static " + shown), p.hint());
    }

    @Test
    void neverOutsideTheContentAndStaticFolders() throws Exception {
        image(site, "secret.jpg");
        Problem p = problemOf("../../../secret.jpg", List.of(staticFolder));
        assertTrue(p.message().contains("outside the content folder"), p.message());
        Problem passwd = problemOf("../../../../../../../../etc/passwd", List.of(staticFolder));
        assertTrue(passwd.message().contains("outside the content folder"), passwd.message());
        Problem absolute = problemOf("/etc/passwd", List.of());
        assertTrue(absolute.message().contains("does not exist"), absolute.message());
    }

    @Test
    void symbolicLinksLeadingOutAreRefused() throws Exception {
        Path secret = image(site, "outside/secret.jpg");
        Files.createSymbolicLink(staticFolder.resolve("link.jpg"), secret);
        Files.createSymbolicLink(content.resolve("bundle/link.jpg"), secret);
        Files.createSymbolicLink(staticFolder.resolve("dir"), secret.getParent());
        for (String declared : List.of("/link.jpg", "link.jpg", "/dir/secret.jpg")) {
            Problem p = problemOf(declared, List.of(staticFolder));
            assertTrue(p.message().contains("links to a file outside"), declared + ": " + p.message());
        }
    }

    @Test
    void symbolicLinksBetweenAllowedFoldersAreFine() throws Exception {
        Path inStatic = image(staticFolder, "real.jpg");
        Files.createSymbolicLink(content.resolve("bundle/alias.jpg"), inStatic);
        assertEquals(content.resolve("bundle/alias.jpg").toAbsolutePath().normalize(), imageOf("alias.jpg", List.of(staticFolder)).file());
    }
}
