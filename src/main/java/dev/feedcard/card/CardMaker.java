package dev.feedcard.card;

import dev.feedcard.config.CardSettings;
import dev.feedcard.config.CardSettings.Fit;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Makes each post's social card: its featured image decoded, turned upright, cropped around its focal point (or
 * fitted whole) to exactly the configured size; or, for a post without a usable image, a drawn title card.
 * Cards are progressive sRGB JPEGs without metadata, no larger than the configured limit. Safe to share between
 * threads.
 */
public final class CardMaker {
    /** Enlarging an image more than this many times gets a warning. */
    static final double MAX_ENLARGEMENT = 2.0;
    /**
     * Beyond this enlargement, filling the card (cover) would show a few blurred pixels of an icon or thumbnail: the
     * image is shown whole instead, at most {@link #MAX_ENLARGEMENT} times its size, on a padded background.
     */
    static final double MAX_COVER_ENLARGEMENT = 4.0;

    private final CardSettings settings;
    private final Site site;
    private final Path content;
    private final ImageDecoder decoder;
    private final JpegEncoder encoder;
    private final TitleCard titles;
    private final Scaler scaler;

    private CardMaker(CardSettings settings, Site site, Path content, BufferedImage titleBackground, Scaler scaler) {
        this.settings = settings;
        this.scaler = scaler;
        this.site = site;
        this.content = content.toAbsolutePath().normalize();
        this.decoder = new ImageDecoder(settings.maxPixels(), DecodeMemory::shared);
        this.encoder = new JpegEncoder(settings.quality(), settings.maxBytes());
        this.titles = new TitleCard(settings, titleBackground);
    }

    /**
     * Starts, in the background, what the first card would otherwise wait for: loading Java's image readers and
     * writers, its JPEG library and colour management (some 0.4 s), done with a tiny image while the posts are read.
     */
    public static void warmUpInBackground() {
        Cores.inBackground(() -> {
            try {
                BufferedImage tiny = new BufferedImage(64, 64, Scaler.CARD_TYPE);
                byte[] jpeg = JpegEncoder.encode(tiny, 85);
                BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
                Scaler.CARDS.scale(decoded, new Rectangle2D.Double(0, 0, 64, 64), 16, 16);
            } catch (java.io.IOException | RuntimeException e) {
                // only time is lost: the first card loads what it needs itself
            }
            return null;
        });
    }

    /**
     * A card maker for the posts in {@code content}; it fails only when the title cards' background image
     * (cardTitleImage, relative to the content folder) cannot be used.
     */
    public static CardMaker create(CardSettings settings, Site site, Path content) throws UnusableImageException {
        return create(settings, site, content, Scaler.CARDS);
    }

    /** As {@link #create(CardSettings, Site, Path)}, scaling every image with {@code scaler}. */
    static CardMaker create(CardSettings settings, Site site, Path content, Scaler scaler) throws UnusableImageException {
        BufferedImage background = null;
        if (settings.titleImage() != null) {
            Path file = content.resolve(settings.titleImage());
            CardMaker plain = new CardMaker(settings, site, content, null, scaler);
            BufferedImage image = plain.picture(file, ImageProbe.probe(file), Focus.CENTRE, Fit.COVER);
            background = shade(image, settings.titleBackground().awt(), 0.72f);
        }
        return new CardMaker(settings, site, content, background, scaler);
    }

    /**
     * The card of {@code post}: made from its featured image, or drawn when it has none. A remote image gets no
     * card (it is shared as it is). When the image cannot be used, the result holds an error, or with
     * {@code fallBack} a warning and a drawn card.
     */
    public MadeCard make(Post post, boolean fallBack) {
        return make(post, fallBack, true);
    }

    /**
     * What {@link #make} would report for {@code post}, found the same way (the image decoded, turned and fitted) but
     * without encoding a card or drawing a title card: for {@code feedcard check}.
     */
    public List<Problem> judge(Post post, boolean fallBack) {
        return make(post, fallBack, false).problems();
    }

    private MadeCard make(Post post, boolean fallBack, boolean encode) {
        FeaturedImage image = post.image();
        if (image != null && image.remote() != null) return new MadeCard(null, List.of());
        if (image == null) return new MadeCard(encode ? titleCard(post) : null, List.of());
        List<Problem> problems = new ArrayList<>();
        if (image.file() == null) {
            if (image.unusable() == null) return new MadeCard(encode ? titleCard(post) : null, List.of());
            return unusable(post, image, image.unusable(), image.unusableHint(), fallBack && encode, fallBack, problems);
        }
        Focus focus = Focus.CENTRE;
        if (image.focus() != null && !image.focus().isBlank()) {
            focus = Focus.parse(image.focus()).orElse(null);
            if (focus == null) {
                focus = Focus.CENTRE;
                problems.add(Problem.warning(post.file(), image.line(), "featuredImageFocus '" + image.focus() + "' is not a focal point; the card is cropped around the centre",
                        "write two numbers between 0 and 1 such as 0.3,0.6 (from the left and from the top), or a word such as top, bottom-left or center"));
            }
        }
        Fit fit = settings.fit();
        if (image.fit() != null && !image.fit().isBlank()) {
            Fit declared = Fit.parse(image.fit());
            if (declared == null) {
                problems.add(Problem.warning(post.file(), image.line(), "featuredImageFit '" + image.fit() + "' is neither cover nor contain; using " + fit.name().toLowerCase(Locale.ROOT),
                        "write featuredImageFit: cover (fill the card) or featuredImageFit: contain (show the whole image)"));
            } else {
                fit = declared;
            }
        }
        try {
            ImageHeader header = ImageProbe.probe(image.file());
            double covering = enlargement(header, Fit.COVER);
            boolean small = shownWhole(settings, header);
            if (small) fit = Fit.CONTAIN;
            // judging, the image is decoded (what can fail) but not fitted to the card
            BufferedImage picture = picture(image.file(), header, focus, fit, small ? MAX_ENLARGEMENT : Double.MAX_VALUE, encode);
            double enlargement = enlargement(header, fit);
            if (small) {
                problems.add(Problem.warning(post.file(), image.line(), String.format(Locale.ROOT,
                                "the featured image '%s' is %dx%d, far smaller than the %dx%d card: it is shown whole, at most twice its size, on a blurred background (filling the card would enlarge it %.0f times)",
                                image.declared(), header.shownWidth(), header.shownHeight(), settings.width(), settings.height(), covering),
                        "use an image of at least " + settings.width() / 2 + "x" + settings.height() / 2 + " pixels, ideally "
                                + settings.width() + "x" + settings.height()));
            } else if (enlargement > MAX_ENLARGEMENT) {
                problems.add(Problem.warning(post.file(), image.line(), String.format(Locale.ROOT,
                                "the featured image '%s' is %dx%d, much smaller than the %dx%d card: it was enlarged %.1f times and looks blurry",
                                image.declared(), header.shownWidth(), header.shownHeight(), settings.width(), settings.height(), enlargement),
                        "use an image of at least " + settings.width() / 2 + "x" + settings.height() / 2 + " pixels, ideally "
                                + settings.width() + "x" + settings.height()));
            }
            if (!encode) return new MadeCard(null, problems);
            if (settings.titleOverlay()) titles.overlay(picture, text(post));
            Card card = new Card(post.key(), OutputLayout.card(post.key()), settings.width(), settings.height(), encoder.encode(picture), relative(image.file()));
            return new MadeCard(card, problems);
        } catch (UnusableImageException e) {
            return unusable(post, image, "cannot make a card from the featured image '" + image.declared() + "': " + e.getMessage(), e.hint(),
                    fallBack && encode, fallBack, problems);
        }
    }

    /**
     * A post whose featured image cannot be used: an error at the image's line, or with {@code fallBack} a warning and a
     * drawn title card (when {@code drawn}), so that the post is published all the same.
     */
    private MadeCard unusable(Post post, FeaturedImage image, String message, String hint, boolean drawn, boolean fallBack, List<Problem> problems) {
        problems.add(unusableImage(post, image, message, hint, fallBack));
        return new MadeCard(drawn ? titleCard(post) : null, problems);
    }

    /**
     * The problem of a post whose featured image cannot be used, at the image's line: an error, or with {@code fallBack}
     * a warning that a title card was drawn instead.
     */
    static Problem unusableImage(Post post, FeaturedImage image, String message, String hint, boolean fallBack) {
        if (fallBack) return Problem.warning(post.file(), image.line(), message + "; a title card was drawn instead", hint);
        String what = hint == null || hint.isEmpty() ? "" : hint + "; ";
        return Problem.error(post.file(), image.line(), message, what + "or build with --keep-going to publish the post with a title card");
    }

    /**
     * Whether the card of an image shows it whole whatever its fit: filling the card would enlarge it more than
     * {@link #MAX_COVER_ENLARGEMENT} times.
     */
    public static boolean shownWhole(CardSettings settings, ImageHeader header) {
        double covering = Math.max((double) settings.width() / header.shownWidth(), (double) settings.height() / header.shownHeight());
        return covering > MAX_COVER_ENLARGEMENT;
    }

    /** A drawn card with the post's title, the site's name, the date and the tags. */
    public Card titleCard(Post post) {
        BufferedImage drawn = titles.draw(text(post));
        return new Card(post.key(), OutputLayout.card(post.key()), settings.width(), settings.height(), encoder.encode(drawn), "");
    }

    private TitleCard.Text text(Post post) {
        Locale locale = Locale.forLanguageTag(post.language());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(post.published().atZone(site.timeZone()));
        return new TitleCard.Text(post.title(), site.title(), date, post.tags(), locale);
    }

    /**
     * How many times the image is enlarged to make the card (below 1 when it is reduced). Slight enlargement is
     * common (most blogs' images are 800 pixels wide) and hard to see; beyond twice, which is also where
     * Facebook starts showing images small, the card looks blurry.
     */
    double enlargement(ImageHeader header, Fit fit) {
        double sx = (double) settings.width() / header.shownWidth();
        double sy = (double) settings.height() / header.shownHeight();
        return fit == Fit.COVER ? Math.max(sx, sy) : Math.min(sx, sy);
    }

    /**
     * How many featured images this JVM has decoded with libjpeg-turbo ({@link TurboJpeg}: Java 22 or later and the
     * library) rather than with Java's JPEG reader; 0 where it cannot be used.
     */
    public static long jpegsDecodedByLibjpegTurbo() {
        return TurboJpeg.decoded();
    }

    /** The card's pixels from an image file: decoded at the resolution the card needs, upright, fitted, opaque. */
    BufferedImage picture(Path file, ImageHeader header, Focus focus, Fit fit) throws UnusableImageException {
        return picture(file, header, focus, fit, Double.MAX_VALUE, true);
    }

    /**
     * As {@link #picture(Path, ImageHeader, Focus, Fit)}, a contained image enlarged at most {@code maxScale} times;
     * unless {@code fitted}, the decoded pixels as they are, before they are fitted to the card.
     */
    private BufferedImage picture(Path file, ImageHeader header, Focus focus, Fit fit, double maxScale, boolean fitted) throws UnusableImageException {
        int tw = settings.width();
        int th = settings.height();
        double scale = Math.min(maxScale, enlargement(header, fit));
        int subsampling = Math.max(1, (int) Math.floor(1 / (2 * scale)));
        if (fit == Fit.COVER && header.format().equals("JPEG")) return cover(file, header, focus, subsampling, fitted);
        BufferedImage upright = decoder.decodeUpright(file, header, subsampling, settings.background().awt());
        if (!fitted) return upright;
        if (fit == Fit.COVER) return scaler.scale(upright, coverRegion(upright.getWidth(), upright.getHeight(), focus), tw, th);
        return contain(upright, maxScale);
    }

    /**
     * A cover card from a JPEG, decoded in the orientation it is stored in; only the card is turned upright. Where
     * libjpeg-turbo can be used ({@link ImageDecoder#decodeScaled}), the whole image is decoded at the largest
     * fraction of its size that still covers the card; else Java's reader decodes only the crop (it takes a region
     * well; the WebP reader does not). Unless {@code fitted}, the decoded pixels as they are.
     */
    private BufferedImage cover(Path file, ImageHeader header, Focus focus, int subsampling, boolean fitted) throws UnusableImageException {
        Orientation orientation = header.orientation();
        Rectangle2D upright = coverRegion(header.shownWidth(), header.shownHeight(), focus);
        Rectangle2D crop;
        try {
            crop = orientation.transform(header.width(), header.height()).createInverse().createTransformedShape(upright).getBounds2D();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("an EXIF orientation is a turn or a mirror, which can be undone", e);
        }
        int x = (int) Math.floor(crop.getX());
        int y = (int) Math.floor(crop.getY());
        int w = Math.min(header.width() - x, (int) Math.ceil(crop.getMaxX()) - x);
        int h = Math.min(header.height() - y, (int) Math.ceil(crop.getMaxY()) - y);
        int storedWidth = orientation.swapsAxes() ? settings.height() : settings.width();
        int storedHeight = orientation.swapsAxes() ? settings.width() : settings.height();
        int denominator = 8;
        while (denominator > 1 && (w / denominator < storedWidth || h / denominator < storedHeight)) denominator /= 2;
        BufferedImage decoded = decoder.decodeScaled(file, header, denominator);
        int step = denominator;
        Rectangle decodedPart = new Rectangle(0, 0, header.width(), header.height());
        if (decoded == null) {
            boolean halvedFirst = w / subsampling / 2 >= storedWidth && h / subsampling / 2 >= storedHeight;
            decodedPart = new Rectangle(x, y, w, h);
            decoded = decoder.decode(file, header, decodedPart, subsampling, halvedFirst);
            step = subsampling;
        }
        if (!fitted) return decoded;
        BufferedImage opaque = ImageDecoder.upright(decoded, Orientation.NORMAL, settings.background().awt());
        Rectangle2D within = new Rectangle2D.Double((crop.getX() - decodedPart.x) / step, (crop.getY() - decodedPart.y) / step,
                crop.getWidth() / step, crop.getHeight() / step);
        return scaler.scale(opaque, within, settings.width(), settings.height(), orientation);
    }

    /** The part of a {@code w} x {@code h} image that fills the card, centred on the focus as far as the image allows. */
    Rectangle2D coverRegion(int w, int h, Focus focus) {
        double scale = Math.max((double) settings.width() / w, (double) settings.height() / h);
        double cw = Math.min(w, settings.width() / scale);
        double ch = Math.min(h, settings.height() / scale);
        double x = Math.max(0, Math.min(w - cw, focus.x() * w - cw / 2));
        double y = Math.max(0, Math.min(h - ch, focus.y() * h - ch / 2));
        return new Rectangle2D.Double(x, y, cw, ch);
    }

    private BufferedImage contain(BufferedImage upright, double maxScale) {
        int tw = settings.width();
        int th = settings.height();
        double scale = Math.min(maxScale, Math.min((double) tw / upright.getWidth(), (double) th / upright.getHeight()));
        int iw = Math.max(1, Math.min(tw, (int) Math.round(upright.getWidth() * scale)));
        int ih = Math.max(1, Math.min(th, (int) Math.round(upright.getHeight() * scale)));
        BufferedImage inner = scaler.scale(upright, new Rectangle2D.Double(0, 0, upright.getWidth(), upright.getHeight()), iw, ih);
        BufferedImage card = settings.containBackground() == null ? blurred(upright) : plain(settings.containBackground().awt());
        Graphics2D g = card.createGraphics();
        try {
            g.drawImage(inner, (tw - iw) / 2, (th - ih) / 2, null);
        } finally {
            g.dispose();
        }
        return card;
    }

    /** The image filling the card, blurred beyond recognition and darkened, to pad a contained image. */
    private BufferedImage blurred(BufferedImage upright) {
        int sw = Math.max(8, settings.width() / 20);
        int sh = Math.max(8, settings.height() / 20);
        BufferedImage small = scaler.scale(upright, coverRegion(upright.getWidth(), upright.getHeight(), Focus.CENTRE), sw, sh);
        small = blur(blur(small));
        small = new RescaleOp(0.55f, 0, null).filter(small, null);
        BufferedImage mid = scaler.scale(small, new Rectangle2D.Double(0, 0, sw, sh), sw * 4, sh * 4);
        mid = blur(mid);
        return scaler.scale(mid, new Rectangle2D.Double(0, 0, mid.getWidth(), mid.getHeight()), settings.width(), settings.height());
    }

    /** A 5x5 box blur that treats the edges as repeating, so the borders do not darken. */
    private static BufferedImage blur(BufferedImage image) {
        int pad = 2;
        BufferedImage padded = new BufferedImage(image.getWidth() + 2 * pad, image.getHeight() + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = padded.createGraphics();
        try {
            g.drawImage(image, pad, pad, null);
            g.drawImage(image, 0, pad, pad, pad + image.getHeight(), 0, 0, 1, image.getHeight(), null);
            g.drawImage(image, pad + image.getWidth(), pad, 2 * pad + image.getWidth(), pad + image.getHeight(), image.getWidth() - 1, 0, image.getWidth(), image.getHeight(), null);
            g.drawImage(padded, 0, 0, padded.getWidth(), pad, 0, pad, padded.getWidth(), pad + 1, null);
            g.drawImage(padded, 0, pad + image.getHeight(), padded.getWidth(), padded.getHeight(), 0, pad + image.getHeight() - 1, padded.getWidth(), pad + image.getHeight(), null);
        } finally {
            g.dispose();
        }
        float[] box = new float[25];
        Arrays.fill(box, 1 / 25f);
        BufferedImage blurred = new ConvolveOp(new Kernel(5, 5, box), ConvolveOp.EDGE_NO_OP, null).filter(padded, null);
        return blurred.getSubimage(pad, pad, image.getWidth(), image.getHeight());
    }

    private BufferedImage plain(Color colour) {
        BufferedImage card = new BufferedImage(settings.width(), settings.height(), Scaler.CARD_TYPE);
        Graphics2D g = card.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, card.getWidth(), card.getHeight());
        } finally {
            g.dispose();
        }
        return card;
    }

    /** {@code image} under a layer of {@code colour}, so text drawn on it stays readable. */
    private static BufferedImage shade(BufferedImage image, Color colour, float opacity) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(opacity * 255)));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    private String relative(Path file) {
        return content.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
