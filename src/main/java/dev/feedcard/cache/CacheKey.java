package dev.feedcard.cache;

import dev.feedcard.config.Version;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a cached value is filed under: the SHA-256 of everything it is made from. Every key starts with the kind of
 * value, its format number and feedcard's {@link Version#code}, so a new format or a new jar is simply a miss. Parts
 * are written one after the other, each with a type and a length, so that different parts never make one key:
 * ("ab", "c") is not ("a", "bc"), and no text is taken for a number or a missing value.
 */
public final class CacheKey {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private final String hex;

    private CacheKey(String hex) {
        this.hex = hex;
    }

    /** A key for a value of {@code kind} in its {@code format}: its parts follow. */
    public static Builder of(String kind, int format) {
        return new Builder().text(kind).number(format).text(Version.code());
    }

    /** The key whose {@link #hex} is {@code hex}, as a store lists it; an exception when it is not one. */
    static CacheKey ofHex(String hex) {
        if (!HEX.matcher(hex).matches()) throw new IllegalArgumentException("not a cache key: " + hex);
        return new CacheKey(hex);
    }

    /** The key's 64 hexadecimal digits, as it is filed. */
    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey other && hex.equals(other.hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }

    /**
     * The text of a value, as its {@code toString()} gives it. A record whose {@code toString()} is the one Java makes
     * for it is written here from its components, in the same form ({@code Name[a=1, b=[x, y]]}, lists and maps as
     * theirs), rather than by calling it: the first call of each record class's made method costs a short-lived JVM
     * the set-up of its method handles (some 20 ms of a 10,000-post rebuild, on the site's and feeds' settings).
     */
    static String textOf(Object value) {
        StringBuilder text = new StringBuilder();
        appendText(text, value);
        return text.toString();
    }

    private static void appendText(StringBuilder text, Object value) {
        if (value instanceof Record record && MADE_TO_STRING.get(record.getClass())) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            text.append(record.getClass().getSimpleName()).append('[');
            for (int i = 0; i < components.length; i++) {
                if (i > 0) text.append(", ");
                text.append(components[i].getName()).append('=');
                appendText(text, componentValue(record, components[i]));
            }
            text.append(']');
        } else if (value instanceof List<?> || value instanceof Set<?>) {
            text.append('[');
            String separator = "";
            for (Object element : (Collection<?>) value) {
                text.append(separator);
                appendText(text, element);
                separator = ", ";
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(separator);
                appendText(text, entry.getKey());
                text.append('=');
                appendText(text, entry.getValue());
                separator = ", ";
            }
            text.append('}');
        } else {
            text.append(value);
        }
    }

    /** Whether a record class's {@code toString()} is the one Java made (final, as javac declares it), not one of its own. */
    private static final ClassValue<Boolean> MADE_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return Modifier.isFinal(type.getDeclaredMethod("toString").getModifiers());
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private static Object componentValue(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }

    /** The parts of a key, appended in order; {@link #build} hashes them once. */
    public static final class Builder {
        private static final byte TEXT = 1;
        private static final byte NONE = 2;
        private static final byte NUMBER = 3;
        private static final byte KEY = 4;
        /** Cloned for each key: asking the security providers for a digest each time took longer than hashing. */
        private static final MessageDigest SHA_256 = sha256();
        private byte[] parts = new byte[256];
        private int length;

        private Builder() {
        }

        /** Adds a text; null is a part of its own, not the text "null". */
        public Builder text(String text) {
            if (text == null) {
                add(NONE);
                return this;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            add(TEXT);
            addInt(utf8.length);
            add(utf8);
            return this;
        }

        /** Adds a number. */
        public Builder number(long number) {
            add(NUMBER);
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) parts[length++] = (byte) (number >>> shift);
            return this;
        }

        /** Adds a true or false. */
        public Builder flag(boolean flag) {
            return number(flag ? 1 : 0);
        }

        /**
         * Adds a value by its text (null as none, see {@link #textOf}): for settings and values whose text is all of
         * them. An instant is added as its seconds and nanoseconds, which is quicker than its text.
         */
        public Builder value(Object value) {
            if (value instanceof Instant instant) return number(instant.getEpochSecond()).number(instant.getNano());
            return text(value == null ? null : textOf(value));
        }

        /** Adds another key, such as the key of one of the inputs. */
        public Builder key(CacheKey key) {
            add(KEY);
            add(key.hex.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        /** The key of the parts added. */
        public CacheKey build() {
            MessageDigest sha256 = digest();
            sha256.update(parts, 0, length);
            return new CacheKey(HexFormat.of().formatHex(sha256.digest()));
        }

        private void add(byte b) {
            room(1);
            parts[length++] = b;
        }

        private void add(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, parts, length, bytes.length);
            length += bytes.length;
        }

        private void addInt(int n) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) parts[length++] = (byte) (n >>> shift);
        }

        private void room(int more) {
            if (length + more > parts.length) parts = Arrays.copyOf(parts, Math.max(parts.length * 2, length + more));
        }

        private static MessageDigest digest() {
            try {
                return (MessageDigest) SHA_256.clone();
            } catch (CloneNotSupportedException e) {
                return sha256();
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
