package dev.feedcard.content;

import dev.feedcard.cache.FileStamp;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file that holds a post, as found in the content folder, before it is read.
 *
 * @param path the file
 * @param name the file relative to the content folder, with '/' separators
 * @param slug the slug its name gives (folder name for index.md, file name otherwise, without a Jekyll date or a
 *             language code)
 * @param dateFromName the date in a Jekyll-style name (2024-05-01-slug.md), or null
 * @param languageFromPath the language a folder or file name gives (ja/…, index.ja.md, post.ja.md), or null
 * @param section the folders between the content folder and the post, '/'-separated, without a language folder and
 *                without the post's own folder; "" for a post directly in the content folder
 * @param stamp the file's size, times and identity when the content folder was listed, or null when not known
 */
public record PostFile(Path path, String name, String slug, String dateFromName, String languageFromPath, String section, FileStamp stamp) {

    /** A post file with no section and no recorded stamp. */
    public PostFile(Path path, String name, String slug, String dateFromName, String languageFromPath) {
        this(path, name, slug, dateFromName, languageFromPath, "", null);
    }

    /**
     * The file's name without its extension, without a Jekyll date (2024-05-01-a.md) and without what says it is in
     * {@code language}: a language folder at the top (ja/a.md), a language before the extension (a.ja.md,
     * index.ja.md), or one at the end of the name (a-ja.md, a_ja.md). A post and its translations laid out alike
     * share it (posts/a/index for posts/a/index.md and posts/a/index.ja.md; a for a.md, ja/2024-05-02-a.md and a-ja.md).
     *
     * @param language the post's language; a folder or file name that gives another is kept
     */
    public String nameWithoutLanguage(String language) {
        int slash = name.lastIndexOf('/');
        String folders = slash < 0 ? "" : name.substring(0, slash + 1);
        String stem = name.substring(slash + 1);
        int extension = stem.lastIndexOf('.');
        if (extension > 0) stem = stem.substring(0, extension);
        if (language.equals(languageFromPath)) {
            int dot = stem.lastIndexOf('.');
            if (dot > 0 && Languages.normalise(stem.substring(dot + 1)).equals(language)) {
                stem = stem.substring(0, dot);
            } else if (!folders.isEmpty() && Languages.normalise(folders.substring(0, folders.indexOf('/'))).equals(language)) {
                folders = folders.substring(folders.indexOf('/') + 1);
            }
        }
        if (dateFromName != null && stem.startsWith(dateFromName + "-")) stem = stem.substring(dateFromName.length() + 1);
        String lower = stem.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.length() > language.length() + 1 && lower.endsWith("-" + language)) {
            stem = stem.substring(0, stem.length() - language.length() - 1);
        }
        return folders + stem;
    }
}
