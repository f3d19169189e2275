package dev.feedcard.content;

import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post file split into its YAML front matter and its Markdown body.
 *
 * @param values the front matter's top-level keys
 * @param yamlFirstLine the file line where the YAML starts (after the opening ---)
 * @param yaml the YAML text, to find the line of a key
 * @param bodyLine the file line where the body starts
 */
public record FrontMatter(Map<String, Object> values, int yamlFirstLine, String yaml, String body, int bodyLine) {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern CLOSING = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final int MAX_YAML_CHARS = 256 * 1024;

    /** Splits and parses a post's text (line endings already normalised to \n, BOM removed). */
    public static FrontMatter parse(String file, String text) throws ProblemException {
        if (!OPENING.matcher(text).lookingAt()) {
            throw new ProblemException(Problem.error(file, 1, "the file does not start with front matter",
                    "begin the file with a line '---', the post's settings (title: ..., date: ...), and another '---'"));
        }
        int yamlStart = text.indexOf('\n') + 1;
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(yamlStart)) {
            throw new ProblemException(Problem.error(file, 1, "the front matter is never closed",
                    "add a line '---' after the post's settings, before the text"));
        }
        String yaml = text.substring(yamlStart, closing.start());
        if (yaml.length() > MAX_YAML_CHARS) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is " + yaml.length() / 1024 + " KB long",
                    "keep the post's settings under " + MAX_YAML_CHARS / 1024 + " KB; move long text into the body"));
        }
        int bodyStart = Math.min(text.length(), text.indexOf('\n', closing.start()) < 0 ? text.length() : text.indexOf('\n', closing.start()) + 1);
        int bodyLine = lineAt(text, bodyStart);
        return new FrontMatter(load(file, yaml), 2, yaml, text.substring(bodyStart), bodyLine);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file, String yaml) throws ProblemException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_YAML_CHARS)
                .build();
        Object doc;
        try {
            doc = new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 2).orElse(1);
            throw new ProblemException(Problem.error(file, line, "the front matter is not valid YAML: " + firstLine(e.getProblem()),
                    "fix the YAML; quote values that contain ': ' or start with a special character"));
        } catch (YamlEngineException | StackOverflowError e) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is not valid YAML: " + firstLine(String.valueOf(e.getMessage())),
                    "fix the YAML; quote values that contain ': ' or start with a special character"));
        }
        if (doc == null) return Map.of();
        if (!(doc instanceof Map<?, ?> map)) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is not a list of settings",
                    "write one 'key: value' per line, such as 'title: My post'"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        ((Map<Object, Object>) map).forEach((k, v) -> values.put(String.valueOf(k), v));
        return values;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** The file line where a top-level key is written, or the front matter's first line. */
    public int lineOf(String key) {
        Matcher m = Pattern.compile("^" + Pattern.quote(key) + "\\s*:", Pattern.MULTILINE).matcher(yaml);
        return m.find() ? yamlFirstLine + lineAt(yaml, m.start()) - 1 : yamlFirstLine;
    }
}
