package dev.feedcard.content;

import dev.feedcard.report.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which posts pair as translations, which version a site-wide feed shows, and the names that pair them. */
class TranslationsTest {

    private static Post post(String file, String language, String key, String date) {
        Instant at = Instant.parse(date + "T00:00:00Z");
        return new Post(file, "s", file, at, at, "", null, List.of(), language, PostBody.of("text"), 3, false, List.of(), null, "", "",
                List.of(), key, Sharing.NONE, "", List.of());
    }

    @Test
    void theSiteLanguageComesFirstThenTheLanguagesSettingThenTheEarliest() {
        Post de = post("a.de.md", "de", "file:a", "2024-01-01");
        Post fr = post("a.fr.md", "fr", "file:a", "2024-01-02");
        Post es = post("a.es.md", "es", "file:a", "2024-01-03");
        Post en = post("a.md", "en", "file:a", "2024-01-04");
        List<Post> newestFirst = List.of(en, es, fr, de);

        Translations withEnglish = Translations.of(newestFirst, "en", List.of("es"));
        assertEquals(List.of(en, es, de, fr), withEnglish.groupOf(fr).posts(), "en (site), es (setting), then de and fr by date");
        assertEquals(List.of(en), withEnglish.once(newestFirst));
        assertEquals(List.of(es, de, fr), withEnglish.others(en));
        assertEquals(List.of(es), withEnglish.once(List.of(es, fr, de)), "among the posts given: es is named by the setting");

        Translations noSetting = Translations.of(List.of(es, fr, de), "en", List.of());
        assertEquals(List.of(de), noSetting.once(List.of(es, fr, de)), "no English version, no setting: the earliest");
        assertTrue(noSetting.problems().isEmpty());
    }

    @Test
    void postsWithoutTranslationsStayAsTheyAre() {
        Post a = post("a.md", "en", "file:a", "2024-01-02");
        Post b = post("b.md", "en", "file:b", "2024-01-01");
        Post bJa = post("b.ja.md", "ja", "file:b", "2024-01-03");
        Translations translations = Translations.of(List.of(bJa, a, b), "en", List.of());
        assertNull(translations.groupOf(a));
        assertEquals(List.of(), translations.others(a));
        assertEquals(List.of(a, b), translations.once(List.of(bJa, a, b)), "the order of the posts given is kept");
        assertEquals(List.of(bJa), translations.once(List.of(bJa)), "the Japanese version when it is the only one given");
    }

    @Test
    void postsInOneLanguageSharingAKeyAreNotPairedAndAWarningNamesThem() {
        Post one = post("one.md", "en", "key:twin", "2024-01-01");
        Post two = post("two.md", "en", "key:twin", "2024-01-02");
        Post ja = post("three.ja.md", "ja", "key:twin", "2024-01-03");
        Translations translations = Translations.of(List.of(ja, two, one), "en", List.of());
        assertEquals(List.of(ja, two, one), translations.once(List.of(ja, two, one)));
        assertNull(translations.groupOf(ja));
        assertEquals(1, translations.problems().size());
        Problem problem = translations.problems().get(0);
        assertEquals("one.md", problem.file());
        assertEquals("one.md and two.md are both in 'en' and share the translation key 'twin', so they are not paired as translations",
                problem.message());
        assertTrue(!problem.isError());
    }

    @Test
    void aFilesNameWithoutItsLanguage() {
        assertEquals("posts/a/index", file("posts/a/index.ja.md", "ja").nameWithoutLanguage("ja"));
        assertEquals("posts/a/index", file("posts/a/index.md", null).nameWithoutLanguage("en"));
        assertEquals("posts/a", file("posts/a.pt-br.md", "pt-br").nameWithoutLanguage("pt-br"));
        assertEquals("posts/a", new PostFile(Path.of("x"), "es/posts/2024-01-12-a.md", "a", "2024-01-12", "es").nameWithoutLanguage("es"),
                "a translation dated in its Jekyll name a few days later");
        assertEquals("posts/a", new PostFile(Path.of("x"), "posts/2024-01-10-a.md", "a", "2024-01-10", null).nameWithoutLanguage("en"));
        assertEquals("salad-recipes", file("salad-recipes-sv.md", null).nameWithoutLanguage("sv"), "Polyglot's own example");
        assertEquals("salad-recipes", file("salad_recipes_en.markdown", null).nameWithoutLanguage("en").replace('_', '-'));
        assertEquals("learn-es", file("learn-es.md", null).nameWithoutLanguage("en"), "a language the post is not in stays");
        assertEquals("ja/a", file("ja/a.md", "ja").nameWithoutLanguage("en"), "a folder whose language the front matter overrides stays");
        assertEquals("en", file("en.md", null).nameWithoutLanguage("en"));
    }

    @Test
    void theReaderPairsByTheFrontMattersKeyElseByTheFilesName() throws Exception {
        Path root = java.nio.file.Files.createTempDirectory("translations");
        try {
            PostReader reader = new PostReader(root, java.time.ZoneOffset.UTC, "en", List.of());
            java.nio.file.Files.writeString(root.resolve("a.md"), "---\ntitle: A\ndate: 2024-01-01\npage_id: about\n---\nText.\n");
            java.nio.file.Files.writeString(root.resolve("b.es.md"), "---\ntitle: B\ndate: 2024-01-01\n---\nText.\n");
            java.nio.file.Files.writeString(root.resolve("c.md"), "+++\ntitle = \"C\"\ndate = 2024-01-01\ntranslationKey = 7\n+++\nText.\n");
            List<PostFile> files = ContentScanner.scan(root);
            assertEquals(List.of("key:about", "file:b", "key:7"), files.stream().map(f -> {
                try {
                    return reader.read(f).translationKey();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList());
        } finally {
            try (var walk = java.nio.file.Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPostMadeWithoutAKeyIsPairedByItsFileName() {
        Post post = new Post("posts/a.md", "a", "A", Instant.EPOCH, Instant.EPOCH, "", null, List.of(), "en", "text", 1, false);
        assertEquals("file:posts/a", post.translationKey());
        assertSame(post.language(), "en");
    }

    private static PostFile file(String name, String languageFromPath) {
        return new PostFile(Path.of(name), name, "s", null, languageFromPath);
    }
}
