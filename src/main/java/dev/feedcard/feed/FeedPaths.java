package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.FileNames;
import dev.feedcard.render.Permalinks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a tag's or a language's feeds go: the rule that turns a tag into one folder name.
 *
 * <ol>
 * <li>The tag's <em>key</em>: Unicode NFC, trimmed, lower-cased (root locale), every run of white space made one
 * {@code -}. Tags with the same key are one tag: "Deep Learning", "deep learning" and "deep-learning" share a feed.</li>
 * <li>The <em>slug</em> keeps the key's letters (any script: 日本語 stays 日本語), combining marks, digits, {@code -},
 * {@code _}, {@code .} and {@code +}; any other character becomes {@code -}, runs of {@code -} become one, and
 * {@code -} or {@code .} at either end are dropped. At most {@value #MAX_LENGTH} characters are kept.</li>
 * <li>When step 2 changed anything (so two tags could meet: "C#" and "C" would both be "c"), or left nothing, the
 * slug gets {@code -} and the first 8 hex digits of the SHA-256 of the key: "c#" becomes "c-5ba2b1f1". A slug that
 * Windows keeps for a device ({@link FileNames#reservedOnWindows}: "con", "nul.txt") gets them too, after its base
 * ("con-…", "nul-….txt"). A tag's slug depends on that tag alone, so it never changes when other tags come and go.</li>
 * </ol>
 * The folder is {@code tags/<slug>/}; in URLs each segment is percent-encoded as UTF-8
 * ({@code tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/atom.xml}). Languages use the same rule under {@code lang/}.
 */
public final class FeedPaths {
    /** The longest slug kept whole, in characters (file systems allow 255 bytes; a CJK character takes 3). */
    public static final int MAX_LENGTH = 64;

    private FeedPaths() {
    }

    /** What makes two spellings of a tag the same tag. */
    public static String tagKey(String tag) {
        if (isKeyAlready(tag)) return tag;
        String s = Normalizer.normalize(tag, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", "-");
    }

    /**
     * True for a tag that is its own key: ASCII (so already in NFC) without capitals or white space. Most tags are,
     * and a large blog asks for the key of every tag of every post.
     */
    private static boolean isKeyAlready(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c <= ' ' || c >= 0x7f || (c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    /** The slug a tag gets when another tag's slug took its usual one (astronomically rare): the key's whole hash. */
    static String fallbackSlug(String tag) {
        String key = tagKey(tag);
        return "tag-" + sha256Hex(key);
    }

    /** The folder name for a tag (or language), by the rule above. */
    public static String slug(String tag) {
        String key = tagKey(tag);
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '+'
                    || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (keep && !(c == '-' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '-')) sb.appendCodePoint(c);
            else if (!keep && (sb.length() == 0 || sb.charAt(sb.length() - 1) != '-')) sb.append('-');
        });
        String slug = trimEnds(sb.toString());
        if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) slug = trimEnds(slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH)));
        boolean reserved = FileNames.reservedOnWindows(slug);
        if (slug.equals(key) && !slug.isEmpty() && !reserved) return slug;
        String hash = sha256Hex(key).substring(0, 8);
        if (reserved) {
            int dot = slug.indexOf('.');
            return dot < 0 ? slug + "-" + hash : slug.substring(0, dot) + "-" + hash + slug.substring(dot);
        }
        return slug.isEmpty() ? "tag-" + hash : slug + "-" + hash;
    }

    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '.')) start++;
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.')) end--;
        return s.substring(start, end);
    }

    /** The output folder of a language's feeds, such as "lang/ja/". */
    public static String languageFolder(String language) {
        return OutputLayout.languageFolder(slug(language));
    }

    /** An output path as a URL path: each segment percent-encoded (UTF-8), slashes kept. */
    public static String urlPath(String path) {
        return java.util.Arrays.stream(path.split("/", -1)).map(Permalinks::encodeSegment)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
