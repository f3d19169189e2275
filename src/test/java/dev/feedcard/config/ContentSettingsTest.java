package dev.feedcard.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSettingsTest {
    @TempDir
    Path dir;

    @Test
    void frontMatterMappingTakesNamesOrLists() {
        ContentSettings c = ContentSettings.from(new Settings(Map.of("frontMatter",
                Map.of("title", "headline", "date", List.of("created", "written"), "tags", "topics, labels")), "feedcard.yml"));
        assertEquals(List.of("headline"), c.frontMatter().get("title"));
        assertEquals(List.of("created", "written"), c.frontMatter().get("date"));
        assertEquals(List.of("topics", "labels"), c.frontMatter().get("tags"));
    }

    @Test
    void unknownFieldsAreRefusedWithTheKnownOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> ContentSettings.from(new Settings(Map.of("frontMatter",
                Map.of("headline", "title")), "feedcard.yml")));
        assertTrue(e.getMessage().contains("feedcard.yml: setting 'frontMatter'"), e.getMessage());
        assertTrue(e.getMessage().contains("'headline' is not one of feedcard's names"), e.getMessage());
        assertTrue(e.getMessage().contains("authors, date, description, draft, fediverseCreator, image, imageAlt, language, permalink, section, slug, tags, title, translationKey, twitterCreator, updated"), e.getMessage());
        assertThrows(ConfigException.class, () -> ContentSettings.from(new Settings(Map.of("frontMatter", "title=headline"), "feedcard.yml")));
        assertThrows(ConfigException.class, () -> ContentSettings.from(new Settings(Map.of("frontMatter", Map.of("title", List.of())), "feedcard.yml")));
    }

    @Test
    void staticFoldersMustExist() throws Exception {
        Files.createDirectories(dir.resolve("public"));
        ContentSettings c = ContentSettings.from(new Settings(Map.of("static", List.of(dir.resolve("public").toString())), "x"));
        assertEquals(List.of(dir.resolve("public")), c.staticFolders());
        ConfigException e = assertThrows(ConfigException.class, () -> ContentSettings.from(new Settings(Map.of("static", dir.resolve("nope").toString()), "x")));
        assertTrue(e.getMessage().contains("the static folder '" + dir.resolve("nope") + "' does not exist"), e.getMessage());
    }

    @Test
    void foldersInAConfigurationFileAreRelativeToIt() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("static"));
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("feedcard.yml"), "content: content/posts\nout: public\nstatic: [static, public]\n");
        Settings s = ConfigFile.read(site.resolve("feedcard.yml"), Map.of());
        assertEquals(site.resolve("content/posts").toString(), s.string(Setting.CONTENT));
        assertEquals(site.resolve("public").toString(), s.string(Setting.OUT));
        assertEquals(List.of(site.resolve("static").toString(), site.resolve("public").toString()), s.list(Setting.STATIC));
        Settings flags = ConfigFile.read(site.resolve("feedcard.yml"), Map.of("content", "elsewhere"));
        assertEquals("elsewhere", flags.string(Setting.CONTENT), "a flag is relative to the current folder");
    }
}
