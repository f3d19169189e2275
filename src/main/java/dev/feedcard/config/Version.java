package dev.feedcard.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** feedcard's own version, as Maven wrote it into the jar. */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/feedcard/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
