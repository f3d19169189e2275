package dev.feedcard.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.feedcard.config.Site;
import dev.feedcard.content.HtmlText;
import dev.feedcard.content.MediaSubpath;
import dev.feedcard.content.Post;

import dev.feedcard.report.Problem;
import dev.feedcard.work.Lazy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Markdown to feed-ready HTML and a plain-text summary, one post at a time. Safe to share between threads. */
public final class Renderer {
    private final Site site;
    private final Function<String, String> links;
    private final Map<String, Problem> warnings = new ConcurrentHashMap<>();
    /** Made on the first post rendered: a rebuild that renders nothing does not load flexmark's classes. */
    private final Lazy<Markdown> markdown = Lazy.of(Markdown::new);

    /** A renderer of posts for {@code site}, whose URL the posts' links are made absolute against. */
    public Renderer(Site site) {
        this(site, null);
    }

    /**
     * A renderer of posts for {@code site} that resolves the generators' links between posts ({@code relref},
     * {@code post_url}) with {@code links} (see {@link PostLinks}); null resolves none.
     */
    public Renderer(Site site, Function<String, String> links) {
        this.site = site;
        this.links = links;
    }

    /** The post's feed HTML (links absolute, unsafe markup removed), its permalink and its summary. */
    public RenderedPost render(Post post) {
        Markdown markdown = this.markdown.get();
        Document document = markdown.parse(markdownOf(post));
        URI permalink = Permalinks.of(site, post);
        String html = markdown.feedHtml(document, permalink, post.language(), src -> mediaUrl(post, src));
        return new RenderedPost(post, permalink, html, Summaries.of(post.description(), document));
    }

    /**
     * The absolute URL of a media source in the post's text below its {@code media_subpath} ({@link MediaSubpath}),
     * on the site; null when the post has none or the source is a URL.
     */
    private String mediaUrl(Post post, String src) {
        String path = MediaSubpath.below(post.mediaSubpath(), src);
        return path == null ? null : site.url().toString().replaceFirst("/$", "") + path;
    }

    /**
     * The post's summary alone, as {@link #render} gives it, without making its HTML and, for a long post, parsing
     * only its opening.
     */
    public String summary(Post post) {
        if (!post.description().isEmpty()) return post.description();
        String text = markdownOf(post);
        String opening = Summaries.opening(text);
        if (opening != null) {
            String summary = Summaries.ofOpening(markdown.get().parse(opening));
            if (summary != null) return summary;
        }
        return Summaries.of(post.description(), markdown.get().parse(text));
    }

    /** The post's Markdown, XML-safe, with its generator's syntax turned into Markdown and HTML ({@link GeneratorSyntax}). */
    private String markdownOf(Post post) {
        String markdown = HtmlText.xmlSafe(post.markdown());
        if (!GeneratorSyntax.mayHold(markdown)) return markdown;
        GeneratorSyntax.Result rewritten = GeneratorSyntax.rewrite(markdown, links);
        Problem warning = GeneratorSyntax.warning(post, rewritten.unknown());
        if (warning != null) warnings.putIfAbsent(post.file(), warning);
        return rewritten.markdown();
    }

    /**
     * A warning for each post this renderer rendered (or summarised) whose generator syntax the feeds cannot show, by
     * file: found as the post is read for rendering, so a rebuild that reuses a post's rendering reads no post again.
     */
    public List<Problem> warnings() {
        return List.copyOf(new TreeMap<>(warnings).values());
    }
}
