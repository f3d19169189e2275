package dev.feedcard.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social accounts as the head tags name them: an X (Twitter) handle as "@jane", a fediverse account as
 * "@jane@mastodon.social". Settings and front matter may write them without the leading @, or as the profile's URL
 * (https://x.com/jane, https://mastodon.social/@jane).
 */
public final class Handles {
    private static final Pattern TWITTER = Pattern.compile("@?([A-Za-z0-9_]{1,15})");
    private static final Pattern TWITTER_URL = Pattern.compile("https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/([A-Za-z0-9_]{1,15})/?");
    private static final Pattern FEDIVERSE = Pattern.compile("@?([^@\\s/:]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final Pattern FEDIVERSE_URL = Pattern.compile("https://([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)/@([^@\\s/:]+)/?");

    private Handles() {
    }

    /** "@handle" for an X handle ("jane", "@jane", "https://x.com/jane"), or null when the text is none. */
    public static String twitter(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = TWITTER.matcher(t);
        if (m.matches()) return "@" + m.group(1);
        m = TWITTER_URL.matcher(t);
        return m.matches() ? "@" + m.group(1) : null;
    }

    /**
     * "@user@server" for a fediverse account ("@jane@mastodon.social", "jane@mastodon.social",
     * "https://mastodon.social/@jane"), or null when the text is none.
     */
    public static String fediverse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FEDIVERSE.matcher(t);
        if (m.matches()) return "@" + m.group(1) + "@" + m.group(2).toLowerCase(java.util.Locale.ROOT);
        m = FEDIVERSE_URL.matcher(t);
        return m.matches() ? "@" + m.group(2) + "@" + m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }
}
