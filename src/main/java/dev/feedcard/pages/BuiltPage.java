package dev.feedcard.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built HTML page read for editing: its text decoded strictly as UTF-8 (a byte order mark kept aside), and
 * jsoup's parse of it with source positions, so that edits can be spliced into the original text instead of
 * re-serialising the document.
 */
final class BuiltPage {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern HEAD_END = Pattern.compile("</head[\\s>]|<body[\\s/>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

    private final boolean bom;
    private final String text;
    private final Document document;

    private BuiltPage(boolean bom, String text) {
        this.bom = bom;
        this.text = text;
        this.document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** Reads a page's bytes; refuses what is not an HTML page in UTF-8 with an html or head element. */
    static BuiltPage read(byte[] bytes) throws UnusablePageException {
        if (startsWith(bytes, new byte[]{(byte) 0xFE, (byte) 0xFF}) || startsWith(bytes, new byte[]{(byte) 0xFF, (byte) 0xFE})) {
            throw new UnusablePageException("it is UTF-16 text, not UTF-8");
        }
        for (byte b : bytes) {
            if (b == 0) throw new UnusablePageException("it holds NUL bytes: a binary file, not an HTML page");
        }
        boolean bom = startsWith(bytes, UTF8_BOM);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnusablePageException("it is not UTF-8 text");
        }
        BuiltPage page = new BuiltPage(bom, text);
        page.requireUtf8Declaration();
        if (!page.explicit(page.html()) && !page.explicit(page.head())) {
            throw new UnusablePageException("it has neither an <html> nor a <head> element to put the tags in");
        }
        return page;
    }

    /** The same page with its text changed (the byte order mark kept). */
    BuiltPage withText(String newText) {
        return new BuiltPage(bom, newText);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private void requireUtf8Declaration() throws UnusablePageException {
        for (Element meta : document.select("meta[charset], meta[http-equiv]")) {
            String declared = meta.hasAttr("charset") ? meta.attr("charset").strip() : null;
            if (declared == null && "content-type".equalsIgnoreCase(meta.attr("http-equiv").strip())) {
                Matcher m = CHARSET.matcher(meta.attr("content"));
                if (m.find()) declared = m.group(1);
            }
            if (declared != null && !declared.isEmpty()) {
                String name = declared.toLowerCase(Locale.ROOT);
                if (!name.equals("utf-8") && !name.equals("utf8")) {
                    throw new UnusablePageException("it declares the charset " + declared + ", and feedcard only edits UTF-8 pages");
                }
            }
        }
    }

    String text() {
        return text;
    }

    Element html() {
        return document.selectFirst("html");
    }

    Element head() {
        return document.head();
    }

    /** True when the element's start tag is written in the page (not implied by the parser). */
    boolean explicit(Element element) {
        if (element == null) return false;
        Range r = element.sourceRange();
        return r.isTracked() && !r.isImplicit() && r.endPos() > r.startPos();
    }

    /** True when the element's end tag is written in the page. */
    boolean explicitEnd(Element element) {
        Range r = element.endSourceRange();
        return r.isTracked() && !r.isImplicit() && r.endPos() > r.startPos();
    }

    /**
     * The meta and link elements and JSON-LD scripts of the page's head with their place in the text (a script's
     * from its start tag to the end of its end tag): those the parser put in the
     * head, and those written before the head's end ({@code </head>}, else {@code <body>}) that a stray element
     * pushed into the body. A tag written in the body stays the body's; inert or foreign content (template, svg,
     * math) is never counted.
     */
    List<SourceTag> tags() {
        List<SourceTag> tags = new ArrayList<>();
        int headEnd = headEnd();
        for (Element e : document.select("meta, link, script")) {
            boolean script = e.normalName().equals("script");
            if (!explicit(e) || insideInertContent(e)) continue;
            if (script && (!TagKeys.isJsonLd(e.attr("type")) || !explicitEnd(e))) continue;
            int start = e.sourceRange().startPos();
            if (!insideHead(e) && start >= headEnd) continue;
            int end = script ? e.endSourceRange().endPos() : e.sourceRange().endPos();
            if (text.charAt(start) != '<' || text.charAt(end - 1) != '>') continue;
            tags.add(new SourceTag(e, start, end, TagKeys.of(e)));
        }
        return tags;
    }

    /**
     * Where the head ends in the text: at its first {@code </head>} or {@code <body>} tag, even one the parser
     * dropped (a stray element had already closed the head); 0 when neither is written.
     */
    private int headEnd() {
        Matcher m = HEAD_END.matcher(text);
        List<Node> nodes = m.find() ? document.nodeStream().toList() : List.of();
        for (boolean found = !nodes.isEmpty(); found; found = m.find()) {
            if (!insideOtherNode(nodes, m.start())) return m.start();
        }
        return 0;
    }

    /** Whether {@code pos} lies in text, a comment, script or style content, or inside another tag's attributes. */
    private static boolean insideOtherNode(List<Node> nodes, int pos) {
        for (Node node : nodes) {
            Range r = node.sourceRange();
            if (!r.isTracked() || r.isImplicit()) continue;
            boolean inside = node instanceof Element ? r.startPos() < pos && pos < r.endPos() : r.startPos() <= pos && pos < r.endPos();
            if (inside) return true;
        }
        return false;
    }

    private boolean insideHead(Element e) {
        Element head = head();
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == head) return true;
        return false;
    }

    private static boolean insideInertContent(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String name = p.normalName();
            if (name.equals("template") || name.equals("svg") || name.equals("math")) return true;
        }
        return false;
    }

    byte[] bytes(String newText) {
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] out = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
