package dev.feedcard.config;

import java.time.Duration;

/**
 * How feedcard shares the output folder with other builds.
 *
 * @param lockTimeout how long a build waits for another build writing into the same output folder before it gives up
 */
public record OutputSettings(Duration lockTimeout) {

    static OutputSettings from(Settings s) {
        int seconds = s.integer("lockTimeout", 120);
        if (seconds < 0) throw s.wrong("lockTimeout", "0 (do not wait) or a number of seconds");
        return new OutputSettings(Duration.ofSeconds(seconds));
    }
}
