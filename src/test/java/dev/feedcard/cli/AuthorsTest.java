package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import dev.feedcard.testing.TestBlog.Run;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post's authors, as its front matter gives them (a name, a list, objects with a name, URL and e-mail, handles a
 * Jekyll site's _data/authors.yml gives), in every feed format and in the head tags; the site's author for a post that
 * names none. Blogs built through the command line, their output read back as a reader and a platform read it.
 */
class AuthorsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @TempDir
    Path dir;

    /** One author as a format shows them: name, URL and e-mail (null for what it does not give). */
    record Shown(String name, String url, String email) {
        static Shown name(String name) {
            return new Shown(name, null, null);
        }
    }

    @Test
    void namesListsAndObjectsReachEveryFormatAndTheHeadTags() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("content/one-name.md", "---\ntitle: One name\ndate: 2024-05-05\nauthor: Jane Doe\n---\nText.\n");
        site.siteFile("content/two-names.md", "---\ntitle: Two names\ndate: 2024-05-04\nauthors: [Jane Doe, Kenji Sato]\n---\nText.\n");
        site.siteFile("content/objects.md", """
                ---
                title: Objects
                date: 2024-05-03
                authors:
                  - name: Ana Lima
                    url: https://ana.example/
                    email: ana@example.com
                  - name: Bo Chen
                    url: /about/bo/
                ---
                Text.
                """);
        site.siteFile("content/no-author.md", "---\ntitle: No author\ndate: 2024-05-02\n---\nText.\n");
        site.siteFile("content/nameless.md", "---\ntitle: Nameless\ndate: 2024-05-01\nauthor:\n  url: https://nobody.example/\n---\nText.\n");
        String[] args = {"build", "--content", site.path("content").toString(), "--out", site.path("out").toString(),
                "--site-url", "https://blog.example.org", "--author", "Site Owner <owner@example.com>", "--now", TestBlog.NOW};
        for (String time : List.of("first", "second (the posts from the cache)")) {
            Run build = TestBlog.run(args);
            assertEquals(Main.OK, build.code(), build.toString());
            assertTrue(build.err().contains("nameless.md:4: warning: an author has no name, so it is left out"),
                    "the " + time + " build names the nameless author's line:\n" + build);
        }
        Path out = site.path("out");

        assertAuthors(out, "one-name", List.of(Shown.name("Jane Doe")));
        assertAuthors(out, "two-names", List.of(Shown.name("Jane Doe"), Shown.name("Kenji Sato")));
        assertAuthors(out, "objects", List.of(new Shown("Ana Lima", "https://ana.example/", "ana@example.com"),
                new Shown("Bo Chen", "https://blog.example.org/about/bo/", null)));
        Shown owner = new Shown("Site Owner", null, "owner@example.com");
        assertAuthors(out, "no-author", List.of(owner));
        assertAuthors(out, "nameless", List.of(owner));
    }

    @Test
    void jekyllHandlesAreLookedUpInTheSitesAuthorsData() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("_config.yml", "title: Jekyll blog\nurl: https://jekyll.example.org\n");
        site.siteFile("_data/authors.yml", """
                jdoe:
                  name: Jane Doe
                  email: jane@example.com
                  web: https://jane.example/
                ksato:
                  name: Kenji Sato
                  uri: https://kenji.example/
                anon:
                  url: https://anon.example/
                """);
        site.siteFile("_posts/2024-05-03-by-handle.md", "---\ntitle: By handle\nauthor: jdoe\n---\nText.\n");
        site.siteFile("_posts/2024-05-02-by-handles.md", "---\ntitle: By handles\nauthors: [ksato, anon]\n---\nText.\n");
        site.siteFile("_posts/2024-05-01-by-name.md", "---\ntitle: By name\nauthor: Someone Else\n---\nText.\n");
        String[] build = {"build", "--content", site.path("_posts").toString(), "--out", site.path("_site").toString(),
                "--site-url", "https://jekyll.example.org", "--author", "Site Owner", "--now", TestBlog.NOW};
        Run first = TestBlog.run(build);
        assertEquals(Main.OK, first.code(), first.toString());
        Path out = site.path("_site");
        assertAuthors(out, "by-handle", List.of(new Shown("Jane Doe", "https://jane.example/", "jane@example.com")));
        assertAuthors(out, "by-handles", List.of(new Shown("Kenji Sato", "https://kenji.example/", null),
                new Shown("anon", "https://anon.example/", null)));
        assertAuthors(out, "by-name", List.of(Shown.name("Someone Else")));

        // the posts are unchanged, the authors' data is not: the next build (from its cache) shows the new name
        site.siteFile("_data/authors.yml", "jdoe:\n  name: Jane Q. Doe\n  email: jane@example.com\n");
        Run second = TestBlog.run(build);
        assertEquals(Main.OK, second.code(), second.toString());
        assertAuthors(out, "by-handle", List.of(new Shown("Jane Q. Doe", null, "jane@example.com")));
        assertAuthors(out, "by-handles", List.of(Shown.name("ksato"), Shown.name("anon")));

        // a file that is not YAML: a warning naming it, and the handles as written
        site.siteFile("_data/authors.yml", "jdoe: [broken\n");
        Run third = TestBlog.run(build);
        assertEquals(Main.OK, third.code(), third.toString());
        assertTrue(third.err().contains("../_data/authors.yml: warning: cannot read the authors file"), third.toString());
        assertAuthors(out, "by-handle", List.of(Shown.name("jdoe")));
    }

    /** The post's authors in the Atom, RSS and JSON feeds and in its head tags, each as that format can give them. */
    private static void assertAuthors(Path out, String slug, List<Shown> expected) throws Exception {
        assertEquals(expected, atomAuthors(out, slug), "Atom, " + slug);
        List<String> names = expected.stream().map(Shown::name).toList();
        Map<String, List<String>> rss = rssAuthor(out, slug);
        if (expected.size() == 1 && expected.get(0).email() != null) {
            assertEquals(List.of(expected.get(0).email() + " (" + expected.get(0).name() + ")"), rss.get("author"), "RSS author, " + slug);
            assertEquals(List.of(), rss.get("creator"), "RSS dc:creator beside author, " + slug);
        } else {
            assertEquals(names, rss.get("creator"), "RSS dc:creator, " + slug);
            assertEquals(List.of(), rss.get("author"), "RSS author, " + slug);
        }
        List<Shown> json = new ArrayList<>();
        for (JsonNode author : jsonItem(out, slug).path("authors")) {
            json.add(new Shown(author.path("name").asText(null), author.path("url").asText(null), null));
        }
        List<Shown> jsonExpected = expected.stream().map(a -> new Shown(a.name(), a.url() != null ? a.url()
                : a.email() != null ? "mailto:" + a.email() : null, null)).toList();
        assertEquals(jsonExpected, json, "JSON Feed, " + slug);

        Document head = Jsoup.parse(Files.readString(out.resolve("meta/" + slug + ".html")));
        assertEquals(names, head.select("meta[name=author]").eachAttr("content"), "meta name=author, " + slug);
        assertEquals(expected.stream().map(a -> a.url() != null ? a.url() : a.name()).toList(),
                head.select("meta[property=article:author]").eachAttr("content"), "article:author, " + slug);
    }

    private static List<Shown> atomAuthors(Path out, String slug) throws Exception {
        org.w3c.dom.Element entry = entry(out.resolve("atom.xml"), ATOM, "entry", slug);
        List<Shown> authors = new ArrayList<>();
        NodeList list = entry.getElementsByTagNameNS(ATOM, "author");
        for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element author = (org.w3c.dom.Element) list.item(i);
            authors.add(new Shown(child(author, ATOM, "name"), child(author, ATOM, "uri"), child(author, ATOM, "email")));
        }
        return authors;
    }

    /** An RSS item's author elements ("author") and dc:creator elements ("creator"), as text. */
    private static Map<String, List<String>> rssAuthor(Path out, String slug) throws Exception {
        org.w3c.dom.Element item = entry(out.resolve("rss.xml"), null, "item", slug);
        Map<String, List<String>> found = new LinkedHashMap<>();
        found.put("author", texts(item.getElementsByTagNameNS(null, "author")));
        found.put("creator", texts(item.getElementsByTagNameNS(DC, "creator")));
        return found;
    }

    private static JsonNode jsonItem(Path out, String slug) throws Exception {
        for (JsonNode item : new ObjectMapper().readTree(out.resolve("feed.json").toFile()).path("items")) {
            if (item.path("url").asText().contains("/" + slug)) return item;
        }
        throw new AssertionError("no JSON Feed item for " + slug);
    }

    /** The entry or item whose link holds the slug. */
    private static org.w3c.dom.Element entry(Path feed, String namespace, String element, String slug) throws Exception {
        NodeList list = TestBlog.parseXml(Files.readAllBytes(feed)).getElementsByTagNameNS(namespace, element);
        for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) list.item(i);
            String id = child(e, namespace, element.equals("entry") ? "id" : "link");
            if (id != null && id.contains("/" + slug)) return e;
        }
        throw new AssertionError("no " + element + " for " + slug + " in " + feed);
    }

    private static String child(org.w3c.dom.Element e, String namespace, String name) {
        NodeList list = e.getElementsByTagNameNS(namespace, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    private static List<String> texts(NodeList list) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) texts.add(list.item(i).getTextContent().strip());
        return texts;
    }
}
