package dev.feedcard.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The raw settings of one build: the configuration file's keys, overridden by command-line flags.
 * Typed getters turn a value into what a setting needs, or throw {@link ConfigException} naming the key.
 * Every key a getter asks for is noted, so that once the settings are read, a key nobody asked for (a typo such as
 * {@code siteurl}) is refused by {@link #refuseUnknownKeys()} instead of being ignored.
 */
public final class Settings {
    private final Map<String, Object> values;
    private final String origin;
    private final Set<String> asked = new LinkedHashSet<>();

    public Settings(Map<String, Object> values, String origin) {
        this.values = Map.copyOf(stripNulls(values));
        this.origin = origin;
    }

    private static Map<String, Object> stripNulls(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        return copy;
    }

    /** The value under {@code key}, or null; notes that the key is one feedcard reads. */
    private Object get(String key) {
        asked.add(key);
        return values.get(key);
    }

    /** True when the file or a flag gives the setting a value. */
    public boolean has(Setting<?> setting) {
        return get(setting.key()) != null;
    }

    /** A single-value setting, trimmed; its declared default when not given. */
    public String string(Setting<String> setting) {
        String key = setting.key();
        Object v = get(key);
        if (v == null) return setting.fallback();
        if (v instanceof Map || v instanceof List) throw wrong(setting, "a single value");
        return String.valueOf(v).trim();
    }

    /**
     * A whole-number setting. A fraction ({@code 1.5}, {@code 2e0}) or a number beyond the range of an int is refused,
     * never rounded, cut or wrapped.
     */
    public int integer(Setting<Integer> setting) {
        String key = setting.key();
        Object v = get(key);
        if (v == null) return setting.fallback();
        BigInteger whole;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            whole = BigInteger.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger big) {
            whole = big;
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Map || v instanceof Collection) {
            throw wrong(key, "a whole number");
        } else {
            try {
                whole = new BigInteger(String.valueOf(v).trim());
            } catch (NumberFormatException e) {
                throw wrong(key, "a whole number");
            }
        }
        if (whole.bitLength() > 31) throw wrong(key, "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        return whole.intValue();
    }

    /** A true-or-false setting, also written yes or no; its declared default when not given. */
    public boolean bool(Setting<Boolean> setting) {
        String key = setting.key();
        Object v = get(key);
        if (v == null) return setting.fallback();
        if (v instanceof Boolean b) return b;
        String s = String.valueOf(v).trim().toLowerCase();
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        throw wrong(key, "true or false");
    }

    /** A list setting, given as a YAML list or as a comma-separated string. */
    public List<String> list(Setting<List<String>> setting) {
        Object v = get(setting.key());
        if (v == null) return setting.fallback();
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> items) {
            for (Object item : items) if (item != null && !String.valueOf(item).isBlank()) out.add(String.valueOf(item).trim());
        } else {
            for (String part : String.valueOf(v).split(",")) if (!part.isBlank()) out.add(part.trim());
        }
        return out;
    }

    /** A mapping setting; its declared default when not given. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(Setting<Map<String, Object>> setting) {
        Object v = get(setting.key());
        if (v == null) return setting.fallback();
        if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw wrong(setting, "a mapping of names to values");
    }

    /** The error for a setting whose value is not what it must be: {@code expected} says what it must be. */
    public ConfigException wrong(Setting<?> setting, String expected) {
        return wrong(setting.key(), expected);
    }

    private ConfigException wrong(String key, String expected) {
        return new ConfigException(origin + ": setting '" + key + "' must be " + expected + ", not '" + values.get(key) + "'");
    }

    /**
     * Refuses a key that no getter has asked for: called once every setting has been read, so the keys feedcard
     * knows are the ones it reads, never a second list. The message names the nearest known key.
     */
    public void refuseUnknownKeys() {
        for (String key : values.keySet()) {
            if (asked.contains(key)) continue;
            throw new ConfigException(origin + ": unknown setting '" + key + "'; did you mean '" + nearest(key, asked) + "'?"
                    + " (feedcard ignores no setting: correct or remove it; every setting is listed in docs/configuration.md)");
        }
    }

    /** The name among {@code known} that is fewest edits away from {@code name}, ignoring case; the first such one on a tie. */
    public static String nearest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: the fewest insertions, deletions and replacements of one character that turn a into b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
