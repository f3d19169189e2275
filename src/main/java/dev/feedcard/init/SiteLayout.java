package dev.feedcard.init;

import java.util.List;

/**
 * What {@code feedcard init} found in a site's folder and will write into its feedcard.yml. Folders are relative to
 * the site's folder, with '/' separators.
 *
 * @param generator the generator the folder belongs to
 * @param evidence the files and folders that showed it ("hugo.toml", "content/")
 * @param content the folder of posts
 * @param posts how many posts feedcard finds there
 * @param staticFolders the folders the site serves from its root
 * @param out where the generator writes the built site, and feedcard its feeds and cards
 * @param siteUrl the site's URL from the generator's configuration, or null when it has none
 * @param siteUrlSource the file the URL was read from, or null
 * @param title the site's title from the generator's configuration, or null
 * @param language the site's language code, or null
 * @param timeZone the time zone from the generator's configuration, or null
 * @param permalink the path pattern of a post, in feedcard's placeholders
 * @param notes things the user should check, one sentence each
 */
public record SiteLayout(Generator generator, List<String> evidence, String content, int posts, List<String> staticFolders,
                         String out, String siteUrl, String siteUrlSource, String title, String language, String timeZone,
                         String permalink, List<String> notes) {

    public SiteLayout {
        evidence = List.copyOf(evidence);
        staticFolders = List.copyOf(staticFolders);
        notes = List.copyOf(notes);
    }
}
