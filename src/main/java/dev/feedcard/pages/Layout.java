package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.jsoup.nodes.Element;

import java.util.List;

/** How a page lays out its head (lines and indentation, or one minified line; {@code >} or {@code />}), read from its text. */
final class Layout {
    private Layout() {
    }

    /** The line break that follows {@code pos} after nothing but spaces and tabs, or null when the line goes on. */
    record LineBreak(int end, String newline) {
    }

    /** The start of the line {@code pos} is on when only indentation precedes it there, or null. */
    record LineStart(int start, String indent, String newline) {
    }

    static LineBreak lineBreakAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (text.startsWith("\r\n", i)) return new LineBreak(i + 2, "\r\n");
        if (text.startsWith("\n", i)) return new LineBreak(i + 1, "\n");
        return null;
    }

    static LineStart lineStartBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        if (i == 0 || text.charAt(i - 1) != '\n') return null;
        String newline = i >= 2 && text.charAt(i - 2) == '\r' ? "\r\n" : "\n";
        return new LineStart(i, text.substring(i, pos), newline);
    }

    /** The indentation of the line {@code pos} starts on, or "" when something else precedes it on that line. */
    static String indentOf(String text, int pos) {
        int i = pos;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        return i == 0 || text.charAt(i - 1) == '\n' ? text.substring(i, pos) : "";
    }

    /**
     * The indentation of the head's elements: that of its last (or first) element that starts a line, else one
     * step deeper than {@code base} (the indentation of the head's own tags).
     */
    static String childIndent(BuiltPage page, Element head, boolean first, String base) {
        String found = null;
        for (Element child : head.children()) {
            if (!page.explicit(child)) continue;
            int start = child.sourceRange().startPos();
            if (lineStartBefore(page.text(), start) == null) continue;
            found = indentOf(page.text(), start);
            if (first) break;
        }
        if (found != null) return found;
        return base + (base.contains("\t") ? "\t" : "  ");
    }

    /** How the page ends its void tags: {@code />}, {@code  />} or {@code >}, judged by its first meta, link or base. */
    static String voidClosing(BuiltPage page, Element head) {
        for (Element child : head.children()) {
            String name = child.normalName();
            if (!page.explicit(child) || !(name.equals("meta") || name.equals("link") || name.equals("base"))) continue;
            String source = page.text().substring(child.sourceRange().startPos(), child.sourceRange().endPos());
            if (!source.endsWith("/>")) return ">";
            char before = source.charAt(source.length() - 3);
            return before == ' ' || before == '\t' || before == '\n' ? " />" : "/>";
        }
        return ">";
    }

    static String oneLine(List<HeadTag> tags, String closing) {
        StringBuilder sb = new StringBuilder();
        for (HeadTag tag : tags) sb.append(PagePatcher.html(tag, closing));
        return sb.toString();
    }

    static String lines(List<HeadTag> tags, String closing, String indent, String newline) {
        StringBuilder sb = new StringBuilder();
        for (HeadTag tag : tags) sb.append(indent).append(PagePatcher.html(tag, closing)).append(newline);
        return sb.toString();
    }
}
