package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules the W3C Feed Validation Service and real readers apply, checked on every feed of an output folder with
 * parsers other than Rome: the JDK's DOM for Atom and RSS, Jackson for JSON Feed, jsoup for the HTML inside.
 * {@link #check} returns every broken rule as "file: what is wrong"; an empty list means the feeds are clean.
 */
final class FeedRules {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern RFC822_GMT = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");
    /** HTML elements the validator accepts in content without a "security risk" or "not HTML" warning. */
    private static final Set<String> SAFE_ELEMENTS = Set.of("a", "abbr", "acronym", "address", "area", "article", "aside", "audio",
            "b", "bdi", "big", "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup",
            "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "fieldset", "figcaption",
            "figure", "footer", "font", "form", "header", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "i", "img", "input",
            "ins", "kbd", "label", "legend", "li", "main", "map", "mark", "menu", "meter", "nav", "ol", "output", "optgroup",
            "option", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small",
            "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "time",
            "tfoot", "th", "thead", "tr", "track", "tt", "u", "ul", "var", "video", "noscript", "wbr");
    /** What the validator reads as markup in plain text: an end tag, or what could start a character reference. */
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("</\\w+>|<\\w|&[#A-Za-z]");
    private static final Pattern ANGLED_EMAIL = Pattern.compile("<[^<>\\s@]+@[^<>\\s]+>");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+( \\(.*\\))?");

    private final Path out;
    private final String siteUrl;
    private final List<String> problems = new ArrayList<>();

    private FeedRules(Path out, String siteUrl) {
        this.out = out;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** Every rule broken by any atom.xml, rss.xml or feed.json below {@code out}. */
    static List<String> check(Path out, String siteUrl) {
        FeedRules rules = new FeedRules(out, siteUrl);
        for (Path file : feedFiles(out)) rules.checkFile(file);
        return rules.problems;
    }

    static List<Path> feedFiles(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> Set.of("atom.xml", "rss.xml", "feed.json").contains(p.getFileName().toString()))
                    .filter(p -> !out.relativize(p).toString().startsWith(".feedcard")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkFile(Path file) {
        String name = out.relativize(file).toString().replace('\\', '/');
        try {
            switch (file.getFileName().toString()) {
                case "atom.xml" -> checkAtom(name, parseXml(file));
                case "rss.xml" -> checkRss(name, parseXml(file));
                default -> checkJson(name, new ObjectMapper().readTree(file.toFile()));
            }
        } catch (Exception e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** The JDK's DOM parser, namespace-aware, with DTDs and external entities refused. */
    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }

    /** The public URL of a file of the output folder. */
    String publicUrl(String name) {
        return siteUrl + FeedPaths.urlPath(name);
    }

    private void problem(String file, String what) {
        problems.add(file + ": " + what);
    }

    // ---------------------------------------------------------------- Atom

    private void checkAtom(String f, Document doc) {
        org.w3c.dom.Element feed = doc.getDocumentElement();
        if (!ATOM_NS.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
            problem(f, "the root is not atom:feed");
            return;
        }
        checkStylesheet(f, doc);
        String lang = feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        if (!LANGUAGE.matcher(lang).matches()) problem(f, "the feed has no valid xml:lang ('" + lang + "')");
        checkOne(f, feed, ATOM_NS, "id", "feed");
        absolute(f, "feed id", text(feed, ATOM_NS, "id"));
        if (text(feed, ATOM_NS, "title").isBlank()) problem(f, "the feed has no title");
        for (String el : List.of("title", "subtitle", "rights")) textConstruct(f, "the feed's " + el, first(feed, ATOM_NS, el));
        for (org.w3c.dom.Element name : descendants(feed, ATOM_NS, "name")) {
            if (ANGLED_EMAIL.matcher(name.getTextContent()).find()) problem(f, "an author's name holds an e-mail address: " + name.getTextContent());
        }
        Instant updated = rfc3339(f, "feed updated", text(feed, ATOM_NS, "updated"));
        if (children(feed, ATOM_NS, "author").isEmpty() || text(first(feed, ATOM_NS, "author"), ATOM_NS, "name").isBlank()) {
            problem(f, "the feed has no author name (entries have none of their own)");
        }
        List<org.w3c.dom.Element> links = children(feed, ATOM_NS, "link");
        String self = links.stream().filter(l -> "self".equals(l.getAttribute("rel"))).map(l -> l.getAttribute("href")).findFirst().orElse(null);
        if (!publicUrl(f).equals(self)) problem(f, "the self link is " + self + ", not the feed's URL " + publicUrl(f));
        for (org.w3c.dom.Element link : links) absolute(f, "feed link " + link.getAttribute("rel"), link.getAttribute("href"));
        for (String el : List.of("icon", "logo")) if (first(feed, ATOM_NS, el) != null) absolute(f, "feed " + el, text(feed, ATOM_NS, el));

        Set<String> ids = new HashSet<>();
        Set<String> updates = new HashSet<>();
        Instant newest = null;
        for (org.w3c.dom.Element entry : children(feed, ATOM_NS, "entry")) {
            String id = text(entry, ATOM_NS, "id");
            if (!ids.add(id)) problem(f, "two entries have the id " + id);
            absolute(f, "entry id", id);
            String where = "entry " + id;
            org.w3c.dom.Element title = first(entry, ATOM_NS, "title");
            if (title == null || title.getTextContent().isBlank()) problem(f, where + " has no title");
            else textConstruct(f, where + " title", title);
            Instant entryUpdated = rfc3339(f, where + " updated", text(entry, ATOM_NS, "updated"));
            if (!updates.add(text(entry, ATOM_NS, "updated"))) problem(f, where + " has the same updated time as another entry: " + text(entry, ATOM_NS, "updated"));
            if (first(entry, ATOM_NS, "published") != null) {
                Instant published = rfc3339(f, where + " published", text(entry, ATOM_NS, "published"));
                if (published != null && entryUpdated != null && entryUpdated.isBefore(published)) problem(f, where + " was updated before it was published");
            }
            if (entryUpdated != null && (newest == null || entryUpdated.isAfter(newest))) newest = entryUpdated;
            String alternate = children(entry, ATOM_NS, "link").stream().filter(l -> !l.hasAttribute("rel") || "alternate".equals(l.getAttribute("rel")))
                    .map(l -> l.getAttribute("href")).findFirst().orElse(null);
            if (alternate == null) problem(f, where + " has no alternate link");
            else absolute(f, where + " link", alternate);
            String entryLang = entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (!entryLang.isEmpty() && !LANGUAGE.matcher(entryLang).matches()) problem(f, where + " has an invalid xml:lang " + entryLang);
            org.w3c.dom.Element summary = first(entry, ATOM_NS, "summary");
            textConstruct(f, where + " summary", summary);
            org.w3c.dom.Element content = first(entry, ATOM_NS, "content");
            if (content != null) {
                if (!"html".equals(content.getAttribute("type"))) problem(f, where + " has content of type " + content.getAttribute("type"));
                if (content.getTextContent().isBlank()) problem(f, where + " has blank content");
                checkHtml(f, where, content.getTextContent());
            } else if (summary == null || summary.getTextContent().isBlank()) {
                problem(f, where + " has neither content nor a summary");
            }
            checkMedia(f, where, entry);
        }
        if (newest != null && updated != null && !updated.equals(newest)) problem(f, "the feed's updated " + updated + " is not its newest entry's " + newest);
    }

    // ---------------------------------------------------------------- RSS

    private void checkRss(String f, Document doc) {
        org.w3c.dom.Element rss = doc.getDocumentElement();
        if (!"rss".equals(rss.getLocalName()) || !"2.0".equals(rss.getAttribute("version"))) {
            problem(f, "the root is not <rss version=\"2.0\">");
            return;
        }
        checkStylesheet(f, doc);
        org.w3c.dom.Element channel = first(rss, null, "channel");
        for (String el : List.of("title", "link", "description")) if (text(channel, null, el).isBlank()) problem(f, "the channel has no " + el);
        absolute(f, "channel link", text(channel, null, "link"));
        if (!LANGUAGE.matcher(text(channel, null, "language")).matches()) problem(f, "the channel has no valid language");
        for (String el : List.of("pubDate", "lastBuildDate")) if (first(channel, null, el) != null) rfc822(f, "channel " + el, text(channel, null, el));
        String self = children(channel, ATOM_NS, "link").stream().filter(l -> "self".equals(l.getAttribute("rel"))).map(l -> l.getAttribute("href")).findFirst().orElse(null);
        if (!publicUrl(f).equals(self)) problem(f, "the atom:link rel=self is " + self + ", not the feed's URL " + publicUrl(f));
        if (first(channel, null, "managingEditor") != null && !EMAIL.matcher(text(channel, null, "managingEditor")).matches()) problem(f, "managingEditor is not an e-mail address");
        org.w3c.dom.Element image = first(channel, null, "image");
        if (image != null) {
            absolute(f, "channel image", text(image, null, "url"));
            if (!text(image, null, "link").equals(text(channel, null, "link"))) problem(f, "the channel image's link is not the channel's");
            for (String el : List.of("width", "height")) {
                if (first(image, null, el) != null) {
                    int v = Integer.parseInt(text(image, null, el));
                    if (v < 1 || v > (el.equals("width") ? 144 : 400)) problem(f, "the channel image's " + el + " is " + v);
                }
            }
        }
        Set<String> guids = new HashSet<>();
        for (org.w3c.dom.Element item : children(channel, null, "item")) {
            org.w3c.dom.Element guid = first(item, null, "guid");
            String id = guid == null ? "" : guid.getTextContent();
            String where = "item " + id;
            if (guid == null) problem(f, "an item has no guid");
            else {
                if (!guids.add(id)) problem(f, "two items have the guid " + id);
                if (!"false".equals(guid.getAttribute("isPermaLink"))) absolute(f, where + " guid", id);
            }
            if (text(item, null, "title").isBlank()) problem(f, where + " has no title");
            absolute(f, where + " link", text(item, null, "link"));
            rfc822(f, where + " pubDate", text(item, null, "pubDate"));
            for (org.w3c.dom.Element author : children(item, null, "author")) {
                if (!EMAIL.matcher(author.getTextContent()).matches()) problem(f, where + " has a bare name in <author>: " + author.getTextContent());
            }
            if (children(item, DC_NS, "creator").isEmpty() && children(item, null, "author").isEmpty()) problem(f, where + " names no author");
            for (org.w3c.dom.Element enclosure : children(item, null, "enclosure")) {
                absolute(f, where + " enclosure", enclosure.getAttribute("url"));
                if (!enclosure.getAttribute("length").matches("[1-9]\\d*")) problem(f, where + " enclosure length is '" + enclosure.getAttribute("length") + "'");
                if (!MEDIA_TYPE.matcher(enclosure.getAttribute("type")).matches()) problem(f, where + " enclosure type is '" + enclosure.getAttribute("type") + "'");
            }
            org.w3c.dom.Element encoded = first(item, CONTENT_NS, "encoded");
            if (encoded != null) {
                if (encoded.getTextContent().isBlank()) problem(f, where + " has a blank content:encoded");
                if (!precedes(first(item, null, "description"), encoded)) problem(f, where + " has content:encoded without a description before it");
                checkHtml(f, where, encoded.getTextContent());
            }
            if (first(item, null, "description") != null) checkHtml(f, where + " description", text(item, null, "description"));
            checkMedia(f, where, item);
        }
    }

    // ---------------------------------------------------------------- JSON Feed

    private void checkJson(String f, JsonNode feed) {
        if (!"https://jsonfeed.org/version/1.1".equals(feed.path("version").asText())) problem(f, "version is not JSON Feed 1.1");
        if (feed.path("title").asText().isBlank()) problem(f, "no title");
        absolute(f, "home_page_url", feed.path("home_page_url").asText());
        if (!publicUrl(f).equals(feed.path("feed_url").asText())) problem(f, "feed_url is " + feed.path("feed_url").asText() + ", not " + publicUrl(f));
        if (!LANGUAGE.matcher(feed.path("language").asText()).matches()) problem(f, "no valid language");
        if (!feed.path("items").isArray()) {
            problem(f, "no items array");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.path("items")) {
            String id = item.path("id").asText();
            String where = "item " + id;
            if (!ids.add(id)) problem(f, "two items have the id " + id);
            absolute(f, where + " url", item.path("url").asText());
            if (!item.has("content_html") && !item.has("content_text")) problem(f, where + " has neither content_html nor content_text");
            if (item.has("content_html")) checkHtml(f, where, item.path("content_html").asText());
            rfc3339(f, where + " date_published", item.path("date_published").asText());
            if (item.has("date_modified")) rfc3339(f, where + " date_modified", item.path("date_modified").asText());
            if (item.has("image")) absolute(f, where + " image", item.path("image").asText());
            if (!item.path("authors").isArray() || item.path("authors").path(0).path("name").asText().isBlank()) problem(f, where + " has no author");
            if (item.has("tags") && !item.path("tags").isArray()) problem(f, where + " tags is not an array");
        }
    }

    // ---------------------------------------------------------------- shared rules

    private void checkStylesheet(String f, Document doc) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi && pi.getTarget().equals("xml-stylesheet")) {
                String href = "../".repeat((int) f.chars().filter(c -> c == '/').count()) + "feed.css";
                if (!pi.getData().contains("type=\"text/css\"") || !pi.getData().contains("href=\"" + href + "\"")) problem(f, "the xml-stylesheet instruction is " + pi.getData());
                return;
            }
        }
        problem(f, "no xml-stylesheet instruction");
    }

    /** Content as readers get it: no scripts or embeds, and every URL absolute (readers and mail ignore xml:base). */
    private void checkHtml(String f, String where, String html) {
        List<String> errors = htmlErrors(html);
        if (!errors.isEmpty()) problem(f, where + " is invalid HTML (the validator parses it strictly): " + errors);
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.select("script, iframe, object, embed, noscript, style, frame, frameset")) problem(f, where + " contains <" + e.tagName() + ">");
        for (Element e : doc.select("[href]")) absoluteInContent(f, where, "href", e.attr("href"));
        for (Element e : doc.select("[src]")) absoluteInContent(f, where, "src", e.attr("src"));
        for (Element e : doc.select("[poster]")) absoluteInContent(f, where, "poster", e.attr("poster"));
        for (Element e : doc.select("[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) absoluteInContent(f, where, "srcset", url);
            }
        }
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && !SAFE_ELEMENTS.contains(e.normalName())) problem(f, where + " contains <" + e.normalName() + ">, which readers drop");
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase().startsWith("on")) problem(f, where + " has an event handler attribute " + a.getKey());
                if (a.getKey().equalsIgnoreCase("style")) problem(f, where + " has a style attribute (the validator flags most CSS)");
                if (a.getValue().strip().toLowerCase().startsWith("javascript:")) problem(f, where + " has a javascript: URL");
            }
        }
    }

    /** The errors an HTML5 parser reports for a fragment; the W3C validator reports any as "Invalid HTML". */
    static List<String> htmlErrors(String html) {
        ParseErrorList errors = ParseErrorList.tracking(10);
        Parser.parseFragment(html, org.jsoup.nodes.Document.createShell("").body(), "", errors);
        return errors.stream().map(Object::toString).toList();
    }

    /**
     * An Atom title, subtitle, summary or rights: plain text, or escaped HTML that holds only text. Text that HTML
     * would read as markup must be the latter ("title should not contain HTML unless declared in the type attribute").
     */
    private void textConstruct(String f, String what, org.w3c.dom.Element e) {
        if (e == null) return;
        String type = e.hasAttribute("type") ? e.getAttribute("type") : "text";
        switch (type) {
            case "text" -> {
                if (LOOKS_LIKE_MARKUP.matcher(e.getTextContent()).find()) problem(f, what + " looks like HTML but is type text: " + e.getTextContent());
            }
            case "html" -> {
                org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(e.getTextContent());
                if (!doc.body().children().isEmpty()) problem(f, what + " has markup, not only text: " + e.getTextContent());
                if (!htmlErrors(e.getTextContent()).isEmpty()) problem(f, what + " is invalid HTML: " + e.getTextContent());
            }
            default -> problem(f, what + " is of type " + type);
        }
    }

    /** The text an Atom text construct shows. */
    static String atomText(org.w3c.dom.Element e) {
        if (e == null) return "";
        return "html".equals(e.getAttribute("type")) ? Jsoup.parseBodyFragment(e.getTextContent()).body().wholeText() : e.getTextContent();
    }

    private static boolean precedes(org.w3c.dom.Element a, org.w3c.dom.Element b) {
        return a != null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) != 0;
    }

    /** A URL in content: absolute (any scheme; a typo such as "hhttps:" is the author's), and http(s) ones with a host. */
    private void absoluteInContent(String f, String where, String attribute, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            problem(f, where + " has an invalid " + attribute + ": " + url);
            return;
        }
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!uri.isAbsolute() || web && uri.getHost() == null) problem(f, where + " has a relative " + attribute + ": " + url);
    }

    private void checkMedia(String f, String where, org.w3c.dom.Element parent) {
        for (org.w3c.dom.Element thumbnail : children(parent, MEDIA_NS, "thumbnail")) absolute(f, where + " media:thumbnail", thumbnail.getAttribute("url"));
        for (org.w3c.dom.Element content : children(parent, MEDIA_NS, "content")) {
            absolute(f, where + " media:content", content.getAttribute("url"));
            if (!"image".equals(content.getAttribute("medium"))) problem(f, where + " media:content medium is '" + content.getAttribute("medium") + "'");
            if (content.hasAttribute("width") != content.hasAttribute("height")) problem(f, where + " media:content has only one of width and height");
            for (String a : List.of("width", "height", "fileSize")) {
                if (content.hasAttribute(a) && !content.getAttribute(a).matches("[1-9]\\d*")) problem(f, where + " media:content " + a + " is " + content.getAttribute(a));
            }
            if (content.hasAttribute("type") && !MEDIA_TYPE.matcher(content.getAttribute("type")).matches()) problem(f, where + " media:content type is " + content.getAttribute("type"));
        }
    }

    private void absolute(String f, String what, String url) {
        if (!isAbsoluteHttp(url)) problem(f, what + " is not an absolute http(s) URL: '" + url + "'");
    }

    static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private Instant rfc3339(String f, String what, String value) {
        if (!RFC3339.matcher(value).matches()) {
            problem(f, what + " is not an RFC 3339 date-time: '" + value + "'");
            return null;
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private void rfc822(String f, String what, String value) {
        if (!RFC822_GMT.matcher(value).matches()) {
            problem(f, what + " is not an RFC 822 date in GMT: '" + value + "'");
            return;
        }
        try {
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (Exception e) {
            problem(f, what + " is not a real date: '" + value + "'");
        }
    }

    private void checkOne(String f, org.w3c.dom.Element parent, String ns, String name, String where) {
        int n = children(parent, ns, name).size();
        if (n != 1) problem(f, "the " + where + " has " + n + " " + name + " elements");
    }

    // ---------------------------------------------------------------- DOM helpers

    static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String ns, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        if (parent == null) return out;
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e && name.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }

    static List<org.w3c.dom.Element> descendants(org.w3c.dom.Element parent, String ns, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) out.add((org.w3c.dom.Element) nodes.item(i));
        return out;
    }

    static org.w3c.dom.Element first(org.w3c.dom.Element parent, String ns, String name) {
        List<org.w3c.dom.Element> all = children(parent, ns, name);
        return all.isEmpty() ? null : all.get(0);
    }

    static String text(org.w3c.dom.Element parent, String ns, String name) {
        org.w3c.dom.Element e = first(parent, ns, name);
        return e == null ? "" : e.getTextContent();
    }
}
