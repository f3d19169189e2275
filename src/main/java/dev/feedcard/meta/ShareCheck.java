package dev.feedcard.meta;

import dev.feedcard.card.ImageHeader;
import dev.feedcard.card.ImageProbe;
import dev.feedcard.card.UnusableImageException;
import dev.feedcard.config.CardSettings;
import dev.feedcard.config.CardSettings.Fit;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.report.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a post would look like when shared, judged against what the platforms accept (see the README's platform
 * table): its image read from the header only (never decoded), its alt text and its description.
 */
public final class ShareCheck {
    /** Facebook refuses images smaller than this in either direction. */
    public static final int MIN_SIDE = 200;
    /** Below this, Facebook shows an image small instead of as a large card; X asks for 300x157 at least. */
    public static final int SMALL_WIDTH = 600;
    public static final int SMALL_HEIGHT = 315;
    /** Bluesky's limit for one image; Mastodon's is 2 MB (1 MB on older servers), X's 5 MB, Facebook's 8 MB. */
    public static final int SMALLEST_PLATFORM_LIMIT = 1_000_000;
    /** A cover crop that keeps less than this share of the image loses too much of it. */
    static final double MIN_KEPT = 0.6;

    private final CardSettings settings;

    /** Checks against the platforms' limits, for cards made with {@code settings}. */
    public ShareCheck(CardSettings settings) {
        this.settings = settings;
    }

    /** Problems of the site's card settings themselves, against the platforms' limits. */
    public List<Problem> settingsProblems() {
        List<Problem> problems = new ArrayList<>();
        if (settings.maxBytes() > SMALLEST_PLATFORM_LIMIT) {
            problems.add(Problem.warning("", 0, String.format(Locale.ROOT, "cardMaxBytes is %d, above Bluesky's limit of 1,000,000 bytes per image (Mastodon: 2 MB, or 1 MB on older servers)",
                    settings.maxBytes()), "set cardMaxBytes to 900000 or less"));
        }
        if (settings.width() < SMALL_WIDTH || settings.height() < SMALL_HEIGHT) {
            problems.add(Problem.warning("", 0, "cards of " + settings.width() + "x" + settings.height() + " are below 600x315: Facebook shows them small",
                    "use cardWidth 1200 and cardHeight 630"));
        }
        double ratio = (double) settings.width() / settings.height();
        if (ratio < 1.6 || ratio > 2.1) {
            problems.add(Problem.warning("", 0, String.format(Locale.ROOT, "cards of %dx%d are %.2f:1; the platforms crop large cards to about 1.91:1 (X: 2:1)",
                    settings.width(), settings.height(), ratio), "use cardWidth 1200 and cardHeight 630"));
        }
        return problems;
    }

    /**
     * The post's problems as shared.
     *
     * @param summary the summary the head tags would carry (the description, or the opening prose)
     */
    public List<Problem> problems(Post post, String summary) {
        List<Problem> problems = new ArrayList<>();
        FeaturedImage image = post.image();
        if (image != null && image.remote() != null) {
            if (!"https".equalsIgnoreCase(image.remote().getScheme())) {
                problems.add(Problem.warning(post.file(), image.line(), "the featured image '" + image.declared() + "' is served over http, not https",
                        "use an https URL: Facebook wants og:image:secure_url, and browsers block mixed content"));
            }
        } else if (image != null && image.file() != null) {
            imageProblems(post, image, problems);
        }
        if (image != null && image.unusable() == null && (image.alt() == null || image.alt().isBlank())) {
            problems.add(Problem.warning(post.file(), image.line(), "the featured image has no alt text; the title stands in for it",
                    "describe the image for people who cannot see it: featuredImageAlt: \"...\""));
        }
        if (post.description().isBlank()) {
            if (summary == null || summary.isBlank()) {
                problems.add(Problem.warning(post.file(), 0, "the post has no description and no opening text to take one from: shares show no description",
                        "add a line such as 'description: \"What the post is about\"' to the front matter"));
            } else {
                problems.add(Problem.warning(post.file(), 0, "the post has no description; shares show its opening text instead",
                        "add a line such as 'description: \"What the post is about\"' to the front matter"));
            }
        }
        return problems;
    }

    private void imageProblems(Post post, FeaturedImage image, List<Problem> problems) {
        ImageHeader header;
        try {
            header = ImageProbe.probe(image.file());
        } catch (UnusableImageException e) {
            problems.add(Problem.error(post.file(), image.line(), "the featured image '" + image.declared() + "' cannot be used: " + e.getMessage(), e.hint()));
            return;
        }
        int w = header.shownWidth();
        int h = header.shownHeight();
        if (header.pixels() > settings.maxPixels()) {
            problems.add(Problem.error(post.file(), image.line(), String.format(Locale.ROOT, "the featured image '%s' is %dx%d (%.0f megapixels), over the limit of %.0f megapixels",
                    image.declared(), w, h, header.pixels() / 1e6, settings.maxPixels() / 1e6), "use a smaller image, or raise the maxPixels setting"));
        }
        if (w < MIN_SIDE || h < MIN_SIDE) {
            problems.add(Problem.warning(post.file(), image.line(), "the featured image '" + image.declared() + "' is " + w + "x" + h + ", under 200 pixels on a side: the card shows it whole on a padded background (Facebook refuses images this small as they are)",
                    "use an image of at least 1200x630 pixels"));
        } else if (w < SMALL_WIDTH || h < SMALL_HEIGHT) {
            problems.add(Problem.warning(post.file(), image.line(), "the featured image '" + image.declared() + "' is " + w + "x" + h + ", smaller than 600x315: the card is enlarged from it and looks blurry",
                    "use an image of at least 1200x630 pixels"));
        }
        Fit fit = image.fit() == null || Fit.parse(image.fit()) == null ? settings.fit() : Fit.parse(image.fit());
        boolean focused = image.focus() != null && !image.focus().isBlank();
        if (fit == Fit.COVER && !focused) {
            double ratio = (double) w / h;
            double card = (double) settings.width() / settings.height();
            double kept = Math.min(ratio, card) / Math.max(ratio, card);
            if (kept < MIN_KEPT) {
                problems.add(Problem.warning(post.file(), 0, String.format(Locale.ROOT,
                                "the featured image '%s' is %.2f:1, far from the card's %.2f:1: the card keeps only the middle %.0f%% of it",
                                image.declared(), ratio, card, kept * 100),
                        "say what to keep with featuredImageFocus (top, bottom-left, 0.3,0.6), or show it whole with featuredImageFit: contain"));
            }
        }
    }
}
