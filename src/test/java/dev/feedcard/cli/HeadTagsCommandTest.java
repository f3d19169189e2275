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
