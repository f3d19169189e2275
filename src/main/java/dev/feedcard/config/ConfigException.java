package dev.feedcard.config;

/** A configuration that cannot be used: a missing file, bad YAML, a setting of the wrong kind. */
public final class ConfigException extends RuntimeException {
    /** A configuration problem, said as the user will read it. */
    public ConfigException(String message) {
        super(message);
    }
}
