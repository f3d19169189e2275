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

    public static String of(String description, Document document) {
        String cleaned = PlainText.clean(description);
        if (!cleaned.isEmpty()) return cleaned;
        boolean marked = containsMore(document);
        boolean hasMore = false;
        StringBuilder prose = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (isMoreMarker(block)) {
                hasMore = true;
                if (block instanceof Paragraph) append(prose, textBeforeMarker(block));
                break;
            }
            if (block instanceof Paragraph && !isMath(block)) append(prose, paragraphText(block));
            if (!marked && prose.length() >= ENOUGH) break;
        }
        String text = PlainText.clean(prose.toString());
        if (text.isEmpty()) text = PlainText.clean(allText(document));
        return hasMore ? text : PlainText.shorten(text, LENGTH);
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

    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\n]+\\]:[ \t]*\\S.*$");

    /**
     * The opening of a Markdown body, enough to summarise it: everything up to a more marker when the body has
     * one, else about {@code length} characters cut at a blank line, followed by the body's link reference
     * definitions so that reference links in the opening still read as links.
     */
    static String opening(String body, int length) {
        Matcher more = MORE.matcher(body);
        int end;
        if (more.find()) {
            end = more.end();
        } else if (body.length() <= length) {
            return body;
        } else {
            int blank = body.indexOf("\n\n", length);
            if (blank < 0) return body;
            end = blank;
        }
        StringBuilder opening = new StringBuilder(body.substring(0, end)).append("\n\n");
        Matcher definitions = REFERENCE_DEFINITION.matcher(body);
        definitions.region(end, body.length());
        while (definitions.find()) opening.append(definitions.group()).append('\n');
        return opening.toString();
    }
}
