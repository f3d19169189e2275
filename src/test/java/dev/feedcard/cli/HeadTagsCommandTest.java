package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accounts, section and publisher logo a build writes into each post's head tags, from the settings and the front matter. */
class HeadTagsCommandTest {
    @TempDir
    Path dir;

    @Test
    void settingsAndFrontMatterReachTheHeadTagsAndARebuildFromTheCacheWritesTheSameBytes() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("jane/index.md", "---\ntitle: Jane's post\ndate: 2024-01-01\ndescription: About it\ntags: [a, b, c]\n"
                + "category: Engineering\ntwitter_creator: https://x.com/jane_doe\nfediverse_creator: jane@Hachyderm.io\n---\nHello.\n");
        blog.text("plain/index.md", "---\ntitle: Plain\ndate: 2024-02-01\ntwitter_creator: not a handle!\n---\nWords.\n");
        String[] flags = {"--twitter-site", "blog", "--fediverse-creator", "https://mastodon.social/@site", "--logo", "/logo.png"};

        TestBlog.Run run = blog.build(flags);
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.err().contains("plain/index.md:4: warning: 'twitter_creator' is 'not a handle!', not an account, so it is left out"), run.err());
        byte[] jane = Files.readAllBytes(blog.out().resolve("meta/jane.html"));
        byte[] plain = Files.readAllBytes(blog.out().resolve("meta/plain.html"));

        Document d = Jsoup.parse(new String(jane, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("@blog"), d.select("meta[name=twitter:site]").eachAttr("content"));
        assertEquals(List.of("@jane_doe"), d.select("meta[name=twitter:creator]").eachAttr("content"));
        assertEquals(List.of("@jane@hachyderm.io"), d.select("meta[name=fediverse:creator]").eachAttr("content"));
        assertEquals(List.of("Engineering"), d.select("meta[property=article:section]").eachAttr("content"));
        assertEquals(List.of(TestBlog.SITE_URL + "jane/"), d.select("link[rel=canonical]").eachAttr("href"));
        assertEquals(6, d.select("link[rel=alternate]").size(), "the site's and the language's feeds, none of the three tags': " + d.select("link[rel=alternate]"));
        JsonNode ld = new ObjectMapper().readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals(TestBlog.SITE_URL + "logo.png", ld.get("publisher").get("logo").get("url").asText());
        assertEquals("Engineering", ld.get("articleSection").asText());
        assertEquals(d.selectFirst("meta[property=og:image]").attr("content"), ld.get("image").asText());

        Document p = Jsoup.parse(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(p.select("meta[name=twitter:creator]").isEmpty());
        assertEquals(List.of("@site@mastodon.social"), p.select("meta[name=fediverse:creator]").eachAttr("content"));

        assertEquals(Main.OK, blog.build(flags).code());
        assertArrayEquals(jane, Files.readAllBytes(blog.out().resolve("meta/jane.html")), "the posts read from the cache give the same tags");
        assertArrayEquals(plain, Files.readAllBytes(blog.out().resolve("meta/plain.html")));
    }

    @Test
    void theAuthorsAccountsComeFromTheAuthorsFileAndAuthorObjectsAsJekyllSeoTagReadsThem() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("_data/authors.yml", """
                jdoe:
                  name: Jane Doe
                  twitter: jdoe
                  mastodon: https://hachyderm.io/@jdoe
                ksato:
                  name: Kenji Sato
                  twitter: not a handle
                """);
        site.siteFile("_posts/2024-05-03-by-handle.md", "---\ntitle: By handle\nauthor: jdoe\n---\nText.\n");
        site.siteFile("_posts/2024-05-02-own-creator.md", "---\ntitle: Own\nauthors: [ksato, jdoe]\ntwitter_creator: \"@guest\"\n---\nText.\n");
        site.siteFile("_posts/2024-05-01-object.md", "---\ntitle: Object\nauthor: {name: Ana, twitter: \"@ana_l\", fediverse: ana@mastodon.social}\n---\nText.\n");
        String[] build = {"build", "--content", site.path("_posts").toString(), "--out", site.path("_site").toString(),
                "--site-url", "https://jekyll.example.org", "--fediverse-creator", "@site@mastodon.social", "--now", TestBlog.NOW};
        TestBlog.Run run = TestBlog.run(build);
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(run.err().contains("warning: the author 'ksato''s twitter 'not a handle' is not an X account, so it is left off"), run.err());
        Path meta = site.path("_site").resolve("meta");

        assertEquals(List.of("@jdoe"), values(meta.resolve("by-handle.html"), "twitter:creator"));
        assertEquals(List.of("@jdoe@hachyderm.io"), values(meta.resolve("by-handle.html"), "fediverse:creator"));
        assertEquals(List.of("@guest"), values(meta.resolve("own-creator.html"), "twitter:creator"), "the post's own, before its authors'");
        assertEquals(List.of("@jdoe@hachyderm.io"), values(meta.resolve("own-creator.html"), "fediverse:creator"), "the first author who has one");
        assertEquals(List.of("@ana_l"), values(meta.resolve("object.html"), "twitter:creator"));
        assertEquals(List.of("@ana@mastodon.social"), values(meta.resolve("object.html"), "fediverse:creator"));

        byte[] before = Files.readAllBytes(meta.resolve("by-handle.html"));
        assertEquals(Main.OK, TestBlog.run(build).code());
        assertArrayEquals(before, Files.readAllBytes(meta.resolve("by-handle.html")), "the authors read from the cache keep their accounts");
    }

    private static List<String> values(Path snippet, String name) throws Exception {
        return Jsoup.parse(Files.readString(snippet)).select("meta[name=" + name + "]").eachAttr("content");
    }

    @Test
    void anAccountSettingThatIsNoAccountStopsTheBuildNamingIt() {
        TestBlog blog = new TestBlog(dir);
        blog.post("a/index.md", "A", "2024-01-01");
        TestBlog.Run run = blog.build("--twitter-site", "@far_too_long_for_x_handles");
        assertEquals(Main.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("twitterSite") || run.err().contains("--twitter-site"), run.err());
        assertTrue(run.err().contains("an X handle such as @jane"), run.err());

        run = blog.build("--fediverse-creator", "jane");
        assertTrue(run.err().contains("a fediverse account such as @jane@mastodon.social"), run.toString());
    }
}
