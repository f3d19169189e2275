package dev.feedcard.render;

import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.net.URI;
import java.time.ZonedDateTime;

/** Where a post lives on the site: the permalink pattern filled in with its slug and date. */
public final class Permalinks {
    private Permalinks() {
    }

    /** The post's path below the site root, such as "/my-post/" or "/2024/05/my-post/". */
    public static String path(Site site, Post post) {
        ZonedDateTime date = post.published().atZone(site.timeZone());
        return site.permalink()
                .replace("{slug}", encodeSegment(post.slug()))
                .replace("{year}", String.format("%04d", date.getYear()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{day}", String.format("%02d", date.getDayOfMonth()))
                .replace("{lang}", post.language());
    }

    public static URI of(Site site, Post post) {
        return site.resolve(path(site, post));
    }

    /** A slug made safe for a URL path: unreserved ASCII kept, everything else percent-encoded as UTF-8. */
    public static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
