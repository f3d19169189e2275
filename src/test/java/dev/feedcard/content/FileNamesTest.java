package dev.feedcard.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FileNamesTest {
    @Test
    void namesThatAreOneFileOnMacOsOrWindowsFoldToOneForm() {
        assertEquals(FileNames.folded("foo.jpg"), FileNames.folded("Foo.JPG"));
        assertEquals(FileNames.folded("caf\u00e9"), FileNames.folded("Cafe\u0301"), "composed or with a combining accent");
        assertEquals(FileNames.folded("\u03c3"), FileNames.folded("\u03c2"), "Greek sigma, final or not");
        assertEquals(FileNames.folded("\u03a3-Post"), FileNames.folded("\u03c2-post"));
        assertNotEquals(FileNames.folded("foo-1"), FileNames.folded("foo-2"));
    }

    @Test
    void everyAsciiCharacterFoldsAsUnicodeFoldsIt() {
        for (char c = 0; c < 0x80; c++) {
            String expected = String.valueOf(Character.toChars(Character.toLowerCase(Character.toUpperCase((int) c))));
            assertEquals(expected, FileNames.folded(String.valueOf(c)), "character " + (int) c);
            assertEquals("x" + expected + "\u00e9", FileNames.folded("X" + c + "\u00c9"), "beside a character that is not ASCII");
        }
    }
}
