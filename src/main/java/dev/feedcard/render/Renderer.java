package dev.feedcard.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.net.URI;

/** Markdown to feed-ready HTML and a plain-text summary, one post at a time. Safe to share between threads. */
public final class Renderer {
    private final Site site;
    /** Made on the first post rendered: a rebuild that renders nothing does not load flexmark's classes. */
    private volatile Markdown markdown;

    /** A renderer of posts for {@code site}, whose URL the posts' links are made absolute against. */
    public Renderer(Site site) {
        this.site = site;
    }

    /** The post's feed HTML (links absolute, unsafe markup removed), its permalink and its summary. */
    public RenderedPost render(Post post) {
        Markdown markdown = markdown();
        Document document = markdown.parse(PlainText.xmlSafe(post.markdown()));
        URI permalink = Permalinks.of(site, post);
        String html = FeedHtml.of(markdown.html(document), permalink);
        return new RenderedPost(post, permalink, html, Summaries.of(post.description(), document));
    }

    /**
     * The post's summary alone, as {@link #render} gives it, without making its HTML and, for a long post, parsing
     * only its opening.
     */
    public String summary(Post post) {
        if (!PlainText.clean(post.description()).isEmpty()) return Summaries.of(post.description(), null);
        String text = PlainText.xmlSafe(post.markdown());
        String opening = Summaries.opening(text);
        if (opening != null) {
            String summary = Summaries.ofOpening(markdown().parse(opening));
            if (summary != null) return summary;
        }
        return Summaries.of(post.description(), markdown().parse(text));
    }

    private Markdown markdown() {
        Markdown made = markdown;
        if (made == null) {
            synchronized (this) {
                made = markdown;
                if (made == null) markdown = made = new Markdown();
            }
        }
        return made;
    }
}
