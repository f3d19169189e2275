package dev.feedcard.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text summary of a post: its description, else the prose before a {@code <!-- more -->} marker,
 * else its opening paragraphs (as many as it takes to pass half that length), shortened to about {@value #LENGTH} characters.
 */
public final class Summaries {
    public static final int LENGTH = 280;
    /** Once the opening paragraphs reach this length, the summary ends with the paragraph that got there. */
    private static final int ENOUGH = LENGTH / 2;
    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");

    private Summaries() {
    }

    /**
     * The post's summary: its description when it has one (plain text already, as {@link dev.feedcard.content.Post}
     * holds it), else the text before {@code <!-- more -->}, else its opening prose, shortened.
     */
    public static String of(String description, Document document) {
        if (!description.isEmpty()) return description;
        return summarise(document, false);
    }

    /**
     * The summary from a document made of a post's opening only ({@link #opening}), or null when the opening does
     * not decide it (too little prose, or a marker that is not where it seemed): then the whole post is needed.
     */
    static String ofOpening(Document opening) {
        return summarise(opening, true);
    }

    private static String summarise(Document document, boolean onlyIfDecided) {
        boolean marked = containsMore(document);
        boolean hasMore = false;
        boolean enough = false;
        StringBuilder prose = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (isMoreMarker(block)) {
                hasMore = true;
                if (block instanceof Paragraph) append(prose, textBeforeMarker(block));
                break;
            }
            if (block instanceof Paragraph && !isMath(block)) append(prose, paragraphText(block));
            if (!marked && prose.length() >= ENOUGH) {
                enough = true;
                break;
            }
        }
        if (onlyIfDecided && !hasMore && !enough) return null;
        String text = PlainText.clean(prose.toString());
        if (text.isEmpty()) text = PlainText.clean(allText(document));
        return hasMore ? text : PlainText.shorten(text, LENGTH);
    }

    /** Markdown past this many characters is not needed for a summary, unless the opening has too little prose. */
    static final int OPENING = 2000;
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S.*$", Pattern.MULTILINE);

    /**
     * The start of a post's Markdown that its summary comes from, so that a summary alone need not parse a long
     * post: everything up to a {@code <!-- more -->} marker's line, else up to the first blank line (outside fenced
     * code) after {@value #OPENING} characters; with the reference link definitions of the rest appended, so links
     * read the same. Null when the post is short or has no such place: then parse it whole.
     */
    static String opening(String markdown) {
        Matcher more = MORE.matcher(markdown);
        int end;
        if (more.find()) {
            end = markdown.indexOf('\n', more.end());
            if (end < 0) return null;
        } else {
            if (markdown.length() < OPENING * 2) return null;
            end = blankLineAfter(markdown, OPENING);
            if (end < 0) return null;
        }
        StringBuilder head = new StringBuilder(markdown.substring(0, end + 1));
        Matcher reference = REFERENCE.matcher(markdown);
        reference.region(end + 1, markdown.length());
        while (reference.find()) head.append('\n').append(reference.group()).append('\n');
        return head.toString();
    }

    /** The index of the line break that ends the first blank line at or after {@code from}, outside fenced code; -1 if none. */
    private static int blankLineAfter(String markdown, int from) {
        boolean fenced = false;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) return -1;
            String line = markdown.substring(lineStart, lineEnd);
            if (FENCE.matcher(line).find()) fenced = !fenced;
            else if (!fenced && lineStart >= from && line.isBlank()) return lineEnd;
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static boolean containsMore(Document document) {
        return MORE.matcher(document.getChars()).find();
    }

    private static boolean isMoreMarker(Node block) {
        if (block instanceof HtmlCommentBlock) return MORE.matcher(block.getChars()).find();
        if (block instanceof Paragraph) {
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlInlineComment && MORE.matcher(n.getChars()).find()) return true;
            }
        }
        return block.getChars().toString().strip().matches("<!--\\s*more\\s*-->");
    }

    /** The text of a paragraph up to an inline {@code <!-- more -->} ("Intro. <!--more--> Rest."). */
    private static String textBeforeMarker(Node paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInlineComment && MORE.matcher(n.getChars()).find()) break;
            if (n instanceof Text || n instanceof TextBase) sb.append(n.getChars().unescape());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            else if (!(n instanceof Image || n instanceof ImageRef || n instanceof HtmlInline || n instanceof HtmlInlineComment)) {
                StringBuilder inner = new StringBuilder();
                collect(n, inner);
                if (n instanceof Code code) inner.append(code.getText().unescape());
                sb.append(inner);
            }
        }
        return sb.toString();
    }

    private static boolean isMath(Node paragraph) {
        String s = paragraph.getChars().toString().strip();
        return s.startsWith("$$") || s.startsWith("\\[");
    }

    private static void append(StringBuilder sb, String text) {
        if (text.isBlank()) return;
        if (sb.length() > 0) sb.append(' ');
        sb.append(text.strip());
    }

    private static String paragraphText(Node paragraph) {
        StringBuilder sb = new StringBuilder();
        collect(paragraph, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image || n instanceof ImageRef || n instanceof HtmlInline || n instanceof HtmlInlineComment) continue;
            if (n instanceof Text || n instanceof TextBase) {
                sb.append(n.getChars().unescape());
            } else if (n instanceof Code code) {
                sb.append(code.getText().unescape());
            } else if (n instanceof HtmlEntity) {
                sb.append(Parser.unescapeEntities(n.getChars().toString(), false));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                collect(n, sb);
            }
        }
    }

    /** Every bit of text a post has, for posts without a single paragraph. */
    private static String allText(Document document) {
        StringBuilder sb = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.HtmlBlock || block instanceof HtmlCommentBlock) continue;
            if (block instanceof com.vladsch.flexmark.ast.FencedCodeBlock || block instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) continue;
            StringBuilder part = new StringBuilder();
            collectBlocks(block, part);
            append(sb, part.toString());
        }
        return sb.toString();
    }

    private static void collectBlocks(Node node, StringBuilder sb) {
        if (node instanceof Paragraph || node instanceof com.vladsch.flexmark.ast.Heading) {
            append(sb, paragraphText(node));
            return;
        }
        if (!node.hasChildren()) return;
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) append(sb, n.getChars().unescape());
            else collectBlocks(n, sb);
        }
    }
}
