package dev.feedcard.render;

import dev.feedcard.content.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's HTML made fit for feed readers and mail services: every URL absolute against the post's permalink,
 * embeds ({@code iframe}, {@code object}, {@code embed}, {@code applet}) replaced by plain links, and only the
 * elements and attributes readers keep: scripts, styles, inline SVG and page-level elements are dropped, unknown
 * elements are unwrapped (their text kept), MathML becomes its text, and event handlers, {@code style} attributes
 * and {@code javascript:} URLs are removed. These are the rules the W3C Feed Validation Service checks. The author's
 * HTML comments are removed too: they are notes and drafts, not what the page shows.
 */
public final class FeedHtml {
    private static final Pattern YOUTUBE = Pattern.compile(
            "(?:https?:)?//(?:www\\.)?(?:youtube(?:-nocookie)?\\.com/(?:embed/|watch\\?v=|v/)|youtu\\.be/)([A-Za-z0-9_-]{6,20})");
    private static final Pattern VIMEO = Pattern.compile("(?:https?:)?//player\\.vimeo\\.com/video/(\\d+)");

    /** Elements kept as they are: the body content of HTML that readers and mail services show. */
    static final Set<String> KEPT = Set.of(
            "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote",
            "br", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dir", "div",
            "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "i", "img", "ins", "kbd", "li", "main", "map", "mark", "menu", "meter", "nav", "ol", "p", "picture", "pre",
            "progress", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span", "strike", "strong", "sub",
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var",
            "video", "wbr");
    /** Elements dropped with everything inside them: code, styling, page-level and interactive parts. */
    static final Set<String> DROPPED = Set.of(
            "script", "noscript", "style", "template", "head", "title", "meta", "link", "base", "basefont", "noframes",
            "frame", "frameset", "param", "svg", "canvas", "input", "button", "select", "textarea", "datalist", "output",
            "dialog", "slot");
    /** Elements that embed another page or plug-in: each becomes a link to what it showed. */
    static final Set<String> EMBEDS = Set.of("iframe", "object", "embed", "applet");
    /** Elements by name, matched as {@code doc.select("a, b, c")} would, without a query to parse on every post. */
    private static Evaluator named(Set<String> names) {
        return new Evaluator() {
            @Override
            public boolean matches(Element root, Element element) {
                return names.contains(element.normalName());
            }
        };
    }

    private static final Evaluator DROPPED_ELEMENTS = named(DROPPED);
    private static final Evaluator EMBED_ELEMENTS = named(EMBEDS);
    private static final Evaluator MATH_ELEMENTS = named(Set.of("math"));
    /** Elements whose sources are media (images, videos, sounds). */
    private static final Set<String> MEDIA = Set.of("img", "source", "video", "audio");
    /** Attributes holding one URL, made absolute. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "cite", "longdesc");

    private FeedHtml() {
    }

    /**
     * {@code html} made safe for feed readers, every link made absolute against {@code base} (the rules of this class);
     * the links that replace embeds are worded in {@code language}, the post's ({@link EmbedWords}).
     */
    public static String of(String html, URI base, String language) {
        return of(html, base, language, src -> null);
    }

    /**
     * {@code html} as {@link #of(String, URI, String)} makes it, with the sources of its images, videos and sounds
     * ({@code src}, {@code srcset} and {@code poster} of img, source, video, audio) given by {@code media}: the
     * absolute URL for a source as written, or null to resolve it against {@code base} as any link.
     */
    public static String of(String html, URI base, String language, Function<String, String> media) {
        return cleaned(Jsoup.parseBodyFragment(HtmlText.xmlSafe(html)), base, language, media);
    }

    /** Text and an element no post holds, put after a part of a post to see where an HTML parser puts what follows it. */
    private static final String END_TEXT = "~feedcard-end-of-part~";
    private static final String END = "feedcard-end-of-part";
    /**
     * Raw HTML that changes how the rest of a page is read without staying open (a form, or frames in place of the
     * body), or that jsoup reads otherwise when its end is not in the part: the text of a text area or title without
     * its end tag is read again as HTML.
     */
    private static final Pattern READS_ON = Pattern.compile("<(?:form|frameset|textarea|title)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAMESET = Pattern.compile("<frameset", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code html} holds frames, which an HTML parser puts in place of what came before them unless text came
     * first: only the whole post can be cleaned as the whole post is, not its rest on its own.
     */
    static boolean holdsFrames(String html) {
        return FRAMESET.matcher(html).find();
    }

    /**
     * A part of a post's HTML made safe as {@link #of(String, URI, String, Function)} makes the whole, for a part that
     * begins where no element is open: the same as that part of the whole post's feed HTML when the part also leaves
     * nothing open, else null. Open means what an HTML parser would carry into the rest of the post: an element, a
     * formatting element it reopens ({@code <p><b>text</p>}), a comment, script or attribute not yet ended, or a form;
     * a part with a text area or title is refused too ({@link #READS_ON}). The part is parsed with text and an element
     * after it, which must both land after it, in the body.
     */
    static String ofPart(String html, URI base, String language, Function<String, String> media) {
        String safe = HtmlText.xmlSafe(html);
        if (READS_ON.matcher(safe).find()) return null;
        Document doc = Jsoup.parseBodyFragment(safe + END_TEXT + "<" + END + "></" + END + ">");
        List<Node> nodes = doc.body().childNodes();
        int n = nodes.size();
        if (n < 2 || !(nodes.get(n - 1) instanceof Element end) || !end.normalName().equals(END) || end.childNodeSize() > 0
                || !(nodes.get(n - 2) instanceof TextNode text) || !text.getWholeText().endsWith(END_TEXT)) {
            return null;
        }
        end.remove();
        String before = text.getWholeText().substring(0, text.getWholeText().length() - END_TEXT.length());
        if (before.isEmpty()) text.remove();
        else text.text(before);
        return cleaned(doc, base, language, media);
    }

    /** A parsed post cleaned by the rules of this class, written as its body's inner HTML. */
    private static String cleaned(Document doc, URI base, String language, Function<String, String> media) {
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
        replaceEmbeds(doc, base, EmbedWords.of(language));
        doc.select(DROPPED_ELEMENTS).remove();
        removeComments(doc);
        for (Element math : doc.select(MATH_ELEMENTS)) math.replaceWith(new TextNode(mathText(math)));
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && !KEPT.contains(e.normalName())) e.unwrap();
        }
        for (Element e : doc.body().getAllElements()) {
            List<String> names = new ArrayList<>();
            for (Attribute a : e.attributes()) names.add(a.getKey());
            for (String name : names) {
                String value = kept(e.normalName(), name, e.attr(name), base, media);
                if (value == null) e.removeAttr(name);
                else if (URL_ATTRIBUTES.contains(name)) e.attr(name, value);
            }
            if (e.hasAttr("srcset")) e.attr("srcset", absoluteSrcset(e.attr("srcset"), src -> url(e.normalName(), src, base, media)));
        }
        return doc.body().html();
    }

    /**
     * The value the attribute {@code name} of an {@code element} keeps in feeds: null when it goes (an event handler,
     * a style, a namespaced name, a script URL in any attribute), a URL made absolute ({@link #URL_ATTRIBUTES}), else
     * the value as it is.
     */
    static String kept(String element, String name, String value, URI base, Function<String, String> media) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style") || lower.contains(":") || isScriptUrl(value)) return null;
        return URL_ATTRIBUTES.contains(name) ? url(element, value, base, media) : value;
    }

    /** A URL of an {@code element} made absolute: a media source by {@code media}, else against the post's permalink. */
    private static String url(String element, String url, URI base, Function<String, String> media) {
        return MEDIA.contains(element) ? mediaUrl(url, base, media) : absolute(url, base);
    }

    /** Removes the author's HTML comments (drafts, notes to self): a feed publishes what the page shows. */
    private static void removeComments(Document doc) {
        List<Comment> comments = new ArrayList<>();
        doc.body().forEachNode(node -> {
            if (node instanceof Comment comment) comments.add(comment);
        });
        comments.forEach(Comment::remove);
    }

    /** A javascript:, vbscript: or data:text/html URL, however it hides (case, spaces, control characters). */
    private static boolean isScriptUrl(String value) {
        StringBuilder head = new StringBuilder(16);
        for (int i = 0; i < value.length() && head.length() < 14; i++) {
            char c = value.charAt(i);
            if (c > ' ') head.append(Character.toLowerCase(c));
        }
        String v = head.toString();
        return v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html");
    }

    /** What a formula says in text: its TeX annotation or alt text when it has one, else its characters. */
    private static String mathText(Element math) {
        Element tex = math.selectFirst("annotation[encoding=application/x-tex]");
        if (tex != null) return tex.text();
        if (!math.attr("alttext").isBlank()) return math.attr("alttext");
        return math.text();
    }

    private static void replaceEmbeds(Document doc, URI base, EmbedWords words) {
        for (Element embed : doc.select(EMBED_ELEMENTS)) {
            String source = embed.hasAttr("src") ? embed.attr("src") : embed.hasAttr("data") ? embed.attr("data")
                    : embed.hasAttr("code") ? embed.attr("code") : "";
            if (source.isBlank() || isScriptUrl(source)) {
                embed.remove();
                continue;
            }
            embed.replaceWith(linkFor(source, embed.attr("title"), base, Context.of(embed), words));
        }
    }

    /**
     * Where an embed stood, which decides the HTML that replaces it: a paragraph where one may start, else inline
     * content (a paragraph inside a paragraph, a span or a link is invalid HTML: parsers close the outer paragraph
     * early, and the W3C validator reports "Invalid HTML"), and no link inside a link.
     */
    enum Context {
        BLOCK, INLINE, IN_LINK;

        static Context of(Element embed) {
            Context context = BLOCK;
            for (Element e = embed.parent(); e != null && !e.normalName().equals("body"); e = e.parent()) {
                if (e.normalName().equals("a")) return IN_LINK;
                if (!FLOW.contains(e.normalName())) context = INLINE;
            }
            return context;
        }
    }

    /** Elements in which a paragraph may start without closing anything. */
    private static final Set<String> FLOW = Set.of(
            "div", "blockquote", "li", "dd", "td", "th", "figure", "section", "article", "aside", "header", "footer", "main",
            "nav", "details", "center");

    /** The plain link an embed becomes, worded in {@code words}: a YouTube video's page with its thumbnail, or the embedded page itself. */
    static Element linkFor(String source, String title, URI base, Context context, EmbedWords words) {
        Matcher youtube = YOUTUBE.matcher(source);
        Matcher vimeo = VIMEO.matcher(source);
        Element box = new Element(context == Context.BLOCK ? "p" : "span");
        String href;
        String label;
        Element thumbnail = null;
        if (youtube.find()) {
            String id = youtube.group(1);
            href = "https://www.youtube.com/watch?v=" + id;
            label = words.watchVideo().formatted("YouTube");
            thumbnail = new Element("img").attr("src", "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg")
                    .attr("alt", title.isBlank() || title.equals("YouTube video player") ? words.youTubeVideo() : title)
                    .attr("width", "480").attr("height", "360");
        } else if (vimeo.find()) {
            href = "https://vimeo.com/" + vimeo.group(1);
            label = words.watchVideo().formatted("Vimeo");
        } else {
            href = absolute(source, base);
            label = title.isBlank() ? words.openEmbed().formatted(href) : title;
        }
        if (context == Context.IN_LINK) {
            // the link around it already leads somewhere: show what the embed was, without a second link
            if (thumbnail != null) box.appendChild(thumbnail);
            else box.appendText(label);
            return box;
        }
        if (thumbnail != null) {
            box.appendElement("a").attr("href", href).appendChild(thumbnail);
            box.appendElement("br");
        }
        box.appendElement("a").attr("href", href).text(label);
        return box;
    }

    /** An absolute URL for a link found in a post, resolved against the post's permalink. */
    public static String absolute(String raw, URI base) {
        String link = raw.strip();
        if (link.isEmpty()) return base.toString();
        if (link.startsWith("mailto:") || link.startsWith("tel:") || link.startsWith("data:")) return link;
        try {
            URI uri = new URI(link.replace(" ", "%20"));
            return uri.isAbsolute() ? link : base.resolve(uri).toString();
        } catch (Exception e) {
            return encodeAndResolve(link, base);
        }
    }

    private static String encodeAndResolve(String link, URI base) {
        StringBuilder sb = new StringBuilder();
        for (char c : link.toCharArray()) {
            if (c > 127 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}') {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) sb.append(String.format("%%%02X", b & 0xff));
            } else {
                sb.append(c);
            }
        }
        try {
            URI uri = new URI(sb.toString());
            return uri.isAbsolute() ? sb.toString() : base.resolve(uri).toString();
        } catch (Exception e) {
            return base.toString();
        }
    }

    /** The absolute URL of a media source: {@code media}'s, else resolved against the post's permalink. */
    private static String mediaUrl(String src, URI base, Function<String, String> media) {
        String url = media.apply(src);
        return url == null ? absolute(src, base) : absolute(url, base);
    }

    private static String absoluteSrcset(String srcset, Function<String, String> resolve) {
        StringBuilder sb = new StringBuilder();
        for (String candidate : srcset.split(",")) {
            String c = candidate.strip();
            if (c.isEmpty()) continue;
            String[] parts = c.split("\\s+", 2);
            if (sb.length() > 0) sb.append(", ");
            sb.append(resolve.apply(parts[0]));
            if (parts.length > 1) sb.append(' ').append(parts[1]);
        }
        return sb.toString();
    }
}
