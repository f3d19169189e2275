package dev.feedcard.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names that are the same on every file system. macOS and Windows take names that differ only in case for one
 * file ({@code Foo.jpg} and {@code foo.jpg}), macOS also names that differ only in Unicode form ({@code café} composed
 * or with a combining accent), and Windows cannot make a file or folder named after a device: CON, PRN, AUX, NUL,
 * COM1 to COM9 and LPT1 to LPT9 (with ¹, ² and ³ too), in any case, alone or before an extension ({@code nul.txt}).
 */
public final class FileNames {
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul");

    private FileNames() {
    }

    /**
     * The form in which two names are one file on some file system: Unicode NFC, each character's case folded
     * (upper case, then lower case: Greek σ and ς are both Σ on Windows).
     */
    public static String folded(String name) {
        if (isAscii(name)) return name.toLowerCase(Locale.ROOT); // NFC already, and each letter's folding is its lower case
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** True for a file or folder name Windows keeps for a device (the part before the first dot, spaces after it ignored). */
    public static boolean reservedOnWindows(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toLowerCase(Locale.ROOT);
        if (DEVICES.contains(base)) return true;
        if (base.length() != 4 || !(base.startsWith("com") || base.startsWith("lpt"))) return false;
        char n = base.charAt(3);
        return n >= '1' && n <= '9' || n == '\u00b9' || n == '\u00b2' || n == '\u00b3';
    }

    /**
     * {@code name}, or for a name Windows keeps for a device, the name with {@code _} after its base ({@code con_},
     * {@code nul_.txt}). A name that already was {@code con_} then meets it: callers that must keep names apart
     * compare them {@link #folded}.
     */
    public static String safe(String name) {
        if (!reservedOnWindows(name)) return name;
        int dot = name.indexOf('.');
        return dot < 0 ? name + "_" : name.substring(0, dot) + "_" + name.substring(dot);
    }
}
