package dev.feedcard.render;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/** CommonMark with GFM tables, strikethrough and autolinks; raw HTML is kept. Safe to share between threads. */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** CommonMark with feedcard's own quick autolinks. */
    public Markdown() {
        this(new QuickAutolinks());
    }

    /** With another extension for bare URLs and e-mail addresses (flexmark's own, to compare {@link QuickAutolinks} with). */
    Markdown(Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), autolinks));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // headings get no id attribute (RENDER_HEADER_ID is off), so making their ids is wasted: 2% of a cold build
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The document tree of {@code markdown}. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The HTML of a parsed document. */
    public String html(Document document) {
        return renderer.render(document);
    }
}
