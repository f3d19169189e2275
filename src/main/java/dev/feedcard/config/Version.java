package dev.feedcard.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** feedcard's own version, as Maven wrote it into the jar. */
public final class Version {
    private static final String VERSION = read();
    private static final String CODE = VERSION + "+" + jarStamp();

    private Version() {
    }

    /** feedcard's version, such as "0.1.0". */
    public static String get() {
        return VERSION;
    }

    /**
     * The version and the size and time of the jar it runs from: what the caches of earlier builds are filed under,
     * so that a jar built anew (even of the same version) never reuses what another one made.
     */
    public static String code() {
        return CODE;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/feedcard/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static String jarStamp() {
        try {
            Path code = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) return "classes";
            return Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
