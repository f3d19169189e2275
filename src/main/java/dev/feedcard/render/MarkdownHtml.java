package dev.feedcard.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.feedcard.content.HtmlText;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The HTML of a parsed post, written straight from flexmark's tree into one string, in one of two forms:
 * <ul>
 *   <li>{@link #of}: the elements, attributes and line breaks of flexmark's own HTML renderer, character for
 *   character, at about half its cost (flexmark's renderer passes every character through a line-formatting layer
 *   that posts do not need);</li>
 *   <li>{@link #feed}: the post's feed HTML itself, what {@link FeedHtml} makes of the first form (its rules for
 *   attributes and URLs, jsoup's way of writing the result), without parsing the HTML again but for the blocks that
 *   hold raw HTML other than line breaks, or a link inside a link (which an HTML parser takes apart): those are
 *   cleaned by {@link FeedHtml#ofPart}, one block at a time, or together with the rest of the post when an element is
 *   left open.</li>
 * </ul>
 * A tree holding a node this writer does not know (an extension's) is left to flexmark's renderer: both give null.
 */
final class MarkdownHtml {
    private final HtmlRendererOptions html;
    private final ListOptions lists;
    private final DataHolder options;
    private final ReferenceRepository references;
    private final FootnoteRepository footnotes;
    private final StringBuilder out;
    /** The post's permalink, which links are made absolute against, in the feed form; null in flexmark's. */
    private final URI base;
    /** The absolute URLs of media sources, in the feed form (see {@link FeedHtml#of(String, URI, String, Function)}). */
    private final Function<String, String> media;
    /** The post's language, which the links that replace embeds are worded in, in the feed form. */
    private final String language;
    /** How many characters at the start of the output were carried over from another writer's ({@link #MarkdownHtml(MarkdownHtml)}). */
    private final int carried;
    /** How many links the node being written is inside. */
    private int inLinks;

    private MarkdownHtml(Document document, HtmlRendererOptions html, URI base, String language, Function<String, String> media) {
        this.html = html;
        this.base = base;
        this.language = language;
        this.media = media;
        this.lists = ListOptions.get(document);
        this.options = document;
        this.references = Parser.REFERENCES.get(document);
        this.footnotes = FootnoteExtension.FOOTNOTES.get(document);
        this.out = new StringBuilder(document.getChars().length() + document.getChars().length() / 4);
        this.carried = 0;
    }

    /**
     * A writer of {@code feed}'s document in flexmark's form, for a part of it that follows what {@code feed} has
     * written: its output starts with the last character of that, so that it breaks lines and trims their starts as
     * the whole document's would there ({@link #part()} leaves that character out).
     */
    private MarkdownHtml(MarkdownHtml feed) {
        this.html = feed.html;
        this.base = null;
        this.language = null;
        this.media = null;
        this.lists = feed.lists;
        this.options = feed.options;
        this.references = feed.references;
        this.footnotes = feed.footnotes;
        this.out = new StringBuilder(256);
        if (!feed.out.isEmpty()) out.append(feed.out.charAt(feed.out.length() - 1));
        this.carried = out.length();
    }

    /** What a writer made by {@link #MarkdownHtml(MarkdownHtml)} wrote. */
    private String part() {
        return out.substring(carried);
    }

    /** A node this writer has no rule for (or, in the feed form, one only an HTML parser can clean). */
    private static final class UnknownNode extends RuntimeException {
        UnknownNode() {
            super(null, null, false, false);
        }
    }

    /** The HTML of {@code document} as flexmark renders it with {@code html}'s options; null when it holds a node this class does not write. */
    static String of(Document document, HtmlRendererOptions html) {
        return new MarkdownHtml(document, html, null, null, null).write(document);
    }

    /**
     * The feed HTML of {@code document}, as {@link FeedHtml#of(String, URI, String, Function)} makes it from {@link
     * #of}'s HTML with {@code base}, {@code language} and {@code media}; null when the post holds what {@link #of}
     * does not write. Only the blocks that an HTML parser must clean (raw HTML other than line breaks, a link inside a
     * link) go through one, each on its own, or with every block after it when it leaves an element open.
     */
    static String feed(Document document, HtmlRendererOptions html, URI base, String language, Function<String, String> media) {
        if (!"\n".equals(html.softBreak) || !"<br />\n".equals(html.hardBreak) || !html.unescapeHtmlEntities) return null;
        String written = new MarkdownHtml(document, html, base, language, media).writeFeed(document);
        return written == null ? null : HtmlText.xmlSafe(written);
    }

    /**
     * The feed form of the document, one top-level block at a time (the footnotes last): a block is written straight,
     * or in flexmark's form and cleaned by {@link FeedHtml#ofPart}; when that finds an element left open, the block
     * and all after it are cleaned together, as the whole post would be. Null when flexmark's form cannot be written,
     * or when the rest holds frames ({@link FeedHtml#holdsFrames}): then only the whole post can be cleaned.
     */
    private String writeFeed(Document document) {
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) blocks.add(block);
        try {
            footnotes.resolveFootnoteOrdinals();
            for (int i = 0; i <= blocks.size(); i++) {
                int start = out.length();
                try {
                    writePart(blocks, i);
                    continue;
                } catch (UnknownNode e) {
                    out.setLength(start);
                    inLinks = 0;
                }
                MarkdownHtml flexmarkForm = new MarkdownHtml(this);
                flexmarkForm.writePart(blocks, i);
                String part = FeedHtml.ofPart(flexmarkForm.part(), base, language, media);
                if (part == null) {
                    for (int rest = i + 1; rest <= blocks.size(); rest++) flexmarkForm.writePart(blocks, rest);
                    flexmarkForm.line();
                    String rest = flexmarkForm.part();
                    if (FeedHtml.holdsFrames(rest)) return null;
                    out.append(FeedHtml.of(rest, base, language, media));
                    return out.toString();
                }
                out.append(part);
            }
        } catch (UnknownNode e) {
            return null;
        }
        line();
        return out.toString();
    }

    /** The {@code i}th of the document's top-level blocks; after the last, the list of footnotes. */
    private void writePart(List<Node> blocks, int i) {
        if (i < blocks.size()) node(blocks.get(i));
        else footnoteList();
    }

    private String write(Document document) {
        try {
            footnotes.resolveFootnoteOrdinals();
            children(document);
            footnoteList();
        } catch (UnknownNode e) {
            return null;
        }
        line(); // flexmark's renderer ends the last line, as of a comment that runs to the end of the post
        return out.toString();
    }

    private boolean feedForm() {
        return base != null;
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) node(child);
    }

    private void node(Node node) {
        if (node instanceof Text) {
            text(textOf(node.getChars()));
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof SoftLineBreak) {
            out.append(html.softBreak);
        } else if (node instanceof TextBase) {
            children(node);
        } else if (node instanceof Code) {
            tag("code");
            text(Escaping.collapseWhitespace(((Code) node).getText(), true));
            close("code");
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof Link link) {
            if (suppressed(link.getUrl())) {
                children(node);
                return;
            }
            attributes("a", "href", link.getUrl().unescape(), "title", titleOf(link.getTitle()));
            linked(node);
            close("a");
        } else if (node instanceof Image image) {
            if (!suppressed(image.getUrl())) image(image);
        } else if (node instanceof Heading heading) {
            line();
            inline("h" + heading.getLevel(), node);
            line();
        } else if (node instanceof HardLineBreak) {
            out.append(feedForm() ? "<br>\n" : html.hardBreak);
        } else if (node instanceof BulletList) {
            block("ul", node);
        } else if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            line();
            if (lists.isOrderedListManualStart() && start != 1) attributes("ol", "start", String.valueOf(start), null, null);
            else tag("ol");
            line();
            children(node);
            line();
            close("ol");
            line();
        } else if (node instanceof ListItem item) {
            line();
            tag("li");
            text(item.getMarkerSuffix().unescape());
            children(node);
            close("li");
            line();
        } else if (node instanceof FencedCodeBlock code) {
            fencedCode(code);
        } else if (node instanceof IndentedCodeBlock code) {
            line();
            out.append("<pre>");
            codeTag(html.noLanguageClass.trim());
            preformatted(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            out.append("</code></pre>");
            if (html.htmlBlockCloseTagEol) line();
        } else if (node instanceof BlockQuote) {
            block("blockquote", node);
        } else if (node instanceof ThematicBreak) {
            line();
            voidTag("hr");
            line();
        } else if (node instanceof HtmlBlock block) {
            htmlBlock(block);
        } else if (node instanceof HtmlCommentBlock) {
            raw(node.getChars().normalizeEOL());
        } else if (node instanceof HtmlInlineBase) {
            raw(node.getChars().normalizeEOL());
        } else if (node instanceof HtmlEntity) {
            if (html.unescapeHtmlEntities) text(node.getChars().unescape());
            else raw(node.getChars().unescapeNoEntities());
        } else if (node instanceof AutoLink link) {
            autoLink(link);
        } else if (node instanceof MailLink link) {
            String text = link.getText().unescape();
            if (suppressed(link.getUrl())) {
                text(text);
                return;
            }
            attributes("a", "href", "mailto:" + text, null, null);
            linkedText(text);
            close("a");
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node instanceof ImageRef ref) {
            imageRef(ref);
        } else if (node instanceof Reference) {
            // a link reference definition shows nothing where it stands
        } else if (node instanceof Strikethrough) {
            inline("del", node);
        } else if (node instanceof TableBlock) {
            block("table", node);
            line();
        } else if (node instanceof TableHead) {
            lineBlock("thead", node);
        } else if (node instanceof TableBody) {
            lineBlock("tbody", node);
        } else if (node instanceof TableRow) {
            lineBlock("tr", node);
        } else if (node instanceof TableCaption) {
            lineBlock("caption", node);
        } else if (node instanceof TableCell cell) {
            String tag = cell.isHeader() ? "th" : "td";
            if (cell.getAlignment() != null) attributes(tag, "align", cell.getAlignment().name().toLowerCase(Locale.ROOT), null, null);
            else tag(tag);
            children(node);
            close(tag);
        } else if (node instanceof Footnote footnote) {
            footnote(footnote);
        } else if (node instanceof FootnoteBlock) {
            // a footnote's text is written in the list at the end
        } else if (node instanceof TableSeparator) {
            // the row of dashes under a table's head shows nothing
        } else {
            throw new UnknownNode();
        }
    }

    private void paragraph(Paragraph paragraph) {
        if (!paragraph.hasChildren()) return;
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, lists, options)) {
            children(paragraph);
            return;
        }
        line();
        inline("p", paragraph);
        line();
    }

    private void fencedCode(FencedCodeBlock code) {
        line();
        out.append("<pre>");
        BasedSequence info = code.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = code.getInfoDelimitedByAny(html.languageDelimiterSet).unescape();
            codeTag(html.languageClassMap.getOrDefault(language, html.languageClassPrefix + language));
        } else {
            codeTag(html.noLanguageClass.trim());
        }
        preformatted(code.getContentChars().normalizeEOL());
        out.append("</code></pre>");
        if (html.htmlBlockCloseTagEol) line();
    }

    private void codeTag(String className) {
        if (className.isEmpty()) tag("code");
        else attributes("code", "class", className, null, null);
    }

    private void htmlBlock(HtmlBlock block) {
        if (block.hasChildren()) throw new UnknownNode(); // inner HTML blocks: flexmark's renderer knows them
        line();
        raw(block.getContentChars().normalizeEOL());
        if (html.htmlBlockCloseTagEol) line();
    }

    private void image(Image image) {
        String src = image.getUrl().unescape();
        if (!image.getUrlContent().isEmpty()) throw new UnknownNode(); // a URL with content: flexmark's rule for it
        voidTag("img", src, new TextCollectingVisitor().collectAndGetText(image), titleOf(image.getTitle()));
    }

    private void autoLink(AutoLink link) {
        String text = link.getText().toString();
        if (suppressed(link.getUrl())) {
            text(text);
            return;
        }
        String href = text.startsWith("www.") ? html.autolinkWwwPrefix + text : text;
        attributes("a", "href", href, null, null);
        linkedText(text);
        close("a");
    }

    private void linkRef(LinkRef ref) {
        if (!ref.isDefined()) {
            if (!ref.hasChildren()) {
                text(ref.getChars().unescape());
            } else {
                text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children(ref);
                text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
            return;
        }
        Reference reference = ref.getReferenceNode(references);
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            children(ref);
            return;
        }
        attributes("a", "href", url, "title", titleOf(reference.getTitle()));
        linked(ref);
        close("a");
    }

    private void imageRef(ImageRef ref) {
        if (!ref.isDefined()) {
            text(ref.getChars().unescape());
            return;
        }
        Reference reference = ref.getReferenceNode(references);
        if (suppressed(reference.getUrl().unescape())) return;
        voidTag("img", reference.getUrl().unescape(), new TextCollectingVisitor().collectAndGetText(ref), titleOf(reference.getTitle()));
    }

    /** A reference to a footnote: its number, linked to the footnote; a reference to no footnote as it was written. */
    private void footnote(Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            out.append("[^");
            children(footnote);
            out.append(']');
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        int reference = footnote.getReferenceOrdinal();
        attributes("sup", "id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference), null, null);
        String linkClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        attributes("a", "class", linkClass.isEmpty() ? null : linkClass, "href", "#fn-" + ordinal);
        enterLink();
        markupText(FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options) + ordinal + FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options));
        inLinks--;
        close("a");
        close("sup");
    }

    /** The footnotes the post refers to, numbered, each with links back to where it is referred to. */
    private void footnoteList() {
        if (footnotes.getReferencedFootnoteBlocks().isEmpty()) return;
        String backClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
        String back = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
        line();
        attributes("div", "class", "footnotes", null, null);
        line();
        voidTag("hr");
        line();
        tag("ol");
        line();
        for (FootnoteBlock block : footnotes.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            line();
            attributes("li", "id", "fn-" + ordinal, null, null);
            line();
            children(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) {
                line();
                attributes("a", "href", "#fnref-" + ordinal + (i == 0 ? "" : "-" + i), "class", backClass.isEmpty() ? null : backClass);
                markupText(back);
                close("a");
            }
            line();
            close("li");
            line();
        }
        line();
        close("ol");
        line();
        close("div");
        line();
    }

    /** True for a URL flexmark's renderer writes no link for (by default a {@code javascript:} one). */
    private boolean suppressed(CharSequence url) {
        return html.suppressedLinks != null && html.suppressedLinks.matcher(url).matches();
    }

    private static String titleOf(BasedSequence title) {
        return title.isNotNull() ? title.unescape() : null;
    }

    /** A line break unless the output is at the start of a line (or of the document). */
    private void line() {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') out.append('\n');
    }

    private void inline(String tag, Node node) {
        tag(tag);
        children(node);
        close(tag);
    }

    /** A block whose children stand on lines of their own: the tag on a line, its children, its end on a line. */
    private void block(String tag, Node node) {
        line();
        tag(tag);
        line();
        children(node);
        line();
        close(tag);
        line();
    }

    /** A tag that starts and ends a line, with its children between. */
    private void lineBlock(String tag, Node node) {
        line();
        tag(tag);
        children(node);
        close(tag);
        line();
    }

    private void tag(String name) {
        out.append('<').append(name).append('>');
    }

    private void close(String name) {
        out.append("</").append(name).append('>');
    }

    /** An opening tag with up to two attributes; a null value leaves its attribute out. */
    private void attributes(String tag, String name, String value, String name2, String value2) {
        out.append('<').append(tag);
        attribute(tag, name, value);
        attribute(tag, name2, value2);
        out.append('>');
    }

    private void voidTag(String tag, String src, String alt, String title) {
        out.append('<').append(tag);
        attribute(tag, "src", src);
        attribute(tag, "alt", alt);
        attribute(tag, "title", title);
        out.append(feedForm() ? ">" : " />");
    }

    private void voidTag(String tag) {
        out.append('<').append(tag).append(feedForm() ? ">" : " />");
    }

    /**
     * An attribute of a {@code tag}; a null value leaves it out. In the feed form, the value an HTML parser reads from
     * flexmark's (which keeps the entities in it), kept, dropped or made absolute by {@link FeedHtml#kept}.
     */
    private void attribute(String tag, String name, String value) {
        if (value == null) return;
        String written = Escaping.escapeHtml(value, true);
        if (feedForm()) {
            String read = decoded(written, true);
            if (!HtmlText.xmlSafe(read).equals(read)) throw new UnknownNode(); // characters a feed cannot hold: the parser's way
            String kept = FeedHtml.kept(tag, name, read, base, media);
            if (kept == null) return;
            out.append(' ').append(name).append("=\"");
            escape(kept, false, true);
            out.append('"');
            return;
        }
        out.append(' ').append(name).append("=\"").append(written).append('"');
    }

    /** Raw HTML of nothing but line breaks ({@code <br>}, {@code <br/>}, {@code <BR />}) and the white space between them. */
    private static final Pattern LINE_BREAKS_ONLY = Pattern.compile("(?:[ \t\n]*<[bB][rR][ \t\n]*/?>)+[ \t\n]*");
    private static final Pattern LINE_BREAK = Pattern.compile("<[bB][rR][ \t\n]*/?>");

    /**
     * HTML that only an HTML parser can clean for feeds: written as it is; in the feed form, not at all, but for line
     * breaks alone, which a parser writes back as {@code <br>} with the white space around them as it was (14 of the
     * corpus's 61 posts with raw HTML have no other).
     */
    private void raw(CharSequence markup) {
        if (feedForm()) {
            if (!LINE_BREAKS_ONLY.matcher(markup).matches()) throw new UnknownNode();
            out.append(LINE_BREAK.matcher(markup).replaceAll("<br>"));
            return;
        }
        out.append(markup);
    }

    /** An option's markup of text alone (a footnote's back link, "&#8617;"): in the feed form, the text it stands for. */
    private void markupText(String markup) {
        if (feedForm()) escape(decoded(markup, false), false, false);
        else out.append(markup);
    }

    /**
     * A run of text as flexmark's renderer writes it ({@code Escaping.normalizeEOL(chars.unescape())}): its entities
     * and backslash escapes decoded, its line ends made "\n". A run that is a part of the post's string is cut from
     * it whole, and decoded only when it holds something to decode: most runs hold nothing.
     */
    private static String textOf(BasedSequence chars) {
        String text = Markdown.stringOf(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) text = Escaping.unescapeString(text);
        return text.indexOf('\r') >= 0 ? Escaping.normalizeEOL(text) : text;
    }

    /** The text an HTML parser reads from {@code markup} (its entities decoded), in an attribute's value or not. */
    private static String decoded(String markup, boolean inAttribute) {
        return org.jsoup.parser.Parser.unescapeEntities(markup, inAttribute);
    }

    /** Marks the start of a link's text; a link inside a link (which an HTML parser takes apart) is not written in the feed form. */
    private void enterLink() {
        if (inLinks > 0 && feedForm()) throw new UnknownNode();
        inLinks++;
    }

    /** The children of a link. */
    private void linked(Node link) {
        enterLink();
        children(link);
        inLinks--;
    }

    /** The text of a link. */
    private void linkedText(String text) {
        enterLink();
        text(text);
        inLinks--;
    }

    /** Text, escaped, without the spaces and tabs that would start a line (flexmark's renderer trims them). */
    private void text(CharSequence text) {
        escape(text, true, false);
    }

    /** The text of a code block: escaped, every space kept. */
    private void preformatted(CharSequence text) {
        escape(text, false, false);
    }

    /**
     * Appends {@code s} with the characters HTML text cannot hold escaped: as flexmark's renderer escapes them, or in
     * the feed form as jsoup writes text and attribute values (with {@code &#xa0;} for a no-break space).
     */
    private void escape(CharSequence s, boolean trimLineStarts, boolean attributeValue) {
        int n = s.length();
        boolean lineStart = trimLineStarts && (out.length() == 0 || out.charAt(out.length() - 1) == '\n');
        int run = 0; // where the characters not yet appended start: none of them is escaped
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (lineStart) {
                if (c == ' ' || c == '\t') {
                    out.append(s, run, i);
                    run = i + 1;
                    continue;
                }
                lineStart = false;
            }
            String escaped;
            switch (c) {
                case '\n' -> {
                    lineStart = trimLineStarts;
                    continue;
                }
                case '&' -> escaped = "&amp;";
                case '<' -> escaped = "&lt;";
                case '>' -> escaped = "&gt;";
                case '"' -> {
                    if (feedForm() && !attributeValue) continue;
                    escaped = "&quot;";
                }
                case '\u00a0' -> {
                    if (!feedForm()) continue;
                    escaped = "&#xa0;";
                }
                default -> {
                    continue;
                }
            }
            out.append(s, run, i).append(escaped);
            run = i + 1;
        }
        out.append(s, run, n);
    }
}
