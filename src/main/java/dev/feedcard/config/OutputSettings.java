package dev.feedcard.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How feedcard shares the output folder with other builds.
 *
 * @param lockTimeout how long a build waits for another build writing into the same output folder before it gives up
 * @param cache the folder of cards and rendered posts kept between builds, or null for the default (.feedcard/cache in
 *              the output folder)
 */
public record OutputSettings(Duration lockTimeout, Path cache) {

    /** Where cards and rendered posts are kept between builds when no cache folder is configured, relative to the output folder. */
    public static final String DEFAULT_CACHE = OutputLayout.CACHE;

    static OutputSettings from(Settings s) {
        int seconds = s.integer(Setting.LOCK_TIMEOUT);
        if (seconds < 0) throw s.wrong(Setting.LOCK_TIMEOUT, "0 (do not wait) or a number of seconds");
        String cache = s.string(Setting.CACHE);
        return new OutputSettings(Duration.ofSeconds(seconds), cache.isEmpty() ? null : Path.of(cache));
    }

    /** The cache folder for an output folder. */
    public Path cacheFolder(Path out) {
        return cache != null ? cache : out.resolve(DEFAULT_CACHE);
    }
}
