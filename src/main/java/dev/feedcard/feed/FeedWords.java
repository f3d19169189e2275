package dev.feedcard.feed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words feedcard writes into the feeds and the page a browser shows them as ({@link FeedStylesheet}), by
 * language: English, Japanese, Spanish, French and German; English for any other language.
 *
 * @param badge the page's badge, naming the format through {@code %s} ("Atom feed")
 * @param tagged a tag feed's description: {@code %1$s} is the tag, {@code %2$s} the site's title
 */
record FeedWords(String badge, String heading, String explanation, String label, String latest, String none, String website,
                 String tagged) {
    /** By language code, English first. */
    static final Map<String, FeedWords> ALL = all();

    /** The words of {@code language} (a code such as "de" or "pt-BR", by its first part); English for any other or null. */
    static FeedWords of(String language) {
        if (language == null) return ALL.get("en");
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return ALL.getOrDefault(primary, ALL.get("en"));
    }

    private static Map<String, FeedWords> all() {
        Map<String, FeedWords> words = new LinkedHashMap<>();
        words.put("en", new FeedWords("%s feed", "This is a web feed",
                "A feed lets you follow this site without visiting it: copy the address below into a feed reader (such as "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird or Miniflux), and new posts arrive there as they are published.",
                "Copy this address into your reader:", "Latest entries", "No entries yet.", "Website: ",
                "Posts tagged \u201c%1$s\u201d on %2$s"));
        words.put("ja", new FeedWords("%s フィード", "これはフィードです",
                "フィードを使うと、このサイトを訪れなくても新しい記事を受け取れます。下のアドレスをフィードリーダー（NetNewsWire、Feedly、"
                        + "Inoreader、Thunderbird、Miniflux など）に登録すると、記事が公開されるたびに届きます。",
                "このアドレスをフィードリーダーにコピーしてください：", "最新の記事", "まだ記事はありません。", "ウェブサイト：",
                "%2$s の「%1$s」の記事"));
        words.put("es", new FeedWords("Feed %s", "Esto es un feed",
                "Un feed te permite seguir este sitio sin visitarlo: copia la dirección de abajo en un lector de feeds (como "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird o Miniflux) y las nuevas entradas llegarán allí en cuanto se publiquen.",
                "Copia esta dirección en tu lector:", "Últimas entradas", "Todavía no hay entradas.", "Sitio web: ",
                "Entradas con la etiqueta «%1$s» en %2$s"));
        words.put("fr", new FeedWords("Flux %s", "Ceci est un flux",
                "Un flux permet de suivre ce site sans le visiter : copiez l’adresse ci-dessous dans un lecteur de flux (comme "
                        + "NetNewsWire, Feedly, Inoreader, Thunderbird ou Miniflux) et les nouveaux articles y arriveront dès leur publication.",
                "Copiez cette adresse dans votre lecteur :", "Derniers articles", "Pas encore d’articles.", "Site web : ",
                "Articles avec l’étiquette « %1$s » sur %2$s"));
        words.put("de", new FeedWords("%s-Feed", "Dies ist ein Feed",
                "Mit einem Feed folgen Sie dieser Website, ohne sie zu besuchen: Kopieren Sie die Adresse unten in einen Feedreader "
                        + "(etwa NetNewsWire, Feedly, Inoreader, Thunderbird oder Miniflux), und neue Beiträge kommen dort an, sobald sie erscheinen.",
                "Kopieren Sie diese Adresse in Ihren Feedreader:", "Neueste Beiträge", "Noch keine Beiträge.", "Website: ",
                "Beiträge mit dem Schlagwort „%1$s“ auf %2$s"));
        return Collections.unmodifiableMap(words);
    }
}
