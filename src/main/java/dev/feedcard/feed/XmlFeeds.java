package dev.feedcard.feed;

import dev.feedcard.render.PlainText;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.ProcessingInstruction;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;
import org.jdom2.output.support.AbstractXMLOutputProcessor;
import org.jdom2.output.support.FormatStack;
import org.jdom2.Text;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serialises a Rome feed as UTF-8 XML that keeps content intact (raw format, Unix line ends), adding what Rome
 * cannot: the {@code xml-stylesheet} instruction, {@code xml:lang}, and escaped HTML for Atom text that
 * looks like markup.
 */
final class XmlFeeds {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    /** JDOM's own escaping of text in UTF-8 with Unix line ends, characters beyond the BMP (emoji) included. */
    private static final Utf8Writer.Escapes TEXT = Utf8Writer.Escapes.xmlText("&amp;", "&lt;", true);

    private XmlFeeds() {
    }

    /**
     * The HTML content of the feeds' entries, which is most of their bytes. Rome is handed a placeholder for each, so
     * that JDOM does not check the HTML again character by character (the renderer made it XML-safe, and
     * {@link Utf8Writer} refuses what XML cannot hold); the output writes the HTML in its place. Each post's HTML is
     * escaped and encoded once, into bytes of its own, which every Atom and RSS file that shows the post copies (a post
     * is in the site's feed, its language's and one for each of its tags, in both formats); each feed file is
     * encoded when it is written. Safe to share between threads; for one build's feeds.
     */
    static final class EntryContent {
        /** By placeholder, which is told from other empty strings by its identity. */
        private final Map<String, String> htmlByPlaceholder = Collections.synchronizedMap(new IdentityHashMap<>());
        /** Each post's HTML, escaped and encoded, by the HTML string its rendering holds (by identity). */
        private final Map<String, byte[]> encodedByHtml = Collections.synchronizedMap(new IdentityHashMap<>());
        /** How many times an entry's HTML was escaped and encoded. */
        private final AtomicInteger encodings = new AtomicInteger();

        /** What to give Rome as the value of an entry's content: an empty string of its own, which stands for {@code html}. */
        String placeholder(String html) {
            String placeholder = new String(); // not "": a new object, told from every other by its identity
            htmlByPlaceholder.put(placeholder, html);
            return placeholder;
        }

        /** The HTML that {@code text} stands for, or null when it is no placeholder. */
        private String html(String text) {
            return text.isEmpty() ? htmlByPlaceholder.get(text) : null;
        }

        /** {@code html} escaped as XML text and encoded as UTF-8, made the first time it is asked for. */
        private byte[] encoded(String html) {
            byte[] bytes = encodedByHtml.get(html);
            if (bytes == null) {
                Utf8Writer out = new Utf8Writer();
                out.write(html, TEXT);
                bytes = out.toByteArray();
                encodings.incrementAndGet();
                encodedByHtml.putIfAbsent(html, bytes);
            }
            return bytes;
        }

        /** How many times an entry's HTML was escaped and encoded. */
        int encodings() {
            return encodings.get();
        }
    }

    /**
     * @param set the feed's posts, whose dates are written as {@link #writeDates} says
     * @param language the xml:lang of the feed's root element (which the stylesheet's words follow), or null
     * @param entryLanguages for each Atom entry, its xml:lang, or null to inherit the feed's
     * @param content what the placeholders in the feed's entries stand for
     */
    static byte[] serialise(WireFeed feed, FeedSet set, String stylesheetHref, String language, List<String> entryLanguages, EntryContent content) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            writeDates(document.getRootElement(), set);
            if (stylesheetHref != null) {
                document.addContent(0, new ProcessingInstruction("xml-stylesheet", "type=\"text/css\" href=\"" + stylesheetHref + "\""));
            }
            Element root = document.getRootElement();
            if (ATOM.equals(root.getNamespace())) {
                markupAsHtml(root);
                for (Element entry : root.getChildren("entry", ATOM)) markupAsHtml(entry);
            }
            if (language != null) root.setAttribute("lang", language, Namespace.XML_NAMESPACE);
            if (entryLanguages != null) {
                List<Element> entries = root.getChildren("entry", ATOM);
                for (int i = 0; i < entries.size() && i < entryLanguages.size(); i++) {
                    if (entryLanguages.get(i) != null) entries.get(i).setAttribute("lang", entryLanguages.get(i), Namespace.XML_NAMESPACE);
                }
            }
            TextOutput textOutput = new TextOutput(content);
            XMLOutputter outputter = new XMLOutputter(Format.getRawFormat()
                    .setLineSeparator(LineSeparator.UNIX).setEncoding("UTF-8"), textOutput);
            Utf8Writer out = new Utf8Writer();
            outputter.output(document, out);
            return out.toByteArray();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("could not write the feed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes text straight into the {@link Utf8Writer} that {@link #serialise} outputs to, escaped as it is encoded, and
     * each entry's HTML for its placeholder. Every element of every format is escaped the same way, only as XML needs
     * ({@code &amp;}, {@code &lt;}, {@code &gt;}): character references such as {@code &#x26;}, which the RSS Best
     * Practices Profile suggests for plain text, mean the same to an XML parser but are left undecoded by some
     * readers' own parsers.
     */
    private static final class TextOutput extends AbstractXMLOutputProcessor {
        private final EntryContent content;

        TextOutput(EntryContent content) {
            this.content = content;
        }

        @Override
        protected void printText(Writer out, FormatStack fstack, Text text) {
            Element parent = text.getParentElement();
            if (parent != null && isRssPlainText(parent) && readsAsMarkup(text.getText())) {
                ((Utf8Writer) out).write(text.getText(), RSS_MARKUP_AS_TEXT);
                return;
            }
            String html = content.html(text.getText());
            if (html == null) ((Utf8Writer) out).write(text.getText(), TEXT);
            else ((Utf8Writer) out).write(content.encoded(html));
        }

        /** An RSS element of plain text: a title, a category, a name; not an item's description, nor content:encoded. */
        private static boolean isRssPlainText(Element element) {
            if (!"rss".equals(element.getDocument().getRootElement().getName())) return false;
            if (element.getNamespace().getURI().equals("http://purl.org/rss/1.0/modules/content/")) return false;
            Element parent = element.getParentElement();
            return !(element.getName().equals("description") && parent != null && parent.getName().equals("item"));
        }
    }

    /** Atom's text constructs: each holds plain text, written as type="text" or, when it looks like markup, escaped HTML. */
    private static final List<String> TEXT_CONSTRUCTS = List.of("title", "subtitle", "summary", "rights");
    /** Text that HTML would read otherwise: a "<" (a tag) or an "&" before a letter or "#" (a character reference). */
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<|&[#A-Za-z]");
    /** What a reader that takes RSS plain text for HTML would read as a tag or a character reference. */
    private static final Pattern TAG_OR_REFERENCE = Pattern.compile("<[/A-Za-z!?]|&#|&([A-Za-z][A-Za-z0-9]*)");
    /**
     * Plain text that such a reader would misread, in RSS, is written with hexadecimal character references, as the
     * RSS Best Practices Profile asks (and the W3C validator checks): they tell a reader it is text. Any other text is
     * escaped only as XML needs, since some readers' parsers leave {@code &#x26;} undecoded.
     */
    private static final Utf8Writer.Escapes RSS_MARKUP_AS_TEXT = Utf8Writer.Escapes.xmlText("&#x26;", "&#x3C;", false);

    /** True when HTML would read {@code text} as holding a tag or a character reference ("&lt;video&gt;", "&amp;amp;"). */
    static boolean readsAsMarkup(String text) {
        Matcher m = TAG_OR_REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(1) == null || m.group(1).equals("apos") || Entities.isNamedEntity(m.group(1))) return true;
        }
        return false;
    }

    /**
     * Writes the plain-text titles, subtitle, summaries and rights of an Atom feed or entry that contain what HTML
     * would read as markup ("Using <video> & <audio>", "Why </script> ends a script", "&amp; in HTML") as
     * type="html" with the text escaped. Readers show the same text either way, but many treat every title as HTML
     * whatever its type, and the W3C Feed Validation Service warns "title should not contain HTML unless declared in
     * the type attribute". Other text stays type="text".
     */
    private static void markupAsHtml(Element parent) {
        for (String name : TEXT_CONSTRUCTS) {
            for (Element e : parent.getChildren(name, ATOM)) {
                String type = e.getAttributeValue("type");
                if (type != null && !type.equals("text")) continue;
                String text = e.getText();
                if (!LOOKS_LIKE_MARKUP.matcher(text).find()) continue;
                e.setAttribute("type", "html");
                e.setText(PlainText.escapeHtml(text));
            }
        }
    }

    /**
     * Text as HTML that shows it, escaped only when HTML would read it otherwise ({@link #LOOKS_LIKE_MARKUP}): "Salt
     * & vinegar" is that text in HTML as it stands, and so it also reads right where the HTML is shown as text, as
     * feed.css shows an RSS description.
     */
    static String asHtml(String text) {
        return LOOKS_LIKE_MARKUP.matcher(text).find() ? PlainText.escapeHtml(text) : text;
    }

    /**
     * A date for Rome, to the second (what every format shows), so that Rome writes the date's element in its place;
     * {@link #writeDates} then writes its text.
     */
    static Date date(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Writes the dates of the feed and its entries as the posts give them. Rome formats a date through
     * {@link Date} and {@link java.text.SimpleDateFormat}, whose calendar is Julian before 15 October 1582 (a post of
     * 0001-01-01 would read 0001-01-03, one of 1582-10-10 1582-09-30); feedcard writes the text again with java.time's
     * proleptic Gregorian calendar, which the posts' dates and RFC 3339 use. Atom: the feed's {@code updated}, each
     * entry's {@code published} and {@code updated}; RSS: the channel's {@code pubDate} and {@code lastBuildDate},
     * each item's {@code pubDate}. Entries and items come in the set's order.
     */
    private static void writeDates(Element root, FeedSet set) {
        List<Entry> entries = set.entries();
        Instant updated = FeedDates.updated(set);
        if (ATOM.equals(root.getNamespace())) {
            setText(root.getChild("updated", ATOM), FeedDates.rfc3339(updated));
            List<Element> elements = root.getChildren("entry", ATOM);
            for (int i = 0; i < elements.size(); i++) {
                setText(elements.get(i).getChild("published", ATOM), FeedDates.rfc3339(entries.get(i).rendered().post().published()));
                setText(elements.get(i).getChild("updated", ATOM), FeedDates.rfc3339(entries.get(i).updated()));
            }
            return;
        }
        Element channel = root.getChild("channel");
        setText(channel.getChild("pubDate"), FeedDates.rfc822(updated));
        setText(channel.getChild("lastBuildDate"), FeedDates.rfc822(updated));
        List<Element> items = channel.getChildren("item");
        for (int i = 0; i < items.size(); i++) setText(items.get(i).getChild("pubDate"), FeedDates.rfc822(entries.get(i).rendered().post().published()));
    }

    private static void setText(Element element, String text) {
        if (element == null) throw new IllegalStateException("Rome wrote no element for a date the feed has");
        element.setText(text);
    }
}
