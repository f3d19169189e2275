package dev.feedcard.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documentation's tables of flags and settings are the ones the declarations give (see {@link SettingTables}). */
class SettingTablesTest {
    @Test
    void theTablesInTheDocsAreTheDeclaredOnes() throws IOException {
        for (Map.Entry<Path, Map<String, String>> page : SettingTables.PAGES.entrySet()) {
            String text = Files.readString(page.getKey(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> table : page.getValue().entrySet()) {
                assertEquals(table.getValue(), SettingTables.between(text, table.getKey()), "the " + table.getKey() + " table of "
                        + page.getKey() + " differs from the declarations in config/Setting; rewrite it as SettingTables says");
            }
        }
    }

    @Test
    void keysAndFlagsAreDeclaredOnce() {
        Set<String> keys = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (Setting<?> s : Setting.all()) {
            assertTrue(s.key() == null || keys.add(s.key()), "key declared twice: " + s.key());
            assertTrue(flags.add(s.flag()), "flag declared twice: " + s.flag());
        }
    }
}
