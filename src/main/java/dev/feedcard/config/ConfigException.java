package dev.feedcard.config;

/** A configuration that cannot be used: a missing file, bad YAML, a setting of the wrong kind. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
