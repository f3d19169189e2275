package dev.feedcard.render;

import java.util.Locale;
import java.util.Map;

/**
 * The words feedcard writes into a post's feed HTML where an embed stood, in the post's language: English, Japanese,
 * Spanish, French and German, and English for any other language.
 *
 * @param watchVideo the link to a video's page; {@code %s} is the site (YouTube, Vimeo)
 * @param openEmbed the link to an embedded page that has no title; {@code %s} is its address
 * @param youTubeVideo the thumbnail's alt text when the embed has no title of its own
 */
record EmbedWords(String watchVideo, String openEmbed, String youTubeVideo) {
    static final EmbedWords ENGLISH = new EmbedWords("Watch the video on %s", "Open the embedded content: %s", "YouTube video");

    private static final Map<String, EmbedWords> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "ja", new EmbedWords("%sで動画を見る", "埋め込まれたコンテンツを開く：%s", "YouTube の動画"),
            "es", new EmbedWords("Ver el vídeo en %s", "Abrir el contenido insertado: %s", "Vídeo de YouTube"),
            "fr", new EmbedWords("Regarder la vidéo sur %s", "Ouvrir le contenu intégré : %s", "Vidéo YouTube"),
            "de", new EmbedWords("Video auf %s ansehen", "Eingebetteten Inhalt öffnen: %s", "YouTube-Video"));

    /** The words of {@code language} (a code such as "ja" or "pt-BR", by its first part); English for any other or null. */
    static EmbedWords of(String language) {
        if (language == null) return ENGLISH;
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return BY_LANGUAGE.getOrDefault(primary, ENGLISH);
    }
}
