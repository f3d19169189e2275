package dev.feedcard.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One fingerprint: length, CRC-32 and CRC-32C, the same for bytes, a text, a file, and bytes added in parts. */
class FingerprintTest {
    @Test
    void bytesTextsFilesAndPartsAgree(@TempDir Path dir) throws Exception {
        byte[] bytes = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals("9:cbf43926:e3069283", Fingerprint.of(bytes), "the check values of CRC-32 and CRC-32C");
        assertEquals(Fingerprint.of(bytes), Fingerprint.of("123456789"));
        Path file = Files.write(dir.resolve("file"), bytes);
        assertEquals(Fingerprint.of(bytes), Fingerprint.of(file));
        assertEquals(Fingerprint.of(bytes), new Fingerprint().add(bytes, 0, 4).add(bytes, 4, 5).text());
        assertEquals("none", Fingerprint.of((Path) null));
        assertEquals("unreadable", Fingerprint.of(dir.resolve("missing")));
        assertNotEquals(Fingerprint.of("12345678:"), Fingerprint.of(bytes));
    }
}
