package dev.feedcard.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContentScannerTest {
    @TempDir
    Path root;

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: x\n---\n");
        }
    }

    private Map<String, PostFile> scan(List<String> languages) {
        return ContentScanner.scan(root, languages, null).stream().collect(Collectors.toMap(PostFile::name, Function.identity()));
    }

    @Test
    void findsEveryLayout() throws IOException {
        touch("bundle/index.md", "bundle/index.ja.md", "flat.md", "other.markdown", "translated.fr.md",
                "2024-05-01-jekyll-post.md", "2023-12-24-dated-bundle/index.md",
                "posts/2023/nested.md", "posts/2023/deep-bundle/index.md",
                "ja/japanese.md", "ja/posts/japanese-bundle/index.md", "pt-br/brazil.md",
                "_posts/2020-01-02-in-posts.md");
        Map<String, PostFile> found = scan(List.of());
        assertEquals(13, found.size(), found.keySet().toString());

        PostFile bundle = found.get("bundle/index.md");
        assertEquals("bundle", bundle.slug());
        assertNull(bundle.languageFromPath());
        assertEquals("", bundle.section());

        PostFile translation = found.get("bundle/index.ja.md");
        assertEquals("bundle", translation.slug());
        assertEquals("ja", translation.languageFromPath());

        assertEquals("flat", found.get("flat.md").slug());
        assertEquals("other", found.get("other.markdown").slug());
        assertEquals("translated", found.get("translated.fr.md").slug());
        assertEquals("fr", found.get("translated.fr.md").languageFromPath());

        PostFile jekyll = found.get("2024-05-01-jekyll-post.md");
        assertEquals("jekyll-post", jekyll.slug());
        assertEquals("2024-05-01", jekyll.dateFromName());
        assertEquals("dated-bundle", found.get("2023-12-24-dated-bundle/index.md").slug());
        assertEquals("2023-12-24", found.get("2023-12-24-dated-bundle/index.md").dateFromName());

        assertEquals("posts/2023", found.get("posts/2023/nested.md").section());
        assertEquals("posts/2023", found.get("posts/2023/deep-bundle/index.md").section());
        assertEquals("deep-bundle", found.get("posts/2023/deep-bundle/index.md").slug());

        assertEquals("ja", found.get("ja/japanese.md").languageFromPath());
        assertEquals("", found.get("ja/japanese.md").section());
        assertEquals("ja", found.get("ja/posts/japanese-bundle/index.md").languageFromPath());
        assertEquals("posts", found.get("ja/posts/japanese-bundle/index.md").section());
        assertEquals("pt-br", found.get("pt-br/brazil.md").languageFromPath());

        assertEquals("in-posts", found.get("_posts/2020-01-02-in-posts.md").slug());
    }

    @Test
    void skipsWhatIsNotAPost() throws IOException {
        touch("_index.md", "posts/_index.md", "posts/_index.ja.md", "README.md", "posts/readme.md", "LICENSE.md",
                "CHANGELOG.md", "index.md", "drafts/wip.md", "_drafts/wip.md", "node_modules/pkg/doc.md",
                ".git/x.md", ".obsidian/note.md", "_includes/part.md", "_layouts/post.md", "_site/copy.md",
                "_partial.md", ".hidden.md", "notes.txt", "post.mdx.bak", "image.jpg", "posts/real.md");
        assertEquals(List.of("posts/real.md"), ContentScanner.scan(root).stream().map(PostFile::name).toList());
    }

    @Test
    void onlyKnownLanguageCodesNameALanguageFolder() throws IOException {
        touch("ja/a.md", "go/b.md", "xx/c.md", "javascript/d.md", "posts/ja/e.md", "v1.2.md", "node.js.md");
        Map<String, PostFile> found = scan(List.of());
        assertEquals("ja", found.get("ja/a.md").languageFromPath());
        assertNull(found.get("go/b.md").languageFromPath(), "go is not a language code");
        assertEquals("go", found.get("go/b.md").section());
        assertNull(found.get("xx/c.md").languageFromPath());
        assertNull(found.get("javascript/d.md").languageFromPath());
        assertNull(found.get("posts/ja/e.md").languageFromPath(), "only the first folder below the content folder");
        assertEquals("v1.2", found.get("v1.2.md").slug());
        assertEquals("node.js", found.get("node.js.md").slug());
    }

    @Test
    void theLanguagesSettingNarrowsLanguageFolders() throws IOException {
        touch("ml/model.md", "ja/a.md");
        assertEquals("ml", scan(List.of()).get("ml/model.md").languageFromPath(), "ml is Malayalam's code");
        Map<String, PostFile> narrowed = scan(List.of("en", "ja"));
        assertNull(narrowed.get("ml/model.md").languageFromPath());
        assertEquals("ml", narrowed.get("ml/model.md").section());
        assertEquals("ja", narrowed.get("ja/a.md").languageFromPath());
    }

    private List<String> names(FolderListings listings) {
        return ContentScanner.scan(root, List.of(), listings).stream().map(PostFile::name).toList();
    }

    @Test
    void aFolderWhoseStampIsUnchangedIsNotListedAgain() throws IOException {
        touch("a/index.md", "b/index.md", "b/more/deep.md", "flat.md");
        Files.writeString(root.resolve("b/ogp.jpg"), "not a post");
        Instant later = Instant.now().plusSeconds(60); // every folder counts as settled
        FolderListings first = new FolderListings(Map.of(), later);
        assertEquals(List.of("a/index.md", "b/index.md", "b/more/deep.md", "flat.md"), names(first));
        Map<String, FolderListings.Listing> kept = first.current();
        assertEquals(Set.of("a", "b", "b/more"), kept.keySet(), "the content folder itself is always listed");
        assertEquals(List.of("index.md"), kept.get("b").postFiles());
        assertEquals(List.of("more"), kept.get("b").folders());

        FolderListings again = new FolderListings(kept, later);
        assertEquals(List.of("a/index.md", "b/index.md", "b/more/deep.md", "flat.md"), names(again));
        assertFalse(again.changed());

        // a listing whose stamp matches is taken as the folder's content: one that forgets a post shows it was not listed
        Map<String, FolderListings.Listing> forgetful = new HashMap<>(kept);
        forgetful.put("a", new FolderListings.Listing(kept.get("a").stamp(), List.of(), List.of()));
        assertEquals(List.of("b/index.md", "b/more/deep.md", "flat.md"), names(new FolderListings(forgetful, later)));

        // a file added to the folder changes its stamp, so it is listed again
        touch("a/index.ja.md");
        FolderListings afterChange = new FolderListings(forgetful, later);
        assertEquals(List.of("a/index.ja.md", "a/index.md", "b/index.md", "b/more/deep.md", "flat.md"), names(afterChange));
        assertTrue(afterChange.changed());
        assertEquals(List.of("index.ja.md", "index.md"), afterChange.current().get("a").postFiles().stream().sorted().toList());
    }

    @Test
    void aFolderChangedJustBeforeTheScanIsNotKeptForTheNext() throws IOException {
        touch("a/index.md");
        FolderListings listings = new FolderListings(Map.of(), Instant.now());
        assertEquals(List.of("a/index.md"), names(listings));
        assertTrue(listings.current().isEmpty(), "a change within the file system's clock tick could go unseen");
    }
}
