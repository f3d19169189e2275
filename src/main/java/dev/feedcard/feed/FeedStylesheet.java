package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@value #FILE}: the CSS that makes a browser show {@code atom.xml} and {@code rss.xml} as a readable page (what a
 * feed is, the address to copy into a reader, the entries' titles, dates and summaries), in the feed's language. One
 * stylesheet serves both formats and every language; no XSLT, which browsers are removing.
 */
public final class FeedStylesheet {
    public static final String FILE = OutputLayout.FEED_STYLESHEET;

    /** The words the page shows; {@code badge} names the format through {@code %s} ("Atom feed"). */
    record Words(String badge, String heading, String explanation, String label, String latest, String none, String website) {
    }

    /** By language; a feed in any other language gets English. */
    static final Map<String, Words> WORDS = words();

    /** Where each of the words goes: after the Atom feed's selector, after the RSS channel's. */
    private record Place(String atom, String rss, Function<Words, String> word) {
    }

    private static final List<Place> PLACES = List.of(
            new Place(" > atom|generator::before", " > generator::before", Words::heading),
            new Place(" > atom|generator::after", " > generator::after", Words::explanation),
            new Place(" > atom|id::before", " > atom|link[rel=\"self\"]::before", Words::label),
            new Place(" > atom|updated::before", " > lastBuildDate::before", Words::latest),
            new Place(":not(:has(> atom|entry)) > atom|updated::after", ":not(:has(> item)) > lastBuildDate::after", Words::none),
            new Place(" > atom|link[rel=\"alternate\"]::before", " > |link::before", Words::website));

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
        WORDS.forEach((language, words) -> rules(css, language.equals("en") ? "" : ":lang(" + language + ")", words));
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rules(StringBuilder css, String language, Words words) {
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

    private static Map<String, Words> words() {
        Map<String, Words> words = new LinkedHashMap<>();
        words.put("en", new Words("%s feed", "This is a web feed",
                "A feed lets you follow this site without visiting it: copy the address below into a feed reader (such as "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird or Miniflux), and new posts arrive there as they are published.",
                "Copy this address into your reader:", "Latest entries", "No entries yet.", "Website: "));
        words.put("ja", new Words("%s フィード", "これはフィードです",
                "フィードを使うと、このサイトを訪れなくても新しい記事を受け取れます。下のアドレスをフィードリーダー（NetNewsWire、Feedly、"
                        + "Inoreader、Thunderbird、Miniflux など）に登録すると、記事が公開されるたびに届きます。",
                "このアドレスをフィードリーダーにコピーしてください：", "最新の記事", "まだ記事はありません。", "ウェブサイト："));
        words.put("es", new Words("Feed %s", "Esto es un feed",
                "Un feed te permite seguir este sitio sin visitarlo: copia la dirección de abajo en un lector de feeds (como "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird o Miniflux) y las nuevas entradas llegarán allí en cuanto se publiquen.",
                "Copia esta dirección en tu lector:", "Últimas entradas", "Todavía no hay entradas.", "Sitio web: "));
        words.put("fr", new Words("Flux %s", "Ceci est un flux",
                "Un flux permet de suivre ce site sans le visiter : copiez l’adresse ci-dessous dans un lecteur de flux (comme "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird ou Miniflux) et les nouveaux articles y arriveront dès leur publication.",
                "Copiez cette adresse dans votre lecteur :", "Derniers articles", "Pas encore d’articles.", "Site web : "));
        words.put("de", new Words("%s-Feed", "Dies ist ein Feed",
                "Mit einem Feed folgen Sie dieser Website, ohne sie zu besuchen: Kopieren Sie die Adresse unten in einen Feedreader "
                        + "(etwa NetNewsWire, Feedly, Inoreader, Thunderbird oder Miniflux), und neue Beiträge kommen dort an, sobald sie erscheinen.",
                "Kopieren Sie diese Adresse in Ihren Feedreader:", "Neueste Beiträge", "Noch keine Beiträge.", "Website: "));
        return Collections.unmodifiableMap(words);
    }
}
