package dev.feedcard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's HTML made fit for feed readers and mail services: every URL absolute against the post's permalink,
 * and embeds ({@code iframe}, {@code script}, {@code object}, {@code embed}) replaced by plain links.
 */
public final class FeedHtml {
    private static final Pattern YOUTUBE = Pattern.compile(
            "(?:https?:)?//(?:www\\.)?(?:youtube(?:-nocookie)?\\.com/(?:embed/|watch\\?v=|v/)|youtu\\.be/)([A-Za-z0-9_-]{6,20})");
    private static final Pattern VIMEO = Pattern.compile("(?:https?:)?//player\\.vimeo\\.com/video/(\\d+)");

    private FeedHtml() {
    }

    public static String of(String html, URI base) {
        Document doc = Jsoup.parseBodyFragment(PlainText.xmlSafe(html));
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml);
        replaceEmbeds(doc, base);
        for (Element e : doc.select("[href]")) e.attr("href", absolute(e.attr("href"), base));
        for (Element e : doc.select("[src]")) e.attr("src", absolute(e.attr("src"), base));
        for (Element e : doc.select("[poster]")) e.attr("poster", absolute(e.attr("poster"), base));
        for (Element e : doc.select("[srcset]")) e.attr("srcset", absoluteSrcset(e.attr("srcset"), base));
        return doc.body().html();
    }

    private static void replaceEmbeds(Document doc, URI base) {
        doc.select("script, noscript, style").remove();
        for (Element embed : doc.select("iframe, object, embed")) {
            String source = embed.hasAttr("src") ? embed.attr("src") : embed.hasAttr("data") ? embed.attr("data") : "";
            if (source.isBlank()) {
                embed.remove();
                continue;
            }
            embed.replaceWith(linkFor(source, embed.attr("title"), base));
        }
    }

    /** The plain link an embed becomes: a YouTube video's page with its thumbnail, or the embedded page itself. */
    static Element linkFor(String source, String title, URI base) {
        Matcher youtube = YOUTUBE.matcher(source);
        Matcher vimeo = VIMEO.matcher(source);
        Element p = new Element("p");
        if (youtube.find()) {
            String id = youtube.group(1);
            Element a = p.appendElement("a").attr("href", "https://www.youtube.com/watch?v=" + id);
            a.appendElement("img").attr("src", "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg")
                    .attr("alt", title.isBlank() || title.equals("YouTube video player") ? "YouTube video" : title)
                    .attr("width", "480").attr("height", "360");
            p.appendElement("br");
            p.appendElement("a").attr("href", "https://www.youtube.com/watch?v=" + id).text("Watch the video on YouTube");
        } else if (vimeo.find()) {
            p.appendElement("a").attr("href", "https://vimeo.com/" + vimeo.group(1)).text("Watch the video on Vimeo");
        } else {
            String url = absolute(source, base);
            p.appendElement("a").attr("href", url).text(title.isBlank() ? "Open the embedded content: " + url : title);
        }
        return p;
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

    private static String absoluteSrcset(String srcset, URI base) {
        StringBuilder sb = new StringBuilder();
        for (String candidate : srcset.split(",")) {
            String c = candidate.strip();
            if (c.isEmpty()) continue;
            String[] parts = c.split("\\s+", 2);
            if (sb.length() > 0) sb.append(", ");
            sb.append(absolute(parts[0], base));
            if (parts.length > 1) sb.append(' ').append(parts[1]);
        }
        return sb.toString();
    }
}
