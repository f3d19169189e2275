package dev.feedcard.config;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a feedcard.yml file into {@link Settings}, with flags taking precedence over its keys. Folders named in the
 * file (content, out, static) are relative to the file's own folder; folders given as flags are relative to the
 * current folder.
 */
public final class ConfigFile {
    public static final String DEFAULT_NAME = "feedcard.yml";
    /** The settings whose folders are relative to the file's folder when the file names them. */
    private static final List<Setting<?>> FOLDERS = List.of(Setting.CONTENT, Setting.OUT, Setting.STATIC, Setting.PAGES);

    private ConfigFile() {
    }

    /**
     * @param file the file named by --config, or null to use feedcard.yml when the current folder has one
     * @param flags settings given on the command line; they win over the file's
     */
    public static Settings read(Path file, Map<String, Object> flags) {
        Map<String, Object> merged = new LinkedHashMap<>();
        String origin = "command line";
        // a feedcard.yml that is not a regular file is refused by load, not passed over
        Path chosen = file != null ? file : Files.exists(Path.of(DEFAULT_NAME)) ? Path.of(DEFAULT_NAME) : null;
        if (chosen != null) {
            merged.putAll(relativeTo(chosen.toAbsolutePath().getParent(), load(chosen)));
            origin = chosen.toString();
        }
        flags.forEach((k, v) -> { if (v != null) merged.put(k, v); });
        return new Settings(merged, origin);
    }

    /** The file's folder settings made relative to the file's folder (unchanged when that is the current folder). */
    private static Map<String, Object> relativeTo(Path folder, Map<String, Object> values) {
        if (folder == null || folder.equals(Path.of("").toAbsolutePath())) return values;
        Map<String, Object> out = new LinkedHashMap<>(values);
        for (Setting<?> setting : FOLDERS) {
            String key = setting.key();
            Object value = values.get(key);
            if (value instanceof List<?> list) {
                List<Object> resolved = new ArrayList<>();
                for (Object item : list) resolved.add(item instanceof String text ? resolve(folder, text) : item);
                out.put(key, resolved);
            } else if (value instanceof String text) {
                out.put(key, text.contains(",") && setting.kind() == Setting.Kind.PATHS ? resolveEach(folder, text) : resolve(folder, text));
            }
        }
        return out;
    }

    private static String resolve(Path folder, String path) {
        String trimmed = path.strip();
        if (trimmed.isEmpty()) return path;
        try {
            return folder.resolve(trimmed).normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static List<String> resolveEach(Path folder, String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) if (!part.isBlank()) out.add(resolve(folder, part));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) {
        // a named pipe or a device would be read until it ends, which may be never
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": this is a folder, not a configuration file; name the file with --config FILE");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ConfigException(file + ": this is not a regular file (but a named pipe, a socket or a device), so it is not read;"
                    + " name a configuration file with --config FILE");
        }
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
