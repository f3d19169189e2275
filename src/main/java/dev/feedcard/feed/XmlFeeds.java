package dev.feedcard.feed;

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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Serialises a Rome feed as UTF-8 XML that keeps content intact (raw format, Unix line ends), adding what Rome
 * cannot: the {@code xml-stylesheet} instruction, Atom's {@code xml:lang}, and escaped HTML for Atom text that
 * looks like markup.
 */
final class XmlFeeds {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private XmlFeeds() {
    }

    static byte[] serialise(WireFeed feed, String stylesheetHref) {
        return serialise(feed, stylesheetHref, null, null);
    }

    /**
     * @param language the Atom feed's xml:lang, or null
     * @param entryLanguages for each Atom entry, its xml:lang, or null to inherit the feed's
     */
    static byte[] serialise(WireFeed feed, String stylesheetHref, String language, List<String> entryLanguages) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            if (stylesheetHref != null) {
                document.addContent(0, new ProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + stylesheetHref + "\""));
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
            XMLOutputter outputter = new XMLOutputter(Format.getRawFormat()
                    .setLineSeparator(LineSeparator.UNIX).setEncoding("UTF-8"), new RssPlainText());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                outputter.output(document, writer);
            }
            return bytes.toByteArray();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("could not write the feed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes "&" and "<" in RSS's plain-text elements (titles, categories, names) as hexadecimal character references,
     * as the RSS Best Practices Profile asks, so that readers that treat such text as HTML still show it as text. HTML
     * elements (an item's description, content:encoded) and every Atom document keep the usual escapes.
     */
    private static final class RssPlainText extends AbstractXMLOutputProcessor {
        @Override
        protected void printText(Writer out, FormatStack fstack, Text text) throws IOException {
            Element parent = text.getParentElement();
            String value = text.getText();
            if (parent == null || !isRssPlainText(parent)) {
                if (hasSurrogates(value) || !fstack.getEscapeOutput()) super.printText(out, fstack, text);
                else write(out, escaped(value));
                return;
            }
            StringBuilder sb = new StringBuilder(value.length() + 16);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&#x26;");
                    case '<' -> sb.append("&#x3C;");
                    case '>' -> sb.append("&gt;");
                    case '\r' -> sb.append("&#xD;");
                    default -> sb.append(c);
                }
            }
            write(out, sb.toString());
        }

        /**
         * The text as JDOM's own escaping gives it in UTF-8 with Unix line ends ({@code &amp; &lt; &gt; &#xD;}), but
         * copied in runs rather than a character at a time: a feed's content is most of its bytes.
         */
        private static String escaped(String value) {
            StringBuilder sb = null;
            int copied = 0;
            for (int i = 0; i < value.length(); i++) {
                String escape = switch (value.charAt(i)) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '\r' -> "&#xD;";
                    default -> null;
                };
                if (escape == null) continue;
                if (sb == null) sb = new StringBuilder(value.length() + value.length() / 8);
                sb.append(value, copied, i).append(escape);
                copied = i + 1;
            }
            return sb == null ? value : sb.append(value, copied, value.length()).toString();
        }

        /** Characters outside the Basic Multilingual Plane (emoji) are left to JDOM, which knows how to write them. */
        private static boolean hasSurrogates(String value) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) return true;
            }
            return false;
        }

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
                e.setText(escapeHtml(text));
            }
        }
    }

    /** Text as HTML that shows it: "&", "<" and ">" escaped. */
    static String escapeHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A date for Rome, to the second (what every format shows). */
    static Date date(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
