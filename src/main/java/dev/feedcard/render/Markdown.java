package dev.feedcard.render;

import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CommonMark with GFM tables, strikethrough, autolinks and footnotes; raw HTML is kept. A bare e-mail address becomes
 * a link only where it stands on its own (not "pass@1" inside Japanese text). Safe to share between threads.
 */
public final class Markdown {
    /** An e-mail address as people write one: ASCII, a domain with a dot and a top-level name of letters. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private final DataHolder options;
    private final Parser parser;
    /** The same parser without the tables extension, for text without a '|', which no table is without. */
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;
    private final HtmlRendererOptions htmlOptions;

    /** CommonMark with feedcard's own quick autolinks. */
    public Markdown() {
        this(new QuickAutolinks());
    }

    /** With another extension for bare URLs and e-mail addresses (flexmark's own, to compare {@link QuickAutolinks} with). */
    Markdown(Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> withoutTables = List.of(StrikethroughExtension.create(), autolinks, FootnoteExtension.create());
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create()));
        extensions.addAll(withoutTables);
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // headings get no id attribute (RENDER_HEADER_ID is off), so making their ids is wasted: 2% of a cold build
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.options = options.toImmutable();
        this.parser = InlineMatches.parser(options).build();
        // the tables extension looks at every paragraph for a table: a tenth of parsing the corpus, which 71 of 111 posts can skip
        this.parserWithoutTables = InlineMatches.parser(new MutableDataSet(options).set(Parser.EXTENSIONS, withoutTables)).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.htmlOptions = new HtmlRendererOptions(options);
    }

    /** The document tree of {@code markdown}. */
    public Document parse(String markdown) {
        return parse(markdown.indexOf('|') < 0 ? parserWithoutTables : parser, markdown);
    }

    /** The document tree of {@code markdown} as flexmark's own parser makes it, every extension on, to compare {@link #parse} with. */
    Document parseAsFlexmarkDoes(String markdown) {
        return parse(Parser.builder(options).build(), markdown);
    }

    private static Document parse(Parser parser, String markdown) {
        Document document = parser.parse(markdown);
        if (markdown.indexOf('@') >= 0) unlinkAddressesInWords(document);
        return document;
    }

    /**
     * A run of a post's text as a String: cut from the post's string whole where it is one part of it (most runs
     * are), else copied; a flexmark sequence reads each character through an interface call the quick compiler does
     * not inline.
     */
    static String stringOf(BasedSequence chars) {
        return chars instanceof SubSequence && chars.getBase() instanceof String post
                ? post.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
    }

    /**
     * Turns back into text the e-mail links that autolinking found where no address stands on its own: text that is
     * not an address as a whole, or one joined to the letters or digits around it. An address written as
     * {@code <jane@example.com>} is always a link.
     */
    private static void unlinkAddressesInWords(Document document) {
        List<MailLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) if (node instanceof MailLink link) links.add(link);
        for (MailLink link : links) {
            BasedSequence chars = link.getChars();
            if (chars.startsWith("<") || standsAlone(chars)) continue;
            link.insertBefore(new Text(chars));
            link.unlink();
        }
    }

    private static boolean standsAlone(BasedSequence address) {
        BasedSequence all = address.getBaseSequence();
        int before = address.getStartOffset() - 1;
        int after = address.getEndOffset();
        return ADDRESS.matcher(address).matches()
                && (before < 0 || !Character.isLetterOrDigit(all.charAt(before)))
                && (after >= all.length() || !Character.isLetterOrDigit(all.charAt(after)));
    }

    /**
     * The HTML of a parsed document, as flexmark's renderer writes it: by {@link MarkdownHtml} when it knows every
     * node of the document, else by flexmark's renderer.
     */
    public String html(Document document) {
        String html = MarkdownHtml.of(document, htmlOptions);
        return html != null ? html : flexmarkHtml(document);
    }

    /**
     * The feed HTML of a parsed document, as {@link FeedHtml#of(String, URI, String, Function)} makes it from {@link
     * #html}: written straight from the tree, with only the blocks that hold raw HTML cleaned by an HTML parser ({@link
     * MarkdownHtml#feed}); for a tree with a node of another extension, flexmark's HTML cleaned by an HTML parser.
     */
    public String feedHtml(Document document, URI base, String language, Function<String, String> media) {
        String direct = MarkdownHtml.feed(document, htmlOptions, base, language, media);
        return direct != null ? direct : FeedHtml.of(html(document), base, language, media);
    }

    /** The HTML of a parsed document, written by flexmark's own renderer. */
    String flexmarkHtml(Document document) {
        return renderer.render(document);
    }
}
