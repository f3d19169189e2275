package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts head tags into a built page: the page's own tags with the same keys (og:image, twitter:card, the feed
 * links ...) in its head are taken out (one written in the body stays there), and the new tags go in just before
 * {@code </head>} (just after {@code <head>} when the page omits the end tag, or after the head's
 * {@code <meta charset>} if it has one, so that the declaration stays within the first 1024 bytes; in a new head
 * after {@code <html>} when it has none), one per line in the page's
 * indentation when the head is laid out on lines, all on one line when it is minified. Everything else stays
 * byte for byte as it was: the text is edited at the tags' source positions, never re-serialised.
 * Patching a patched page with the same tags gives the same bytes.
 */
public final class PagePatcher {

    /**
     * The page with {@code tags} in its head.
     *
     * @throws UnusablePageException when the page is not UTF-8 HTML with an html or head element
     */
    public byte[] patch(byte[] page, List<HeadTag> tags) throws UnusablePageException {
        BuiltPage original = BuiltPage.read(page);
        Set<String> written = new HashSet<>();
        for (HeadTag tag : tags) written.addAll(TagKeys.of(tag));

        List<int[]> removals = new ArrayList<>();
        for (SourceTag tag : original.tags()) {
            if (TagKeys.replaces(written, tag.keys())) removals.add(new int[]{tag.start(), tag.end()});
        }
        BuiltPage kept = original.withText(TextEdits.remove(original.text(), removals));
        if (tags.isEmpty()) return kept.bytes(kept.text());

        if (!kept.explicit(kept.head()) && kept.head().childNodeSize() == 0) {
            kept = kept.withText(withEmptyHead(kept));
        }
        return kept.bytes(insert(kept, tags));
    }

    /** Gives a page that has {@code <html>} but no head an empty {@code <head></head>} right after {@code <html>}. */
    private static String withEmptyHead(BuiltPage page) {
        String text = page.text();
        Element html = page.html();
        int after = html.sourceRange().endPos();
        Layout.LineBreak lineBreak = Layout.lineBreakAfter(text, after);
        if (lineBreak == null) return text.substring(0, after) + "<head></head>" + text.substring(after);
        String indent = Layout.indentOf(text, html.sourceRange().startPos());
        String nl = lineBreak.newline();
        return text.substring(0, lineBreak.end()) + indent + "<head>" + nl + indent + "</head>" + nl + text.substring(lineBreak.end());
    }

    private static String insert(BuiltPage page, List<HeadTag> tags) {
        String text = page.text();
        Element head = page.head();
        String closing = Layout.voidClosing(page, head);
        if (page.explicit(head) && page.explicitEnd(head)) {
            int endTag = head.endSourceRange().startPos();
            Layout.LineStart line = Layout.lineStartBefore(text, endTag);
            if (line == null) return splice(text, endTag, Layout.oneLine(tags, closing));
            String indent = Layout.childIndent(page, head, false, line.indent());
            return splice(text, line.start(), Layout.lines(tags, closing, indent, line.newline()));
        }
        // no </head>: after <head>; no <head> either (a head the parser implies from its content): after <html>;
        // in both cases after the head's charset declaration, which browsers look for in the first 1024 bytes only
        Element charset = charsetDeclaration(page, head);
        Element anchor = charset != null ? charset : page.explicit(head) ? head : page.html();
        int after = anchor.sourceRange().endPos();
        Layout.LineBreak lineBreak = Layout.lineBreakAfter(text, after);
        if (lineBreak == null) return splice(text, after, Layout.oneLine(tags, closing));
        String indent = Layout.childIndent(page, head, true, Layout.indentOf(text, anchor.sourceRange().startPos()));
        return splice(text, lineBreak.end(), Layout.lines(tags, closing, indent, lineBreak.newline()));
    }

    /** The head's last {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}, or null. */
    private static Element charsetDeclaration(BuiltPage page, Element head) {
        Element found = null;
        for (Element child : head.children()) {
            if (!child.normalName().equals("meta") || !page.explicit(child)) continue;
            if (child.hasAttr("charset") || child.attr("http-equiv").strip().equalsIgnoreCase("content-type")) found = child;
        }
        return found;
    }

    private static String splice(String text, int at, String insertion) {
        return text.substring(0, at) + insertion + text.substring(at);
    }

    /**
     * The HTML of one tag: attributes in their order, values escaped for a double-quoted attribute on one line; a void
     * tag ended with {@code closing}, a tag with text (JSON-LD) with its end tag.
     */
    static String html(HeadTag tag, String closing) {
        StringBuilder sb = new StringBuilder("<").append(tag.element());
        for (Map.Entry<String, String> a : tag.attributes().entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue() == null ? "" : a.getValue())).append('"');
        }
        if (tag.text() == null) return sb.append(closing).toString();
        return sb.append('>').append(tag.text()).append("</").append(tag.element()).append('>').toString();
    }

    private static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
