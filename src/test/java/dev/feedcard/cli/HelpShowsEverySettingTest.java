package dev.feedcard.cli;

import dev.feedcard.config.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The --help of every command that reads the posts shows each declared flag with its value, its help and its default
 * as config/Setting declares them: the same declarations the documentation's tables are written from.
 */
class HelpShowsEverySettingTest {
    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve"})
    void helpShowsEachDeclaredFlagWithItsDefault(String command) {
        Map<String, String> options = options(help(command));
        for (Setting<?> setting : Setting.all()) {
            String shown = options.get(setting.flag());
            assertNotNull(shown, command + " --help lacks " + setting.flag() + ": " + options.keySet());
            String head = setting.label() == null ? setting.flag() : setting.flag() + "=" + setting.label();
            assertTrue(shown.startsWith(compact(head)), command + " --help shows " + shown + ", not " + head);
            assertTrue(shown.contains(compact(BuildOptions.plain(setting.help()))), command + " --help shows " + shown + ", not the help " + setting.help());
            if (setting.shownDefault() == null) {
                assertFalse(shown.contains("(default:"), command + " --help shows a default for " + setting.flag() + ": " + shown);
            } else {
                assertTrue(shown.contains(compact("(default: " + BuildOptions.plain(setting.shownDefault()) + ")")),
                        command + " --help shows " + shown + ", not the default " + setting.shownDefault());
            }
        }
    }

    private static String help(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, Main.run(new PrintWriter(out), new PrintWriter(err), command, "--help"), err.toString());
        return out.toString();
    }

    /**
     * The options a help text lists, by their long name: each the option's line and the lines it wraps onto, without
     * white space (picocli wraps long words, such as URLs, in the middle).
     */
    private static Map<String, String> options(String help) {
        Map<String, String> options = new LinkedHashMap<>();
        String name = null;
        for (String line : help.split("\n")) {
            if (line.matches(" {2}(-\\w, )?--\\S.*| {6}--\\S.*")) {
                String shown = line.strip().replaceFirst("^-\\w, ", "");
                name = shown.split("[= ]", 2)[0];
                options.put(name, compact(shown));
            } else if (name != null && line.startsWith("      ")) {
                options.merge(name, compact(line), String::concat);
            } else {
                name = null;
            }
        }
        return options;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
