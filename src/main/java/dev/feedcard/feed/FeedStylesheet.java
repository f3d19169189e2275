package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * {@value #FILE}: the CSS that makes a browser show {@code atom.xml} and {@code rss.xml} as a readable page (what a
 * feed is, the address to copy into a reader, the entries' titles, dates and summaries), in the feed's language. One
 * stylesheet serves both formats and every language; no XSLT, which browsers are removing.
 */
public final class FeedStylesheet {
    public static final String FILE = OutputLayout.FEED_STYLESHEET;

    /** Where each of the words goes: after the Atom feed's selector, after the RSS channel's. */
    private record Place(String atom, String rss, Function<FeedWords, String> word) {
    }

    private static final List<Place> PLACES = List.of(
            new Place(" > atom|generator::before", " > generator::before", FeedWords::heading),
            new Place(" > atom|generator::after", " > generator::after", FeedWords::explanation),
            new Place(" > atom|id::before", " > atom|link[rel=\"self\"]::before", FeedWords::label),
            new Place(" > atom|updated::before", " > lastBuildDate::before", FeedWords::latest),
            new Place(":not(:has(> atom|entry)) > atom|updated::after", ":not(:has(> item)) > lastBuildDate::after", FeedWords::none),
            new Place(" > atom|link[rel=\"alternate\"]::before", " > |link::before", FeedWords::website));

    private FeedStylesheet() {
    }

    /**
     * The stylesheet's address as a feed at {@code feedPath} (a path in the output folder, "tags/x/atom.xml") names it:
     * relative to the feed ("feed.css", "../../feed.css"), so that it works on any host that serves the output folder
     * (the site, below a folder or not, a preview server, a staging host) and for a feed opened as a file.
     */
    public static String href(String feedPath) {
        return "../".repeat((int) feedPath.chars().filter(c -> c == '/').count()) + FILE;
    }

    /** The layout of {@code feed.css}, then its words: English for every feed, then each other language's by {@code :lang()}. */
    public static byte[] bytes() {
        StringBuilder css = new StringBuilder(layout());
        css.append("\n/* The words the page shows, in the feed's language. */\n");
        FeedWords.ALL.forEach((language, words) -> rules(css, language.equals("en") ? "" : ":lang(" + language + ")", words));
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rules(StringBuilder css, String language, FeedWords words) {
        String atom = "atom|feed" + language;
        String rss = "rss > channel" + language;
        css.append(atom).append("::before { content: ").append(string(words.badge().formatted("Atom"))).append("; }\n");
        css.append(rss).append("::before { content: ").append(string(words.badge().formatted("RSS"))).append("; }\n");
        for (Place place : PLACES) {
            css.append(atom).append(place.atom()).append(", ").append(rss).append(place.rss())
                    .append(" { content: ").append(string(place.word().apply(words))).append("; }\n");
        }
    }

    /** A CSS string holding the text. */
    private static String string(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String layout() {
        try (InputStream in = FeedStylesheet.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from feedcard's jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
