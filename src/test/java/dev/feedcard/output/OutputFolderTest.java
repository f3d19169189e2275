package dev.feedcard.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {
    @Test
    void unchangedFilesKeepTheirModificationTime(@TempDir Path dir) throws Exception {
        OutputFolder out = new OutputFolder(dir);
        assertTrue(out.write("a/b.txt", bytes("one")));
        Files.setLastModifiedTime(dir.resolve("a/b.txt"), FileTime.fromMillis(1_000_000));
        assertFalse(out.write("a/b.txt", bytes("one")));
        assertEquals(1_000_000, Files.getLastModifiedTime(dir.resolve("a/b.txt")).toMillis());
        assertTrue(out.write("a/b.txt", bytes("two")));
        assertEquals("two", Files.readString(dir.resolve("a/b.txt")));
    }

    @Test
    void staleOwnFilesAreRemovedAndForeignFilesAreNeverTouched(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "the site's own page");
        OutputFolder out = new OutputFolder(dir);
        out.write("cards/old.jpg", bytes("old"));
        out.write("atom.xml", bytes("feed"));
        out.commit(Set.of("cards/old.jpg", "atom.xml"));

        out.write("atom.xml", bytes("feed 2"));
        List<String> removed = out.commit(Set.of("atom.xml"));
        assertEquals(List.of("cards/old.jpg"), removed);
        assertFalse(Files.exists(dir.resolve("cards")), "the emptied folder goes too");
        assertEquals("the site's own page", Files.readString(dir.resolve("index.html")));
        assertEquals(List.of("index.html"), out.foreign(List.of("index.html", "atom.xml")));
    }

    @Test
    void refusesPathsOutsideTheFolder(@TempDir Path dir) {
        OutputFolder out = new OutputFolder(dir.resolve("out"));
        assertThrows(IllegalArgumentException.class, () -> out.write("../escape.txt", bytes("x")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
