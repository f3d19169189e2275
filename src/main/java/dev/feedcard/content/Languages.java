package dev.feedcard.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Language codes as folder and file names use them: en, ja, pt-br, zh-hans, zh_TW. */
final class Languages {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("([a-zA-Z]{2})(?:[-_]([a-zA-Z]{2}|[a-zA-Z]{4}))?");

    private Languages() {
    }

    /** True when the name is a known two-letter language code, alone or with a region or script (pt-br, zh-hans). */
    static boolean isCode(String name) {
        Matcher m = TAG.matcher(name);
        return m.matches() && ISO_639_1.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** A language code in the form feeds use: lower case, '-' between its parts. */
    static String normalise(String value) {
        return value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
