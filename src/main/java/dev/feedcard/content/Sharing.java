package dev.feedcard.content;

/**
 * What a post's front matter says about it for the sharing platforms, beyond its title, dates and image.
 *
 * @param articleSection the section the post belongs to (article:section, JSON-LD articleSection), or "" for none
 * @param twitterCreator the X (Twitter) account of the post's writer as "@handle" (twitter:creator), or "" for none
 * @param fediverseCreator the fediverse account of the post's writer as "@user@server" (fediverse:creator), or ""
 *                         for the site's
 */
public record Sharing(String articleSection, String twitterCreator, String fediverseCreator) {
    /** A post whose front matter says none of these. */
    public static final Sharing NONE = new Sharing("", "", "");

    public Sharing {
        articleSection = articleSection == null ? "" : articleSection;
        twitterCreator = twitterCreator == null ? "" : twitterCreator;
        fediverseCreator = fediverseCreator == null ? "" : fediverseCreator;
    }
}
