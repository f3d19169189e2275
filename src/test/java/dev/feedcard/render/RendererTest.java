package dev.feedcard.render;

import dev.feedcard.config.Site;
import dev.feedcard.content.HtmlText;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A summary made alone (from a long post's opening only) is the summary the full render gives. */
class RendererTest {
    static final Site SITE = new Site("Blog", URI.create("https://example.com/"), "", "", "en", ZoneOffset.UTC, "/{slug}/");
    final Renderer renderer = new Renderer(SITE);

    static Post post(String markdown) {
        return new Post("p.md", "p", "P", Instant.EPOCH, Instant.EPOCH, "", null, List.of(), "en", markdown, 1, false);
    }

    @Test
    void everyCorpusPostHasTheSameSummaryEitherWay() throws Exception {
        Path corpus = Path.of(System.getProperty("feedcard.corpus"));
        PostReader reader = new PostReader(corpus, ZoneOffset.UTC, "en", List.of("en", "ja"));
        int posts = 0;
        int fromOpening = 0;
        for (PostFile file : ContentScanner.scan(corpus)) {
            Post post = reader.read(file);
            Post withoutDescription = new Post(post.file(), post.slug(), post.title(), post.published(), post.updated(), "",
                    post.image(), post.tags(), post.language(), post.markdown(), post.bodyLine(), false);
            assertEquals(renderer.render(withoutDescription).summary(), renderer.summary(withoutDescription), post.file());
            posts++;
            String opening = Summaries.opening(HtmlText.xmlSafe(post.markdown()));
            if (opening != null && Summaries.ofOpening(new Markdown().parse(opening)) != null) fromOpening++;
        }
        assertEquals(111, posts);
        assertTrue(fromOpening > 60, "the corpus's long posts are summarised from their opening: " + fromOpening);
    }

    @Test
    void aLongPostIsSummarisedFromItsOpeningWithLinksDefinedAtTheEnd() {
        String filler = "\n\n```\n\n" + "code line\n\n".repeat(400) + "```\n\n" + "More prose after the code. ".repeat(300) + "\n\n";
        String markdown = "![cover](x.png)\n\n" + "```\nfirst\n```\n\n" + "Read [the paper][p] and [the notes][n] first. ".repeat(4) + filler
                + "[p]: https://example.org/paper\n[n]: notes/\n";
        assertNotNull(Summaries.opening(markdown), "a long post is cut");
        assertEquals(renderer.render(post(markdown)).summary(), renderer.summary(post(markdown)));
        assertEquals("Read the paper and the notes first.", renderer.summary(post(markdown)).substring(0, 35));
    }

    @Test
    void aMoreMarkerDecidesWhereTheOpeningEnds() {
        String rest = "\n\nAfter. ".repeat(3000);
        String marked = "Before the marker.\n\n<!-- more -->" + rest;
        assertEquals("Before the marker.", renderer.summary(post(marked)));
        String fenced = "Intro.\n\n```\n<!-- more -->\n```\n\n" + "Prose goes on. ".repeat(40) + rest;
        assertEquals(renderer.render(post(fenced)).summary(), renderer.summary(post(fenced)), "a marker inside code is no marker");
        assertNull(Summaries.opening("Short post."));
    }

    @Test
    void mediaInTheTextGoBelowThePostsMediaSubpathOnTheSite() {
        Site site = new Site("Blog", URI.create("https://example.com/blog/"), "", "", "en", ZoneOffset.UTC, "/{slug}/");
        String markdown = """
                ![a](shot.png) ![b](/root.png) ![c](https://cdn.example.net/c.png) ![d](//cdn.example.net/d.png)
                ![e](data:image/png;base64,iVBORw0KGgo=) [a link](notes/)

                <picture><source srcset="wide.webp 2x, /narrow.webp 1x"><img src="fallback.png" alt="f"></picture>
                <video poster="poster.jpg" src="clip.mp4"></video>
                """;
        Post withSubpath = new Post("p.md", "p", "P", Instant.EPOCH, Instant.EPOCH, "", null, List.of(), "en",
                dev.feedcard.content.PostBody.of(markdown), 1, false, List.of(), null, "", "", List.of(), null, null, "/assets/img/post-a", List.of());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(new Renderer(site).render(withSubpath).html());
        String media = "https://example.com/blog/assets/img/post-a/";
        assertEquals(List.of(media + "shot.png", media + "root.png", "https://cdn.example.net/c.png", "https://cdn.example.net/d.png",
                "data:image/png;base64,iVBORw0KGgo=", media + "fallback.png"), html.select("img").eachAttr("src"));
        assertEquals(media + "wide.webp 2x, " + media + "narrow.webp 1x", html.selectFirst("source").attr("srcset"));
        assertEquals(media + "poster.jpg", html.selectFirst("video").attr("poster"));
        assertEquals(media + "clip.mp4", html.selectFirst("video").attr("src"));
        assertEquals("https://example.com/blog/p/notes/", html.selectFirst("a").attr("href"), "links are no media: against the post's URL");

        org.jsoup.nodes.Document without = org.jsoup.Jsoup.parseBodyFragment(new Renderer(site).render(post(markdown)).html());
        assertEquals("https://example.com/blog/p/shot.png", without.selectFirst("img").attr("src"), "no subpath: against the post's URL");
        assertEquals("https://example.com/root.png", without.select("img").get(1).attr("src"));
    }
}
