package dev.feedcard.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolink extension (bare URLs, www. addresses and e-mail addresses become links), handing it only the
 * text that can hold one. The extension unescapes and scans every run of text of a post, most of which has no link
 * (two fifths of parsing a post, in the quick JIT feedcard runs in); a run without "://" (the extension's URL scanner
 * links a scheme only before "//"), '@', "www." or an entity ('&') cannot become a link, and is passed over. The
 * extension looks at a run with its backslash escapes undone, which only takes backslashes out of it; so a run with
 * a backslash is passed over too when it has none of those once every backslash is taken out (the formulas of a
 * post, written between dollar signs, are full of backslashes).
 */
final class QuickAutolinks implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new Factory());
    }

    /**
     * True when {@code run} has what any autolink needs: a scheme's "://", an e-mail's '@', "www.", or an entity that
     * may stand for one of their characters; looked at with its backslashes taken out. Read as a String ({@link
     * Markdown#stringOf}).
     */
    static boolean mayHoldLink(CharSequence run) {
        String text = run instanceof BasedSequence chars ? Markdown.stringOf(chars) : run.toString();
        if (text.indexOf('\\') >= 0) text = text.replace("\\", "");
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '@', '&' -> {
                    return true;
                }
                case ':' -> {
                    if (i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
                }
                case '.' -> {
                    if (i >= 3 && isW(text.charAt(i - 3)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 1))) return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /**
     * Hands the extension each run of text that may hold a link, in the order of the post, as flexmark's
     * post-processing hands it every node of the class Text there was before the first was processed. flexmark
     * first sorts every node of the post by its class and its ancestors for an extension that asks for nodes of a
     * kind: a twentieth of parsing, which a walk down the tree saves.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    List<Node> runs = new ArrayList<>();
                    collectRuns(document, runs);
                    for (Node run : runs) {
                        if (run.getParent() != null) autolinks.process(UNTRACKED, run); // null: taken out of the tree meanwhile
                    }
                    return document;
                }
            };
        }
    }

    /** Adds the runs of text below {@code parent} that may hold a link to {@code runs}, in the order of the post. */
    private static void collectRuns(Node parent, List<Node> runs) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getClass() == Text.class && mayHoldLink(child.getChars())) runs.add(child);
            if (child.hasChildren()) collectRuns(child, runs);
        }
    }

    /** What the extension adds and removes is tracked for other post-processors; there are none. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
