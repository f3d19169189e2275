package dev.feedcard.content;

import dev.feedcard.report.Problem;

import java.time.Instant;
import java.util.List;

/**
 * One post as its file declares it: front matter read, Markdown not yet rendered.
 *
 * @param file the post's file relative to the content folder, with '/' separators
 * @param slug the last part of its URL
 * @param published when it was published
 * @param updated when it last changed (the published date when the front matter gives none)
 * @param title the title as a browser shows it: plain text, one line ({@link HtmlText#shown})
 * @param description the front matter's description as a browser shows it ({@link HtmlText#shown}), or "" when it has none
 * @param image the featured image, or null
 * @param tags topic tags, without the tags that only mark the language
 * @param language the post's language code (en, ja)
 * @param body the Markdown after the front matter
 * @param bodyLine the file's line where the body starts
 * @param draft true for drafts and posts marked published: false
 * @param authors the post's authors, in the order the front matter gives them; empty when it names none
 * @param permalink the post's path below the site root as its front matter gives it (permalink, url), such as
 *                  "/blog/my-post/"; null to use the site's permalink pattern
 * @param section the folders between the content folder and the post ("posts/2023"), without a language folder;
 *                "" when none
 * @param languagePrefix the language segment that goes before the post's path ("ja"), for a post whose file or
 *                       folder name gives a language other than the site's (index.ja.md, ja/…); "" otherwise
 * @param warnings what reading the post left out of it (an author without a name), to be reported; the post is
 *                 published all the same
 * @param translationKey what the post shares with its translations ({@link Translations}): the front matter's
 *                       translation key ("key:" and its value), else its file's name without its language ("file:"
 *                       and, for posts/a/index.ja.md, posts/a/index)
 * @param sharing its section and its writer's social accounts, as the front matter gives them
 * @param mediaSubpath the folder its images are below ({@link MediaSubpath}), as Jekyll Chirpy's
 *                     {@code media_subpath} gives it; "" when none
 * @param categories Jekyll's categories, which its URLs hold ({@code :categories}): the folders above {@code _posts},
 *                   then the front matter's {@code categories} (a text split at white space, or a list) and
 *                   {@code category}, as written, without repeats; empty when none. They are among the tags too.
 */
public record Post(String file, String slug, String title, Instant published, Instant updated, String description,
                   FeaturedImage image, List<String> tags, String language, PostBody body, int bodyLine,
                   boolean draft, List<Author> authors, String permalink, String section, String languagePrefix,
                   List<Problem> warnings, String translationKey, Sharing sharing, String mediaSubpath, List<String> categories) {

    public Post {
        mediaSubpath = mediaSubpath == null ? "" : mediaSubpath;
        sharing = sharing == null ? Sharing.NONE : sharing;
        tags = List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
        authors = List.copyOf(authors);
        warnings = List.copyOf(warnings);
        section = section == null ? "" : section;
        languagePrefix = languagePrefix == null ? "" : languagePrefix;
        if (translationKey == null) translationKey = "file:" + file.replaceFirst("\\.[^./]*$", "");
    }

    /** A post whose translation key is its file's name without its extension, with no social accounts or media subpath. */
    public Post(String file, String slug, String title, Instant published, Instant updated, String description,
                FeaturedImage image, List<String> tags, String language, PostBody body, int bodyLine,
                boolean draft, List<Author> authors, String permalink, String section, String languagePrefix,
                List<Problem> warnings) {
        this(file, slug, title, published, updated, description, image, tags, language, body, bodyLine, draft, authors, permalink,
                section, languagePrefix, warnings, null, Sharing.NONE, "", List.of());
    }

    /**
     * The post's name among the site's output files, such as its card: the slug, under its language prefix and its
     * section when it has them ("ja/first-bundle", "2023/hello"). Two translations of one post, or two posts with one
     * slug in different folders, so get different cards. A part Windows keeps for a device gets {@code _} after its
     * base ({@link FileNames#safe}: "con" becomes "con_"), so that the files can be made there.
     */
    public String key() {
        if (languagePrefix.isEmpty() && section.isEmpty()) return FileNames.safe(slug);
        StringBuilder key = new StringBuilder();
        if (!languagePrefix.isEmpty()) key.append(FileNames.safe(languagePrefix)).append('/');
        for (String folder : section.isEmpty() ? new String[0] : section.split("/")) key.append(FileNames.safe(folder)).append('/');
        return key.append(FileNames.safe(slug)).toString();
    }

    /** A post whose body is given as text, read without warnings. */
    public Post(String file, String slug, String title, Instant published, Instant updated, String description,
                FeaturedImage image, List<String> tags, String language, String markdown, int bodyLine,
                boolean draft, List<Author> authors, String permalink, String section, String languagePrefix) {
        this(file, slug, title, published, updated, description, image, tags, language, PostBody.of(markdown), bodyLine, draft,
                authors, permalink, section, languagePrefix, List.of());
    }

    /** The Markdown after the front matter (read again from the post's file). */
    public String markdown() {
        return body.text();
    }

    /** A post with no authors, no own permalink, no section and no language prefix. */
    public Post(String file, String slug, String title, Instant published, Instant updated, String description,
                FeaturedImage image, List<String> tags, String language, String markdown, int bodyLine, boolean draft) {
        this(file, slug, title, published, updated, description, image, tags, language, markdown, bodyLine, draft,
                List.of(), null, "", "");
    }
}
