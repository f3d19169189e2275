package dev.feedcard.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Something the server answers with: its bytes, type and validators. The entity tag is made from the bytes, so it
 * changes exactly when the content does, as a production server's (or a CDN's) would.
 *
 * @param lastModified when the content last changed, to the second
 */
record Resource(byte[] body, String type, String etag, Instant lastModified) {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    static Resource of(byte[] body, String type, Instant lastModified) {
        return new Resource(body, type, etagOf(body), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    static Resource text(String text, String type, Instant lastModified) {
        return of(text.getBytes(StandardCharsets.UTF_8), type, lastModified);
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The same bytes sent as another type: another representation, so another entity tag. */
    Resource as(String otherType, String variant) {
        return new Resource(body, otherType, etag.substring(0, etag.length() - 1) + "-" + variant + "\"", lastModified);
    }

    String lastModifiedHeader() {
        return HTTP_DATE.format(lastModified);
    }

    /**
     * Whether a client that sent these request headers already has this content (answer 304), following RFC 9110:
     * If-None-Match decides when present (weak comparison, "*" matches anything); otherwise If-Modified-Since.
     */
    boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || weak(t).equals(weak(etag))) return true;
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
