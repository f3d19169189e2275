package dev.feedcard.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One author of a post, or of the site.
 *
 * @param name the name readers see, never blank
 * @param url their page, an absolute http(s) URL, or null
 * @param email their e-mail address, or null
 * @param avatar a picture of them, an absolute http(s) URL, or null
 * @param twitter their X (Twitter) account as "@handle", or null
 * @param fediverse their fediverse account as "@user@server", or null
 */
public record Author(String name, String url, String email, String avatar, String twitter, String fediverse) {
    /** An author written as "Name <address@example.com>", as package.json and git write them. */
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("(.*?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*");
    /** An e-mail address as RSS and Atom take it: one @, a dot in the domain, no spaces or brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\",;:]+@[^\\s@<>()\",;:]+\\.[^\\s@<>()\",;:.]+");

    /** An author without social accounts. */
    public Author(String name, String url, String email, String avatar) {
        this(name, url, email, avatar, null, null);
    }

    /** An author known by name only. */
    public static Author named(String name) {
        return new Author(name, null, null, null);
    }

    /**
     * An author written as one line of text: a name, or a name with the e-mail address after it in angle brackets
     * ("Jane Doe <jane@example.com>"), whose name is the address when only the address is given.
     */
    public static Author parse(String text) {
        String line = text.strip();
        Matcher m = NAME_AND_EMAIL.matcher(line);
        if (!m.matches()) return named(line);
        return new Author(m.group(1).isBlank() ? m.group(2) : m.group(1), null, m.group(2), null);
    }

    /** True when {@code text} is an e-mail address feeds can carry. */
    static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }
}
