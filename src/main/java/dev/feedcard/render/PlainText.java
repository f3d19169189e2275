package dev.feedcard.render;

import dev.feedcard.content.HtmlText;

import java.util.regex.Pattern;

/** Plain text for titles and summaries: no markup, no entities, no characters XML forbids, one line. */
public final class PlainText {
    /** Compiled once: String.replaceAll compiles its pattern on every call, and titles and tags are cleaned often. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** One line of plain text: forbidden characters removed, white space collapsed, HTML entities decoded. */
    public static String clean(String s) {
        if (s == null) return "";
        String text = HtmlText.xmlSafe(s);
        if (text.indexOf('&') >= 0) text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Text cut to at most {@code max} characters (code points), ending in "…" when cut. The cut falls at the last
     * word boundary before the limit: white space, or either side of a character of a script written without
     * spaces (Japanese, Chinese, Thai, …), never before a combining mark. Only a single word longer than the whole
     * limit is cut inside. The text is plain (no tags or entities), so nothing else can be cut in half.
     */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) return text;
        int end = text.offsetByCodePoints(0, max - 1);
        int cut = -1;
        for (int i = end; i > 0; i = text.offsetByCodePoints(i, -1)) {
            int before = text.codePointBefore(i);
            int after = text.codePointAt(i);
            if (isMark(after) || before == 0x200D) continue;
            if (Character.isWhitespace(after) || Character.isWhitespace(before) || isSpaceless(before) || isSpaceless(after)) {
                cut = i;
                break;
            }
        }
        if (cut <= 0) {
            cut = end;
            while (cut > 0 && isMark(text.codePointAt(cut))) cut = text.offsetByCodePoints(cut, -1);
        }
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && isTrailingPunctuation(head.charAt(head.length() - 1))) head = head.substring(0, head.length() - 1).stripTrailing();
        return head + "\u2026";
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || codePoint == 0x200D || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF
                || codePoint >= 0xE0020 && codePoint <= 0xE007F;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '、' || c == '(' || c == '[' || c == '-' || c == ' ';
    }

    /**
     * Characters that stand alone, so a summary may end before or after any of them: scripts written without
     * spaces between words (Han, Hiragana, Katakana, Thai, …), their punctuation, and emoji and other symbols
     * (but not the regional indicators that pair into flags).
     */
    static boolean isSpaceless(int codePoint) {
        if (Character.getType(codePoint) == Character.OTHER_SYMBOL && !(codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF)) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> true;
            default -> codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
        };
    }

    /** Text as HTML that shows it: "&", "<" and ">" escaped. */
    public static String escapeHtml(String text) {
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
}
