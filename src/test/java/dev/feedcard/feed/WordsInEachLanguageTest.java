package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words feedcard itself writes into the feeds (the links that replace embeds, a tag feed's description) follow
 * the post's or the feed's language: English, Japanese, Spanish, French, German, and English for any other.
 */
class WordsInEachLanguageTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String EMBEDS = """
            <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>

            <iframe src="https://player.vimeo.com/video/12345"></iframe>

            <iframe src="/widget/"></iframe>
            """;

    /** Language → the three link texts a subscriber sees: YouTube, Vimeo, an embedded page without a title. */
    private static final Map<String, List<String>> LINKS = Map.of(
            "en", List.of("Watch the video on YouTube", "Watch the video on Vimeo", "Open the embedded content: https://blog.example.org/widget/"),
            "ja", List.of("YouTubeで動画を見る", "Vimeoで動画を見る", "埋め込まれたコンテンツを開く：https://blog.example.org/widget/"),
            "es", List.of("Ver el vídeo en YouTube", "Ver el vídeo en Vimeo", "Abrir el contenido insertado: https://blog.example.org/widget/"),
            "fr", List.of("Regarder la vidéo sur YouTube", "Regarder la vidéo sur Vimeo", "Ouvrir le contenu intégré : https://blog.example.org/widget/"),
            "de", List.of("Video auf YouTube ansehen", "Video auf Vimeo ansehen", "Eingebetteten Inhalt öffnen: https://blog.example.org/widget/"),
            "it", List.of("Watch the video on YouTube", "Watch the video on Vimeo", "Open the embedded content: https://blog.example.org/widget/"));
    /** Language → the thumbnail's alt text of a YouTube embed without a title. */
    private static final Map<String, String> VIDEO_ALT = Map.of("en", "YouTube video", "ja", "YouTube の動画", "es", "Vídeo de YouTube",
            "fr", "Vidéo YouTube", "de", "YouTube-Video", "it", "YouTube video");

    @TempDir
    static Path dir;
    static TestBlog blog;

    @BeforeAll
    static void build() {
        blog = new TestBlog(dir);
        int day = 1;
        for (String language : List.of("en", "ja", "es", "fr", "de", "it")) {
            blog.postWith("embeds-" + language, "title: Embeds " + language + "\ndate: 2024-05-0" + day++ + "\nlang: " + language
                    + "\ntags: [video-" + language + ", video]", EMBEDS);
        }
        blog.postWith("regional", "title: Regional\ndate: 2024-05-09\nlang: pt-BR\ntags: [regional]", "Text.\n");
        TestBlog.Run run = blog.build();
        assertEquals(0, run.code(), run.toString());
    }

    @Test
    void embedLinksAreWordedInThePostsLanguageInAtom() throws Exception {
        org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        int checked = 0;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String title = entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
            if (!title.startsWith("Embeds ")) continue;
            String language = title.substring("Embeds ".length());
            assertShown(language, Jsoup.parseBodyFragment(entry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent()));
            checked++;
        }
        assertEquals(LINKS.size(), checked);
    }

    @Test
    void embedLinksAreWordedInThePostsLanguageInRssAndJson() throws Exception {
        org.w3c.dom.Document rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("rss.xml")));
        NodeList items = rss.getElementsByTagName("item");
        int checked = 0;
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String title = item.getElementsByTagName("title").item(0).getTextContent();
            if (!title.startsWith("Embeds ")) continue;
            assertShown(title.substring("Embeds ".length()), Jsoup.parseBodyFragment(item.getElementsByTagNameNS(CONTENT, "encoded").item(0).getTextContent()));
            checked++;
        }
        assertEquals(LINKS.size(), checked);
        for (JsonNode item : new ObjectMapper().readTree(blog.out().resolve("feed.json").toFile()).get("items")) {
            String title = item.get("title").asText();
            if (title.startsWith("Embeds ")) assertShown(title.substring("Embeds ".length()), Jsoup.parseBodyFragment(item.get("content_html").asText()));
        }
    }

    @Test
    void aTagFeedIsDescribedInItsPostsLanguageOrElseTheSites() throws Exception {
        Map<String, String> expected = Map.of(
                "video-ja", "Test blog の「video-ja」の記事",
                "video-es", "Entradas con la etiqueta «video-es» en Test blog",
                "video-fr", "Articles avec l’étiquette « video-fr » sur Test blog",
                "video-de", "Beiträge mit dem Schlagwort „video-de“ auf Test blog",
                "video-it", "Posts tagged \u201cvideo-it\u201d on Test blog",
                "video", "Posts tagged \u201cvideo\u201d on Test blog",
                "regional", "Posts tagged \u201cregional\u201d on Test blog");
        for (Map.Entry<String, String> tag : expected.entrySet()) {
            org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("tags/" + tag.getKey() + "/atom.xml")));
            assertEquals(tag.getValue(), atom.getElementsByTagNameNS(ATOM, "subtitle").item(0).getTextContent(), tag.getKey());
            org.w3c.dom.Document rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("tags/" + tag.getKey() + "/rss.xml")));
            Element channel = (Element) rss.getElementsByTagName("channel").item(0);
            assertEquals(tag.getValue(), directChild(channel, "description"), tag.getKey());
        }
    }

    @Test
    void languageCodesAreMatchedByTheirFirstPart() {
        assertEquals(FeedWords.of("ja"), FeedWords.of("ja-JP"));
        assertEquals(FeedWords.of("de"), FeedWords.of("DE_at"));
        assertEquals(FeedWords.of("en"), FeedWords.of("pt-BR"), "English for a language without words of its own");
        assertEquals(FeedWords.of("en"), FeedWords.of(null));
    }

    private static void assertShown(String language, Document content) {
        List<String> links = content.select("a").eachText().stream().filter(text -> !text.isEmpty()).toList();
        assertEquals(LINKS.get(language), links, language);
        assertEquals(VIDEO_ALT.get(language), content.selectFirst("img").attr("alt"), language);
        assertTrue(content.select("iframe").isEmpty(), language);
    }

    private static String directChild(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) return e.getTextContent();
        }
        throw new AssertionError("no " + name);
    }
}
