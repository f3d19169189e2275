package dev.feedcard.content;

import dev.feedcard.cache.FileStamp;

import java.nio.file.Path;

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
}
