package dev.feedcard.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A post's text fields as plain text: what a browser shows for a title or description written with inline HTML or
 * entities, and text with the characters XML cannot hold removed. The one place such text is made; every later stage
 * takes it as it is.
 */
public final class HtmlText {
    /** Compiled once: titles are cleaned for every post read. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private HtmlText() {
    }

    /**
     * The text a browser shows for {@code html}, on one line: tags left out (with what a script or style holds),
     * entities decoded, white space collapsed, characters XML forbids removed. An ampersand that starts no entity
     * ({@code AT&T}) and a {@code <} that starts no tag ({@code a < b}) stay as written.
     */
    public static String shown(String html) {
        if (html == null) return "";
        String text = xmlSafe(html);
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) text = Jsoup.parseBodyFragment(text).body().text();
        return (collapsible(text) ? WHITE_SPACE.matcher(text).replaceAll(" ") : text).strip();
    }

    /** Whether {@link #WHITE_SPACE} would change {@code text}: it holds white space other than single spaces. */
    static boolean collapsible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < text.length() && text.charAt(i + 1) == ' ' : c >= '\t' && c <= '\r') return true;
        }
        return false;
    }

    /**
     * The tags in {@code html} that are no HTML element ({@code <String>} in {@code List<String>}), which a browser
     * hides all the same; in the order written, each once, empty when there are none.
     */
    public static List<String> unknownTags(String html) {
        if (html == null || html.indexOf('<') < 0) return List.of();
        Set<String> unknown = new LinkedHashSet<>();
        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase); // names the tag as written
        for (Element e : Jsoup.parse(xmlSafe(html), "", parser).body().getAllElements()) {
            if (!e.tag().isKnownTag()) unknown.add("<" + e.tagName() + ">");
        }
        return List.copyOf(unknown);
    }

    /** Text with characters XML 1.0 forbids removed (C0 controls but tab and newline, U+FFFE, U+FFFF, lone surrogates). */
    public static String xmlSafe(String s) {
        if (s == null) return "";
        char[] chars = s.toCharArray(); // a whole post's Markdown: indexing an array is quicker than charAt
        StringBuilder sb = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]);
                if (ok) {
                    if (sb != null) sb.append(c).append(chars[i + 1]);
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
