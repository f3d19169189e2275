package dev.feedcard.card;

import dev.feedcard.config.CardSettings;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the text of a card: a whole title card (site name, title in up to three lines, date and tags) for posts
 * without a usable image, or the title laid over the bottom of a featured image.
 */
final class TitleCard {
    static final String ELLIPSIS = "…";
    static final int MAX_TITLE_LINES = 3;
    private static final float[] TITLE_SIZES = {76, 68, 62, 56, 50, 46};
    private static final float[] OVERLAY_SIZES = {60, 54, 48, 42};

    /**
     * What a card says.
     *
     * @param date the date as it is shown ("December 31, 2025", "2025年12月31日"), or ""
     * @param locale the post's language, for line breaking
     */
    record Text(String title, String siteName, String date, List<String> tags, Locale locale) {
        Text {
            title = title.strip().replaceAll("\\s+", " ");
            tags = List.copyOf(tags);
        }
    }

    private final CardSettings settings;
    private final BufferedImage background;

    /**
     * @param background an image of the card's size to draw behind the text (already darkened), or null for the
     *                   plain background colour
     */
    TitleCard(CardSettings settings, BufferedImage background) {
        this.settings = settings;
        this.background = background;
    }

    BufferedImage draw(Text text) {
        int w = settings.width();
        int h = settings.height();
        float k = Math.min(w / 1200f, h / 630f);
        BufferedImage card = new BufferedImage(w, h, Scaler.CARD_TYPE);
        Graphics2D g = graphics(card);
        try {
            if (background != null) {
                g.drawImage(background, 0, 0, null);
            } else {
                g.setColor(settings.titleBackground().awt());
                g.fillRect(0, 0, w, h);
            }
            g.setColor(settings.accentColor().awt());
            g.fillRect(0, 0, Math.round(14 * k), h);

            float left = 84 * k;
            float right = w - 84 * k;
            float width = right - left;
            float top = 64 * k;
            float bottom = h - 60 * k;
            FontRenderContext frc = g.getFontRenderContext();

            float titleTop = top;
            if (!text.siteName().isBlank()) {
                List<TextLayout> site = lines(text.siteName(), CardFont.of(30 * k), width, 1, frc, text.locale());
                titleTop = drawLines(g, site, left, top, 1.2f, settings.accentColor().awt()) + 24 * k;
            }
            float titleBottom = bottom;
            String footer = footer(text, CardFont.of(26 * k), width, frc);
            if (!footer.isEmpty()) {
                TextLayout foot = lines(footer, CardFont.of(26 * k), width, 1, frc, text.locale()).get(0);
                g.setColor(withAlpha(settings.titleColor().awt(), 0.78f));
                foot.draw(g, left, bottom - foot.getDescent());
                titleBottom = bottom - foot.getAscent() - foot.getDescent() - 24 * k;
            }

            float available = titleBottom - titleTop;
            List<TextLayout> title = fitTitle(text, TITLE_SIZES, k, width, available, MAX_TITLE_LINES, frc);
            float height = blockHeight(title, 1.22f);
            drawLines(g, title, left, titleTop + Math.max(0, (available - height) / 2), 1.22f, settings.titleColor().awt());
        } finally {
            g.dispose();
        }
        return card;
    }

    /** The title (and site name) drawn over the bottom of a featured image that already fills {@code card}. */
    void overlay(BufferedImage card, Text text) {
        int w = card.getWidth();
        int h = card.getHeight();
        float k = Math.min(w / 1200f, h / 630f);
        Graphics2D g = graphics(card);
        try {
            float left = 64 * k;
            float width = w - 2 * left;
            float bottom = h - 48 * k;
            FontRenderContext frc = g.getFontRenderContext();
            List<TextLayout> site = text.siteName().isBlank() ? List.of() : lines(text.siteName(), CardFont.of(26 * k), width, 1, frc, text.locale());
            float siteHeight = blockHeight(site, 1.2f);
            List<TextLayout> title = fitTitle(text, OVERLAY_SIZES, k, width, h * 0.45f, 2, frc);
            float titleHeight = blockHeight(title, 1.2f);
            float titleTop = bottom - siteHeight - (site.isEmpty() ? 0 : 14 * k) - titleHeight;
            float shadeTop = Math.max(0, titleTop - 90 * k);
            g.setPaint(new GradientPaint(0, shadeTop, new Color(0, 0, 0, 0), 0, titleTop + titleHeight / 2, new Color(0, 0, 0, 190)));
            g.fillRect(0, Math.round(shadeTop), w, h - Math.round(shadeTop));
            float after = drawLines(g, title, left, titleTop, 1.2f, Color.WHITE);
            drawLines(g, site, left, after + 14 * k, 1.2f, settings.accentColor().awt());
        } finally {
            g.dispose();
        }
    }

    /** The title at the largest size at which it fits {@code maxLines} lines and {@code height}; shortened at the smallest. */
    private static List<TextLayout> fitTitle(Text text, float[] sizes, float k, float width, float height, int maxLines,
                                             FontRenderContext frc) {
        Lines lines = null;
        for (float size : sizes) {
            Font font = CardFont.of(size * k);
            int fitting = Math.max(1, Math.min(maxLines, (int) (height / (lineHeight(font, frc) * 1.22f))));
            lines = layout(text.title(), font, width, fitting, frc, text.locale());
            if (!lines.shortened() && blockHeight(lines.layouts(), 1.22f) <= height) break;
        }
        return lines.layouts();
    }

    /** Lines of text laid out; {@code shortened} when the text did not fit and its last line ends in "…". */
    record Lines(List<TextLayout> layouts, boolean shortened) {
    }

    private static float lineHeight(Font font, FontRenderContext frc) {
        return font.getLineMetrics("Hg", frc).getAscent() + font.getLineMetrics("Hg", frc).getDescent();
    }

    /**
     * {@code text} broken into at most {@code maxLines} lines no wider than {@code width}; when it needs more, the
     * last line is cut where the rest of it and "…" fit.
     */
    static List<TextLayout> lines(String text, Font font, float width, int maxLines, FontRenderContext frc, Locale locale) {
        return layout(text, font, width, maxLines, frc, locale).layouts();
    }

    static Lines layout(String text, Font font, float width, int maxLines, FontRenderContext frc, Locale locale) {
        List<TextLayout> out = new ArrayList<>();
        if (text.isEmpty()) return new Lines(out, false);
        AttributedString styled = CardFont.styled(text, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), BreakIterator.getLineInstance(locale), frc);
        int end = text.length();
        while (measurer.getPosition() < end && out.size() < maxLines) {
            int start = measurer.getPosition();
            if (out.size() == maxLines - 1 && measurer.nextOffset(width) < end) {
                float ellipsis = new TextLayout(ELLIPSIS, font, frc).getAdvance();
                int cut = measurer.nextOffset(Math.max(1, width - ellipsis));
                String shortened = text.substring(start, cut).stripTrailing() + ELLIPSIS;
                out.add(new TextLayout(CardFont.styled(shortened, font).getIterator(), frc));
                return new Lines(out, true);
            }
            int next = measurer.nextOffset(width);
            if (next < end) next = keepTogether(text, start, next);
            out.add(measurer.nextLayout(width, next, false));
        }
        return new Lines(out, false);
    }

    /** Characters that may not begin a line (Japanese kinsoku shori, and closing punctuation everywhere). */
    private static final String NO_LINE_START = ",.!?:;%)]}’”、。，．・：；？！ー〜～゛゜ヽヾゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ」』】〕〉》）］｝…‥";
    /** Characters that may not end a line. */
    private static final String NO_LINE_END = "([{‘“「『【〔〈《（［｛";

    /**
     * A break moved back by a character or two when the next line would start with closing punctuation or a small
     * kana, or this line would end with an opening bracket, as Japanese typesetting does.
     */
    static int keepTogether(String text, int start, int next) {
        int at = next;
        for (int tries = 0; tries < 3 && at - 1 > start; tries++) {
            boolean badStart = NO_LINE_START.indexOf(text.charAt(at)) >= 0;
            boolean badEnd = NO_LINE_END.indexOf(text.charAt(at - 1)) >= 0;
            if (!badStart && !badEnd) return at;
            at--;
            if (Character.isLowSurrogate(text.charAt(at)) && at - 1 > start) at--;
        }
        boolean fine = NO_LINE_START.indexOf(text.charAt(at)) < 0 && NO_LINE_END.indexOf(text.charAt(at - 1)) < 0;
        return fine ? at : next;
    }

    /** Draws lines from {@code top} down; returns where the block ends. */
    private static float drawLines(Graphics2D g, List<TextLayout> lines, float left, float top, float spacing, Color colour) {
        g.setColor(colour);
        float y = top;
        for (TextLayout line : lines) {
            float lineHeight = (line.getAscent() + line.getDescent()) * spacing;
            float baseline = y + (lineHeight - line.getAscent() - line.getDescent()) / 2 + line.getAscent();
            line.draw(g, left, baseline);
            y += lineHeight;
        }
        return y;
    }

    private static float blockHeight(List<TextLayout> lines, float spacing) {
        float h = 0;
        for (TextLayout line : lines) h += (line.getAscent() + line.getDescent()) * spacing;
        return h;
    }

    /** "December 31, 2025 · #tag #other", leaving out tags that do not fit. */
    private static String footer(Text text, Font font, float width, FontRenderContext frc) {
        List<String> tags = new ArrayList<>(text.tags().stream().map(t -> "#" + t.replace(' ', '-')).toList());
        while (true) {
            StringBuilder sb = new StringBuilder(text.date());
            if (!tags.isEmpty()) {
                if (sb.length() > 0) sb.append("   ·   ");
                sb.append(String.join("  ", tags));
            }
            String line = sb.toString();
            if (tags.isEmpty() || line.isEmpty() || new TextLayout(CardFont.styled(line, font).getIterator(), frc).getAdvance() <= width) return line;
            tags.remove(tags.size() - 1);
        }
    }

    private static Color withAlpha(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
