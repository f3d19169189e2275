package dev.feedcard.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.net.URI;

/** Markdown to feed-ready HTML and a plain-text summary, one post at a time. Safe to share between threads. */
public final class Renderer {
    private final Markdown markdown = new Markdown();
    private final Site site;

    public Renderer(Site site) {
        this.site = site;
    }

    public RenderedPost render(Post post) {
        Document document = markdown.parse(PlainText.xmlSafe(post.markdown()));
        URI permalink = Permalinks.of(site, post);
        String html = FeedHtml.of(markdown.html(document), permalink);
        return new RenderedPost(post, permalink, html, Summaries.of(post.description(), document));
    }

    /**
     * The post's summary alone, as {@link #render} gives it, without making its HTML: only the opening of the post is
     * parsed (a few kilobytes, cut at a blank line, with the body's link reference definitions), and more only when
     * that opening holds too little prose.
     */
    public String summary(Post post) {
        if (!PlainText.clean(post.description()).isEmpty()) return Summaries.of(post.description(), null);
        String body = PlainText.xmlSafe(post.markdown());
        for (int length = OPENING; ; length *= 4) {
            String opening = Summaries.opening(body, length);
            String summary = Summaries.of(post.description(), markdown.parse(opening));
            if (opening.length() >= body.length() || summary.length() >= Summaries.LENGTH / 2) return summary;
        }
    }

    private static final int OPENING = 4096;
}
