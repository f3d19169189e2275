package dev.feedcard.cli;

import picocli.CommandLine.Option;

import java.util.Map;

/** The flags of the card settings (config/CardSettings), part of {@link BuildOptions}. */
final class CardOptions {
    @Option(names = "--card-width", paramLabel = "PX", description = "The cards' width (default: 1200).")
    Integer cardWidth;

    @Option(names = "--card-height", paramLabel = "PX", description = "The cards' height (default: 630).")
    Integer cardHeight;

    @Option(names = "--card-quality", paramLabel = "Q", description = "The cards' JPEG quality, 30-100 (default: 85).")
    Integer cardQuality;

    @Option(names = "--card-max-bytes", paramLabel = "BYTES", description = "The largest card; quality is lowered until it fits (default: 900000).")
    Integer cardMaxBytes;

    @Option(names = "--max-pixels", paramLabel = "N", description = "Refuse images with more pixels than this before decoding them (default: 100000000).")
    Integer maxPixels;

    @Option(names = "--card-fit", paramLabel = "FIT", description = "cover (fill the card, cropping) or contain (whole image, padded) (default: cover).")
    String cardFit;

    @Option(names = "--card-background", paramLabel = "COLOR", description = "The colour behind transparent images (default: #ffffff).")
    String cardBackground;

    @Option(names = "--card-contain-background", paramLabel = "BLUR|COLOR", description = "What pads a contained image: blur or a colour (default: blur).")
    String cardContainBackground;

    @Option(names = "--card-title-background", paramLabel = "COLOR", description = "The background of title cards (default: #1b2433).")
    String cardTitleBackground;

    @Option(names = "--card-title-color", paramLabel = "COLOR", description = "The title's colour on title cards (default: #ffffff).")
    String cardTitleColor;

    @Option(names = "--card-accent-color", paramLabel = "COLOR", description = "The site name's and rule's colour on title cards (default: #f2b33d).")
    String cardAccentColor;

    @Option(names = "--card-title-image", paramLabel = "FILE", description = "An image behind the text of title cards, relative to the content folder.")
    String cardTitleImage;

    @Option(names = "--card-title-overlay", description = "Draw the post's title over featured images too.")
    Boolean cardTitleOverlay;

    void addTo(Map<String, Object> flags) {
        flags.put("cardWidth", cardWidth);
        flags.put("cardHeight", cardHeight);
        flags.put("cardQuality", cardQuality);
        flags.put("cardMaxBytes", cardMaxBytes);
        flags.put("maxPixels", maxPixels);
        flags.put("cardFit", cardFit);
        flags.put("cardBackground", cardBackground);
        flags.put("cardContainBackground", cardContainBackground);
        flags.put("cardTitleBackground", cardTitleBackground);
        flags.put("cardTitleColor", cardTitleColor);
        flags.put("cardAccentColor", cardAccentColor);
        flags.put("cardTitleImage", cardTitleImage);
        flags.put("cardTitleOverlay", cardTitleOverlay);
    }
}
