package dev.feedcard.meta;

import dev.feedcard.card.CardMaker;
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
 * What a post would look like when shared, judged against what the platforms accept (see docs/cards.md): a remote
 * image's scheme and format, the shape of a local image (read from its header), its alt text and its description.
 */
public final class ShareCheck {
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
     * The post's problems as shared: warnings about a remote image the platforms may not show and about alt text
     * that only repeats the title; advice (the same words for every post, listed grouped) about missing alt text, a
     * missing description and an image a cover card crops heavily. What the card maker finds in the image (unusable,
     * too small) is its own to report.
     *
     * @param summary the summary the head tags would carry (the description, or the opening prose)
     */
    public List<Problem> problems(Post post, String summary) {
        List<Problem> problems = new ArrayList<>();
        FeaturedImage image = post.image();
        if (image != null && image.remote() != null) {
            remoteImageProblems(post, image, problems);
        } else if (image != null && image.file() != null) {
            croppedImageAdvice(post, image, problems);
        }
        if (image != null && image.unusable() == null) {
            if (image.alt() == null || image.alt().isBlank()) {
                problems.add(Problem.advice(post.file(), image.line(), "the featured image has no alt text; the title stands in for it",
                        "describe the image for people who cannot see it: featuredImageAlt: \"...\""));
            } else if (wordsOf(image.alt()).equals(wordsOf(post.title()))) {
                problems.add(Problem.warning(post.file(), image.line(), "the featured image's alt text only repeats the title, which the share already shows",
                        "describe what the image shows for people who cannot see it, in featuredImageAlt"));
            }
        }
        if (post.description().isBlank()) {
            if (summary == null || summary.isBlank()) {
                problems.add(Problem.advice(post.file(), 0, "the post has no description and no opening text to take one from: shares show no description",
                        "add a line such as 'description: \"What the post is about\"' to the front matter"));
            } else {
                problems.add(Problem.advice(post.file(), 0, "the post has no description; shares show its opening text instead",
                        "add a line such as 'description: \"What the post is about\"' to the front matter"));
            }
        }
        return problems;
    }

    /** A remote image is shared as it is: it should be https, and in a format every platform shows. */
    private static void remoteImageProblems(Post post, FeaturedImage image, List<Problem> problems) {
        if (!"https".equalsIgnoreCase(image.remote().getScheme())) {
            problems.add(Problem.warning(post.file(), image.line(), "the featured image '" + image.declared() + "' is served over http, not https",
                    "use an https URL: Facebook wants og:image:secure_url, and browsers block mixed content"));
        }
        String path = image.remote().getPath() == null ? "" : image.remote().getPath().toLowerCase(Locale.ROOT);
        String refused = path.endsWith(".avif") ? "an AVIF image, which Mastodon does not show"
                : path.endsWith(".webp") ? "a WebP image, which LinkedIn and Bluesky's image proxy refuse" : null;
        if (refused != null) {
            problems.add(Problem.warning(post.file(), image.line(), "the featured image '" + image.declared() + "' is " + refused,
                    "link a JPEG or PNG, or put the image in the content folder: feedcard makes a JPEG card from it"));
        }
    }

    /**
     * A cover card of an image far from its shape keeps only the middle of it (unless a focus says what to keep, or
     * the image is so small that the card shows it whole).
     */
    private void croppedImageAdvice(Post post, FeaturedImage image, List<Problem> problems) {
        Fit fit = image.fit() == null || Fit.parse(image.fit()) == null ? settings.fit() : Fit.parse(image.fit());
        boolean focused = image.focus() != null && !image.focus().isBlank();
        if (fit != Fit.COVER || focused) return;
        ImageHeader header;
        try {
            header = ImageProbe.probe(image.file());
        } catch (UnusableImageException e) {
            return; // the card maker reports it
        }
        if (CardMaker.shownWhole(settings, header)) return; // the card maker warns of it
        double ratio = (double) header.shownWidth() / header.shownHeight();
        double card = (double) settings.width() / settings.height();
        double kept = Math.min(ratio, card) / Math.max(ratio, card);
        if (kept < MIN_KEPT) {
            problems.add(Problem.advice(post.file(), image.line(), String.format(Locale.ROOT,
                            "the featured image is far from the card's shape (%.2f:1): the card keeps only the middle of it", card),
                    "say what to keep with featuredImageFocus (top, bottom-left, 0.3,0.6), or show it whole with featuredImageFit: contain"));
        }
    }

    /** The words of {@code text}, lower-cased, without punctuation: "Hello, World!" and "hello world" are alike. */
    private static String wordsOf(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }
}
