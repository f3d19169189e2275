package dev.feedcard.config;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a feedcard.yml file into {@link Settings}, with flags taking precedence over its keys. */
public final class ConfigFile {
    public static final String DEFAULT_NAME = "feedcard.yml";

    private ConfigFile() {
    }

    /**
     * @param file the file named by --config, or null to use feedcard.yml when the current folder has one
     * @param flags settings given on the command line; they win over the file's
     */
    public static Settings read(Path file, Map<String, Object> flags) {
        Map<String, Object> merged = new LinkedHashMap<>();
        String origin = "command line";
        Path chosen = file != null ? file : Files.isRegularFile(Path.of(DEFAULT_NAME)) ? Path.of(DEFAULT_NAME) : null;
        if (chosen != null) {
            merged.putAll(load(chosen));
            origin = chosen.toString();
        }
        flags.forEach((k, v) -> { if (v != null) merged.put(k, v); });
        return new Settings(merged, origin);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file (" + e.getMessage() + ")");
        }
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build();
        try {
            Object doc = new Load(settings).loadFromString(text);
            if (doc == null) return Map.of();
            if (!(doc instanceof Map)) throw new ConfigException(file + ": the configuration must be a mapping of settings (key: value)");
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) doc).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
