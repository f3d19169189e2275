package dev.feedcard.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A post's body is read again from its file when it is rendered: the same text, and only from the same file. */
class PostBodyTest {
    @TempDir
    Path root;

    private Post read(String name) throws Exception {
        Path file = root.resolve(name);
        return new PostReader(root, ZoneOffset.UTC, "en", List.of()).read(new PostFile(file, name, name.replace(".md", ""), null, null));
    }

    @Test
    void theBodyReadAgainIsTheTextAfterTheFrontMatter() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "---\r\ntitle: Café\r\ndate: 2024-01-01\r\n---\r\nFirst line, ünïcode and 日本語.\r\n\r\nSecond paragraph.\r\n";
        Files.write(root.resolve("post.md"), concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        Post post = read("post.md");
        assertEquals("First line, ünïcode and 日本語.\n\nSecond paragraph.\n", post.markdown());
        assertEquals(post.markdown(), post.markdown(), "read again each time, the same text");
    }

    @Test
    void aFileChangedAfterItWasReadIsNotMixedWithTheOldFrontMatter() throws Exception {
        Path file = root.resolve("post.md");
        Files.writeString(file, "---\ntitle: One\ndate: 2024-01-01\n---\nThe first text.\n");
        Post post = read("post.md");
        String before = post.body().fingerprint();
        Files.writeString(file, "---\ntitle: One, renamed\ndate: 2024-01-01\n---\nAnother text.\n");
        PostBody.FileChangedException e = assertThrows(PostBody.FileChangedException.class, post::markdown);
        assertTrue(e.getMessage().contains("changed while feedcard was building"), e.getMessage());
        assertNotEquals(before, read("post.md").body().fingerprint(), "the fingerprint tells the two files apart");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
