package dev.feedcard.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw settings of one build: the configuration file's keys, overridden by command-line flags.
 * Typed getters turn a value into what a setting needs, or throw {@link ConfigException} naming the key.
 */
public final class Settings {
    private final Map<String, Object> values;
    private final String origin;

    public Settings(Map<String, Object> values, String origin) {
        this.values = Map.copyOf(stripNulls(values));
        this.origin = origin;
    }

    private static Map<String, Object> stripNulls(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        return copy;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object raw(String key) {
        return values.get(key);
    }

    public String string(String key, String fallback) {
        Object v = values.get(key);
        if (v == null) return fallback;
        if (v instanceof Map || v instanceof List) throw wrong(key, "a single value");
        return String.valueOf(v).trim();
    }

    public int integer(String key, int fallback) {
        Object v = values.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n) return n.intValue();
        try {
            return Integer.parseInt(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw wrong(key, "a whole number");
        }
    }

    public boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) return fallback;
        if (v instanceof Boolean b) return b;
        String s = String.valueOf(v).trim().toLowerCase();
        if (s.equals("true") || s.equals("yes")) return true;
        if (s.equals("false") || s.equals("no")) return false;
        throw wrong(key, "true or false");
    }

    /** A list setting, given as a YAML list or as a comma-separated string. */
    public List<String> list(String key) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (v instanceof List<?> items) {
            for (Object item : items) if (item != null && !String.valueOf(item).isBlank()) out.add(String.valueOf(item).trim());
        } else {
            for (String part : String.valueOf(v).split(",")) if (!part.isBlank()) out.add(part.trim());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = values.get(key);
        if (v == null) return Map.of();
        if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw wrong(key, "a mapping of names to values");
    }

    public ConfigException wrong(String key, String expected) {
        return new ConfigException(origin + ": setting '" + key + "' must be " + expected + ", not '" + values.get(key) + "'");
    }
}
