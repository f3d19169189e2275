package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.testing.TestBlog;
import dev.feedcard.testing.TestBlog.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blogs with translations, laid out as Hugo and Jekyll's Polyglot lay them out, configured by {@code feedcard init}
 * and built: each feed (Atom, RSS and JSON Feed, read back with a parser) carries each post once in the site's feed
 * and tag feeds, and each language's version in that language's feed; each post's head tags name its translations'
 * locales.
 */
class TranslationBlogsTest {
    @TempDir
    Path dir;

    @Test
    void hugoBundlesAndFilesWithTheirTranslations() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("hugo.toml", """
                baseURL = "https://hugo.example.org/"
                defaultContentLanguage = "en"
                title = "Hugo Translations"
                [permalinks]
                posts = "/posts/:slug/"
                [languages.en]
                weight = 1
                [languages.es]
                weight = 2
                [languages.fr]
                weight = 3
                """);
        site.siteFile("content/posts/paella/index.md", """
                +++
                title = "Paella"
                date = 2024-03-01T10:00:00Z
                tags = ["food"]
                +++
                How to cook rice.
                """);
        site.siteFile("content/posts/paella/index.es.md", """
                +++
                title = "Paella valenciana"
                slug = "paella-valenciana"
                date = 2024-03-02T10:00:00Z
                tags = ["food", "recetas"]
                +++
                Cómo cocinar arroz.
                """);
        site.siteFile("content/posts/notes.md", "---\ntitle: Notes\ndate: 2024-02-01T10:00:00Z\n---\nA flat file.\n");
        site.siteFile("content/posts/notes.es.md", "---\ntitle: Notas\ndate: 2024-02-01T11:00:00Z\n---\nUn archivo.\n");
        site.siteFile("content/posts/solo.md", "---\ntitle: Solo\ndate: 2024-01-01T10:00:00Z\ntags: [food]\n---\nNo translation.\n");
        // no English version: the site's feed shows the earliest of the others
        site.siteFile("content/posts/fiesta/index.es.md", "---\ntitle: Fiesta\ndate: 2024-04-02T10:00:00Z\n---\nUna fiesta.\n");
        site.siteFile("content/posts/fiesta/index.fr.md", "---\ntitle: Fête\ndate: 2024-04-01T10:00:00Z\n---\nUne fête.\n");

        Run build = initAndBuild(site, "Generator: Hugo");
        assertFalse(build.err().contains("translation"), build.toString());
        Path out = site.path("public");
        String url = "https://hugo.example.org/";

        assertEquals(Map.of("Fête", url + "fr/posts/fiesta/", "Paella", url + "posts/paella/", "Notes", url + "posts/notes/",
                "Solo", url + "posts/solo/"), entries(out, ""), "the site's feed: each post once, in English when it has an English version");
        assertEquals(List.of("Fête", "Paella", "Notes", "Solo"), List.copyOf(entries(out, "").keySet()), "newest first");
        assertEquals("fr", TestBlog.atomEntries(out.resolve(OutputLayout.FeedNames.DEFAULT.atom())).get("Fête").language());
        assertEquals(Map.of("Paella", url + "posts/paella/", "Notes", url + "posts/notes/", "Solo", url + "posts/solo/"),
                entries(out, "lang/en/"));
        assertEquals(Map.of("Fiesta", url + "es/posts/fiesta/", "Paella valenciana", url + "es/posts/paella-valenciana/",
                "Notas", url + "es/posts/notes/"), entries(out, "lang/es/"));
        assertEquals(Map.of("Fête", url + "fr/posts/fiesta/"), entries(out, "lang/fr/"));
        assertEquals(Map.of("Paella", url + "posts/paella/", "Solo", url + "posts/solo/"), entries(out, "tags/food/"),
                "a tag feed shows a post once too");
        assertEquals(Map.of("Paella valenciana", url + "es/posts/paella-valenciana/"), entries(out, "tags/recetas/"),
                "only the Spanish version has the tag");

        assertLocales(out, "paella", "en_US", "es_ES");
        assertLocales(out, "es/paella-valenciana", "es_ES", "en_US");
        assertLocales(out, "notes", "en_US", "es_ES");
        assertLocales(out, "es/notes", "es_ES", "en_US");
        assertLocales(out, "fr/fiesta", "fr_FR", "es_ES");
        assertLocales(out, "es/fiesta", "es_ES", "fr_FR");
        assertLocales(out, "solo", "en_US");
    }

    @Test
    void hugoTranslationKeyPairsPostsWithDifferentNames() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("hugo.toml", """
                baseURL = "https://key.example.org/"
                defaultContentLanguage = "de"
                title = "Keys"
                """);
        site.siteFile("content/posts/hallo-welt.md", "+++\ntitle = \"Hallo Welt\"\ndate = 2024-05-01\ntranslationKey = \"hello\"\n+++\nHallo.\n");
        site.siteFile("content/posts/hello-world.en.md", "---\ntitle: Hello world\ndate: 2024-05-02\ntranslationKey: hello\n---\nHello.\n");
        site.siteFile("content/posts/hola-mundo.es.md", "---\ntitle: Hola mundo\ndate: 2024-05-03\ntranslationKey: hello\n---\nHola.\n");
        // the same name in another language, but a key of its own: not paired with the bundle-less German post
        site.siteFile("content/posts/other.md", "---\ntitle: Anderes\ndate: 2024-04-01\n---\nAnders.\n");
        site.siteFile("content/posts/other.en.md", "---\ntitle: Other\ndate: 2024-04-02\ntranslationKey: not-other\n---\nAnother.\n");
        // two German posts sharing a key are not translations of each other: both stay, and a warning says why
        site.siteFile("content/posts/eins.md", "---\ntitle: Eins\ndate: 2024-03-01\ntranslationKey: twin\n---\nEins.\n");
        site.siteFile("content/posts/zwei.md", "---\ntitle: Zwei\ndate: 2024-03-02\ntranslationKey: twin\n---\nZwei.\n");

        Run build = initAndBuild(site, "Generator: Hugo");
        assertTrue(build.err().contains("eins.md and zwei.md are both in 'de' and share the translation key 'twin', so they are not paired as translations"),
                build.toString());
        Path out = site.path("public");
        String url = "https://key.example.org/";
        assertEquals(List.of("Hallo Welt", "Other", "Anderes", "Zwei", "Eins"), List.copyOf(entries(out, "").keySet()));
        assertEquals(url + "posts/hallo-welt/", entries(out, "").get("Hallo Welt"));
        assertEquals(Map.of("Hello world", url + "en/posts/hello-world/", "Other", url + "en/posts/other/"), entries(out, "lang/en/"));
        assertEquals(Map.of("Hola mundo", url + "es/posts/hola-mundo/"), entries(out, "lang/es/"));
        assertLocales(out, "hallo-welt", "de_DE", "en_US", "es_ES");
        assertLocales(out, "en/hello-world", "en_US", "de_DE", "es_ES");
        assertLocales(out, "es/hola-mundo", "es_ES", "de_DE", "en_US");
        assertLocales(out, "other", "de_DE");
        assertLocales(out, "en/other", "en_US");
        assertLocales(out, "eins", "de_DE");
    }

    @Test
    void jekyllPolyglotLanguageFoldersAndPageIds() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("_config.yml", """
                title: Polyglot Fixture
                url: "https://polyglot.example.org"
                permalink: pretty
                plugins:
                  - jekyll-polyglot
                languages: ["es", "en"]
                default_lang: "es"
                lang_from_path: true
                """);
        site.siteFile("Gemfile", "source \"https://rubygems.org\"\ngem \"jekyll\"\ngem \"jekyll-polyglot\"\n");
        // the same name below _posts and _posts/en, translated a day later
        site.siteFile("_posts/2024-01-10-welcome.md", "---\ntitle: Bienvenida\nlang: es\ntags: [news]\n---\nHola.\n");
        site.siteFile("_posts/en/2024-01-11-welcome.md", "---\ntitle: Welcome\ntags: [news]\n---\nHello.\n");
        // different names, paired by Polyglot's page_id and by a lang_id
        site.siteFile("_posts/2024-02-01-sobre-el-arroz.md", "---\ntitle: Sobre el arroz\nlang: es\npage_id: rice\n---\nArroz.\n");
        site.siteFile("_posts/en/2024-02-03-about-rice.md", "---\ntitle: About rice\nlang: en\npage_id: rice\n---\nRice.\n");
        site.siteFile("_posts/2024-03-01-frijoles.md", "---\ntitle: Frijoles\nlang_id: legumes\n---\nFrijoles.\n");
        site.siteFile("_posts/en/2024-03-01-beans.md", "---\ntitle: Beans\nlang_id: legumes\ntags: [news]\n---\nBeans.\n");
        site.siteFile("_posts/en/2024-04-01-english-only.md", "---\ntitle: Only in English\n---\nNo translation.\n");

        initAndBuild(site, "Generator: Jekyll");
        assertTrue(Files.readString(site.path("feedcard.yml")).contains("language: \"es\""), "Polyglot's default_lang is the site's language");
        Path out = site.path("_site");
        String url = "https://polyglot.example.org/";
        assertEquals(List.of("Only in English", "Frijoles", "Sobre el arroz", "Bienvenida"), List.copyOf(entries(out, "").keySet()));
        assertEquals(Map.of("Only in English", url + "en/2024/04/01/english-only/", "Frijoles", url + "2024/03/01/frijoles/",
                "Sobre el arroz", url + "2024/02/01/sobre-el-arroz/", "Bienvenida", url + "2024/01/10/welcome/"), entries(out, ""));
        assertEquals(Map.of("Frijoles", url + "2024/03/01/frijoles/", "Sobre el arroz", url + "2024/02/01/sobre-el-arroz/",
                "Bienvenida", url + "2024/01/10/welcome/"), entries(out, "lang/es/"));
        assertEquals(Map.of("Only in English", url + "en/2024/04/01/english-only/", "Beans", url + "en/2024/03/01/beans/",
                "About rice", url + "en/2024/02/03/about-rice/", "Welcome", url + "en/2024/01/11/welcome/"), entries(out, "lang/en/"));
        assertEquals(Map.of("Beans", url + "en/2024/03/01/beans/", "Bienvenida", url + "2024/01/10/welcome/"), entries(out, "tags/news/"),
                "the Spanish version where it has the tag, else the English one");

        assertLocales(out, "welcome", "es_ES", "en_US");
        assertLocales(out, "en/welcome", "en_US", "es_ES");
        assertLocales(out, "sobre-el-arroz", "es_ES", "en_US");
        assertLocales(out, "en/about-rice", "en_US", "es_ES");
        assertLocales(out, "frijoles", "es_ES", "en_US");
        assertLocales(out, "en/beans", "en_US", "es_ES");
        assertLocales(out, "en/english-only", "en_US");
    }

    @Test
    void jekyllPolyglotLanguagesGivenInTheFrontMatterOnly() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        PolyglotSite.write(site);

        initAndBuild(site, "Generator: Jekyll");
        Path out = site.path("_site");
        String url = PolyglotSite.URL;
        assertEquals(Map.of("Köttbullar", url + "sv/2024/kottbullar/", "Salad recipes", url + "2024/salad-recipes-en/",
                "Written before the translations", url + "2024/no-language/"), entries(out, ""),
                "the default language's posts keep the site's pattern; every other language goes under its folder");
        assertEquals(Map.of("Köttbullar", url + "sv/2024/kottbullar/", "Salladsrecept", url + "sv/2024/salad-recipes-sv/"),
                entries(out, "lang/sv/"));
        assertEquals(Map.of("Receitas de salada", url + "pt-BR/2024/receitas/"), entries(out, "lang/pt-br/"),
                "spelled as the configuration spells it");
        assertLocales(out, "salad-recipes-en", "en_US", "sv_SE", "pt_BR");
        assertLocales(out, "sv/salad-recipes-sv", "sv_SE", "en_US", "pt_BR");
        assertLocales(out, "sv/kottbullar", "sv_SE");
    }

    @Test
    void aTranslationAddedOrRemovedBetweenBuildsWithTheCache() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("trip/index.md", "---\ntitle: Trip\ndate: 2024-06-01\n---\nText.\n");
        blog.text("home/index.md", "---\ntitle: Home\ndate: 2024-05-01\n---\nText.\n");
        assertEquals(Main.OK, blog.build("--quiet", "--languages", "en,es").code());
        assertLocales(blog.out(), "trip", "en_US");

        blog.text("trip/index.es.md", "---\ntitle: Viaje\ndate: 2024-06-03\n---\nTexto.\n");
        Run second = blog.build("--quiet", "--languages", "en,es");
        assertEquals(Main.OK, second.code(), second.toString());
        String url = TestBlog.SITE_URL;
        assertEquals(Map.of("Trip", url + "trip/", "Home", url + "home/"), entries(blog.out(), ""));
        assertEquals(Map.of("Viaje", url + "es/trip/"), entries(blog.out(), "lang/es/"));
        assertLocales(blog.out(), "trip", "en_US", "es_ES");
        assertLocales(blog.out(), "es/trip", "es_ES", "en_US");

        Files.delete(blog.content().resolve("trip/index.md"));
        Run third = blog.build("--quiet", "--languages", "en,es");
        assertEquals(Main.OK, third.code(), third.toString());
        assertEquals(Map.of("Viaje", url + "es/trip/", "Home", url + "home/"), entries(blog.out(), ""),
                "without its English version, the Spanish one is in the site's feed");
        assertLocales(blog.out(), "es/trip", "es_ES");
    }

    private static Run initAndBuild(TestBlog site, String initSays) {
        Run init = site.init();
        assertEquals(Main.OK, init.code(), init.toString());
        assertTrue(init.out().contains(initSays), init.out());
        Run build = site.buildWithConfig();
        assertEquals(Main.OK, build.code(), build.toString());
        return build;
    }

    /**
     * The entries of the feeds in {@code folder} of {@code out}, title to link, in the feeds' order: the same in Atom,
     * RSS and JSON Feed, each read with a parser.
     */
    private static Map<String, String> entries(Path out, String folder) throws Exception {
        Map<String, String> atom = new LinkedHashMap<>();
        TestBlog.atomEntries(out.resolve(folder + OutputLayout.FeedNames.DEFAULT.atom())).forEach((title, entry) -> atom.put(title, entry.link()));

        Map<String, String> rss = new LinkedHashMap<>();
        NodeList items = TestBlog.parseXml(Files.readAllBytes(out.resolve(folder + OutputLayout.FeedNames.DEFAULT.rss()))).getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
            rss.put(item.getElementsByTagName("title").item(0).getTextContent(), item.getElementsByTagName("link").item(0).getTextContent());
        }
        assertEquals(List.copyOf(atom.entrySet()), List.copyOf(rss.entrySet()), "RSS of " + folder);

        Map<String, String> json = new LinkedHashMap<>();
        for (JsonNode item : new ObjectMapper().readTree(out.resolve(folder + OutputLayout.FeedNames.DEFAULT.json()).toFile()).path("items")) {
            json.put(item.path("title").asText(), item.path("url").asText());
        }
        assertEquals(List.copyOf(atom.entrySet()), List.copyOf(json.entrySet()), "JSON Feed of " + folder);
        return atom;
    }

    /** The post's head tags say its locale and, as alternates, its translations' locales, in that order. */
    private static void assertLocales(Path out, String key, String locale, String... alternates) throws Exception {
        Document head = Jsoup.parse(Files.readString(out.resolve(OutputLayout.headTags(key)), StandardCharsets.UTF_8));
        assertEquals(List.of(locale), head.select("meta[property=og:locale]").eachAttr("content"), key);
        assertEquals(List.of(alternates), head.select("meta[property=og:locale:alternate]").stream().map(e -> e.attr("content")).toList(), key);
        Element first = head.selectFirst("meta[property=og:locale]");
        for (Element alternate : head.select("meta[property=og:locale:alternate]")) {
            assertTrue(alternate.elementSiblingIndex() > first.elementSiblingIndex(), "og:locale:alternate follows og:locale in " + key);
        }
    }
}
