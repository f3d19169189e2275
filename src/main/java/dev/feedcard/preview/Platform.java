package dev.feedcard.preview;

/**
 * A place a post is shared, described as data: which head tags it reads, in what order, and how much of the title
 * and description it shows before cutting them with an ellipsis.
 *
 * <p>The lengths (characters, counted as code points):
 * <ul>
 * <li>X: title 70, the limit X documents for {@code twitter:title}; a large-image card shows no description
 *     (X draws the title over the image and the domain under it). Without {@code twitter:card} X draws a small card.</li>
 * <li>Facebook: title 88, description 300 (about two lines on the desktop site).</li>
 * <li>LinkedIn: title 100 (two lines), no description in the feed.</li>
 * <li>Slack: the whole title, description 300 (Slack shows a few lines of it).</li>
 * <li>Discord: title 256 (its embed title limit), description 350.</li>
 * </ul>
 */
enum Platform {
    X("X", 70, 0, new String[]{"twitter:title", "og:title"}, new String[]{"twitter:description", "og:description"},
            new String[]{"twitter:image", "og:image"}),
    FACEBOOK("Facebook", 88, 300, new String[]{"og:title"}, new String[]{"og:description"}, new String[]{"og:image"}),
    LINKEDIN("LinkedIn", 100, 0, new String[]{"og:title"}, new String[]{"og:description"}, new String[]{"og:image"}),
    SLACK("Slack", Integer.MAX_VALUE, 300, new String[]{"og:title", "twitter:title"}, new String[]{"og:description", "twitter:description"},
            new String[]{"og:image", "twitter:image"}),
    DISCORD("Discord", 256, 350, new String[]{"og:title", "twitter:title"}, new String[]{"og:description", "twitter:description"},
            new String[]{"og:image", "twitter:image"});

    final String label;
    /** Characters of the title shown. */
    final int titleLength;
    /** Characters of the description shown, 0 when the platform shows none. */
    final int descriptionLength;
    private final String[] titleTags;
    private final String[] descriptionTags;
    private final String[] imageTags;

    Platform(String label, int titleLength, int descriptionLength, String[] titleTags, String[] descriptionTags, String[] imageTags) {
        this.label = label;
        this.titleLength = titleLength;
        this.descriptionLength = descriptionLength;
        this.titleTags = titleTags;
        this.descriptionTags = descriptionTags;
        this.imageTags = imageTags;
    }

    /** The CSS class and element id part: "x", "facebook". */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String title(HeadValues head) {
        return head.first(titleTags);
    }

    String description(HeadValues head) {
        return head.first(descriptionTags);
    }

    String image(HeadValues head) {
        return head.first(imageTags);
    }

    /**
     * Text cut as a platform cuts it: whole when it fits, else at the last word break before the limit (or at the
     * limit when a word is longer than a fifth of it, as in Japanese), with "…".
     */
    static String shorten(String text, int limit) {
        if (text == null) return null;
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.codePointCount(0, s.length()) <= limit) return s;
        int end = s.offsetByCodePoints(0, limit - 1);
        int space = s.lastIndexOf(' ', end);
        if (space > 0 && s.codePointCount(space, end) <= Math.max(1, limit / 5)) end = space;
        String cut = s.substring(0, end).stripTrailing();
        while (!cut.isEmpty() && ",;:.-–—".indexOf(cut.charAt(cut.length() - 1)) >= 0) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }
}
