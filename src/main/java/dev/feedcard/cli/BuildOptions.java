package dev.feedcard.cli;

import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.config.ConfigFile;
import dev.feedcard.config.Setting;
import dev.feedcard.content.Dates;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options every command that reads the content shares: one flag for each declared {@link Setting}, made from its
 * declaration when the command is set up (so that a setting's flag, value, help and default are written only there),
 * plus --config and --now. A flag's value wins over the configuration file's.
 */
@Command(modelTransformer = BuildOptions.DeclaredFlags.class)
final class BuildOptions {
    /** The command these options are part of, whose parsed options hold the flags' values. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Adds an option for each declared setting's flag to the command that mixes these options in. */
    static final class DeclaredFlags implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (Setting<?> setting : Setting.all()) spec.addOption(option(setting));
            return spec;
        }

        private static OptionSpec option(Setting<?> setting) {
            String help = setting.help() + (setting.shownDefault() == null ? "." : " (default: " + setting.shownDefault() + ").");
            OptionSpec.Builder option = OptionSpec.builder(setting.flag()).description(plain(help));
            if (setting.label() != null) option.paramLabel(setting.label());
            switch (setting.kind()) {
                case TEXT, LIST -> option.type(String.class);
                case PATH -> option.type(Path.class);
                case PATHS -> option.type(List.class).auxiliaryTypes(Path.class);
                case NUMBER -> option.type(Integer.class);
                case SWITCH -> option.type(Boolean.class).arity("0");
                case MAPPING -> option.type(Map.class).auxiliaryTypes(String.class, String.class);
            }
            return option.build();
        }
    }

    /** Text for the terminal: the declarations mark code with backticks, for the documentation. */
    static String plain(String text) {
        return text.replace("`", "");
    }

    /** The configuration file these options read, or would read once it exists. */
    Path configFile() {
        Path config = value(Setting.CONFIG);
        return config != null ? config : Path.of(ConfigFile.DEFAULT_NAME);
    }

    Config toConfig() {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (Setting<?> setting : Setting.all()) {
            if (setting.key() != null) flags.put(setting.key(), asSetting(value(setting)));
        }
        return Config.from(ConfigFile.read(value(Setting.CONFIG), flags), now());
    }

    /** The flag's value as picocli converted it, or null when the flag was not given. */
    @SuppressWarnings("unchecked")
    private <T> T value(Setting<?> setting) {
        return (T) command.findOption(setting.flag()).getValue();
    }

    /** A flag's value as the configuration file would hold it: paths as text, lists and mappings as copies. */
    private static Object asSetting(Object value) {
        if (value instanceof Path path) return path.toString();
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        if (value instanceof Map<?, ?> map) return new LinkedHashMap<>(map);
        return value;
    }

    private Instant now() {
        String now = value(Setting.NOW);
        if (now != null) {
            return Dates.parse(now, ZoneOffset.UTC).orElseThrow(() -> new ConfigException("--now: '" + now + "' is not a date such as 2024-05-01T12:00:00Z"));
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigException("SOURCE_DATE_EPOCH: '" + now + "' is not a number of seconds");
            }
        }
        return Instant.now();
    }
}
