package dev.feedcard.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post file split into its front matter and its Markdown body. The front matter is YAML between {@code ---} lines,
 * TOML between {@code +++} lines (Hugo), or one JSON object that opens the file (Hugo).
 *
 * @param format the front matter's language
 * @param values the front matter's top-level keys; dates in TOML come as java.time values
 * @param firstLine the file line where the front matter's text starts (after the opening line for YAML and TOML)
 * @param source the front matter's text (YAML, TOML or JSON), to find the line of a key
 * @param bodyLine the file line where the body starts
 * @param warnings what was read in a way the author may not mean (a YAML key written twice), one warning each
 */
public record FrontMatter(Format format, Map<String, Object> values, int firstLine, String source, String body, int bodyLine,
                          List<Problem> warnings) {

    public FrontMatter {
        warnings = List.copyOf(warnings);
    }

    /** The languages front matter is written in. */
    public enum Format {
        YAML("---"), TOML("+++"), JSON("{");

        private final String opening;

        Format(String opening) {
            this.opening = opening;
        }

        /** What opens a front matter of this format. */
        public String opening() {
            return opening;
        }
    }

    private static final Pattern YAML_OPENING = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern YAML_CLOSING = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern TOML_OPENING = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n");
    private static final Pattern TOML_CLOSING = Pattern.compile("^\\+\\+\\+[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern JSON_OPENING = Pattern.compile("\\A\\{[ \\t]*(\\n|\")");
    private static final int MAX_CHARS = 256 * 1024;
    private static final int MAX_DEPTH = 50;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_CHARS).build();

    /** Jackson's TOML and JSON readers, made when a post first needs one: making them takes a fifth of a second, which a blog in YAML never needs to spend. */
    private static final class Mappers {
        static final ObjectMapper TOML = TomlMapper.builder(TomlFactory.builder().streamReadConstraints(LIMITS).build())
                .enable(TomlReadFeature.PARSE_JAVA_TIME).build();
        static final ObjectMapper JSON = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                        .streamReadConstraints(LIMITS).build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        /** For front matter with a repeated key, read again keeping the last one. */
        static final ObjectMapper LENIENT_JSON = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(LIMITS).build()).build();
    }

    /**
     * Where, in a post file's bytes, the line that closes its YAML or TOML front matter ends (after its line break):
     * all {@link #parse} needs of the file. The whole file (its length) for JSON front matter, or when no closing line
     * is found. A closing line is one holding only the fence ('---' or '...' for YAML, '+++' for TOML) and spaces or
     * tabs, as {@link #parse} reads it; a file may also begin with a byte order mark and end its lines in \r\n or \r.
     */
    public static int endInBytes(byte[] bytes) {
        int start = startsWith(bytes, 0, BOM) ? BOM.length : 0;
        byte fence = startsWith(bytes, start, YAML_FENCE) ? (byte) '-' : startsWith(bytes, start, TOML_FENCE) ? (byte) '+' : 0;
        if (fence == 0) return bytes.length;
        for (int line = nextLine(bytes, start); line < bytes.length; line = nextLine(bytes, line)) {
            int end = closingLineEnd(bytes, line, fence);
            if (end < 0 && fence == '-') end = closingLineEnd(bytes, line, (byte) '.');
            if (end >= 0) return end;
        }
        return bytes.length;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] YAML_FENCE = "---".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOML_FENCE = "+++".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[at + i] != prefix[i]) return false;
        return true;
    }

    /** Where the line after the one at {@code at} starts (after \n, \r\n or \r), or the length. */
    private static int nextLine(byte[] bytes, int at) {
        for (int i = at; i < bytes.length; i++) {
            if (bytes[i] == '\n') return i + 1;
            if (bytes[i] == '\r') return i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return bytes.length;
    }

    /** Where the line at {@code at} ends (after its line break) when it is three {@code fence} bytes, then spaces or tabs; else -1. */
    private static int closingLineEnd(byte[] bytes, int at, byte fence) {
        if (bytes.length - at < 3 || bytes[at] != fence || bytes[at + 1] != fence || bytes[at + 2] != fence) return -1;
        int i = at + 3;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) i++;
        if (i == bytes.length) return i;
        return bytes[i] == '\n' || bytes[i] == '\r' ? nextLine(bytes, i) : -1;
    }

    /** Splits and parses a post's text (line endings already normalised to \n, BOM removed). */
    public static FrontMatter parse(String file, String text) throws ProblemException {
        if (YAML_OPENING.matcher(text).lookingAt()) return delimited(file, text, Format.YAML, YAML_CLOSING);
        if (TOML_OPENING.matcher(text).lookingAt()) return delimited(file, text, Format.TOML, TOML_CLOSING);
        if (JSON_OPENING.matcher(text).lookingAt()) return json(file, text);
        throw new ProblemException(Problem.error(file, 1, "the file does not start with front matter",
                "begin the file with a line '---', the post's settings (title: ..., date: ...), and another '---'"
                        + " (or '+++' around TOML, or a JSON object)"));
    }

    private static FrontMatter delimited(String file, String text, Format format, Pattern closingLine) throws ProblemException {
        String fence = format.opening();
        int start = text.indexOf('\n') + 1;
        Matcher closing = closingLine.matcher(text);
        if (!closing.find(start)) {
            throw new ProblemException(Problem.error(file, 1, "the front matter is never closed",
                    "add a line '" + fence + "' after the post's settings, before the text"));
        }
        String source = text.substring(start, closing.start());
        checkSize(file, source);
        int lineEnd = text.indexOf('\n', closing.start());
        int bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
        List<Problem> warnings = new ArrayList<>();
        Map<String, Object> values = format == Format.YAML ? yaml(file, source, warnings) : toml(file, source);
        return new FrontMatter(format, values, 2, source, text.substring(bodyStart), lineAt(text, bodyStart), warnings);
    }

    private static void checkSize(String file, String source) throws ProblemException {
        if (source.length() > MAX_CHARS) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is " + source.length() / 1024 + " KB long",
                    "keep the post's settings under " + MAX_CHARS / 1024 + " KB; move long text into the body"));
        }
    }

    /** Characters YAML refuses anywhere in a document; they carry nothing in a post's settings, so they are dropped. */
    static final Pattern YAML_FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");
    /** Whether {@code s} holds a character of {@link #YAML_FORBIDDEN}: one look at each, as most front matter holds none. */
    static boolean holdsYamlForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F && c != 0x85 || c >= 0xFFFE) return true;
        }
        return false;
    }

    private static final String YAML_HINT = "fix the YAML; quote values that contain ': ' or start with a special character";

    /**
     * The YAML's top-level keys. A key written twice in one mapping is read as Jekyll and Hugo read it, the last one
     * winning, with a warning in {@code warnings} at the line of each repeat.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file, String source, List<Problem> warnings) throws ProblemException {
        String yaml = holdsYamlForbidden(source) ? YAML_FORBIDDEN.matcher(source).replaceAll("") : source;
        Object doc;
        try {
            LoadSettings settings = yamlSettings(file, false);
            if (mayNestDeeperThanAllowed(yaml)) checkYamlDepth(file, yaml, settings);
            try {
                doc = new Load(settings).loadFromString(yaml);
            } catch (DuplicateKeyException e) {
                // rare: read again, keeping the last of each repeated key, and say which keys were repeated where
                LoadSettings lenient = yamlSettings(file, true);
                doc = new Load(lenient).loadFromString(yaml);
                new Compose(lenient).composeString(yaml).ifPresent(node -> warnRepeatedKeys(file, node, warnings, new IdentityHashMap<>()));
            }
        } catch (MarkedYamlEngineException e) {
            throw new ProblemException(yamlProblem(file, e));
        } catch (YamlEngineException e) {
            String problem = firstLine(String.valueOf(e.getMessage()));
            if (problem.startsWith("Number of aliases")) {
                throw new ProblemException(Problem.error(file, 2, "the front matter repeats lists or mappings through more than 20 aliases (*name),"
                        + " as a 'billion laughs' attack does", "write the values out instead of repeating them with aliases"));
            }
            throw new ProblemException(Problem.error(file, 2, "the front matter is not valid YAML: " + problem, YAML_HINT));
        } catch (StackOverflowError e) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is nested too deeply",
                    "keep the post's settings simple: at most " + MAX_DEPTH + " levels of lists and mappings"));
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

    private static LoadSettings yamlSettings(String file, boolean allowDuplicateKeys) {
        return LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(allowDuplicateKeys)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_CHARS)
                .build();
    }

    /** A warning for each key of a mapping (at any depth below {@code node}) written again after its first time. */
    private static void warnRepeatedKeys(String file, Node node, List<Problem> warnings, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) return;
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> firstLines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    int line = key.getStartMark().map(m -> m.getLine() + 2).orElse(2);
                    Integer first = firstLines.putIfAbsent(key.getValue(), line);
                    if (first != null) warnings.add(repeatedKey(file, line, key.getValue(), first));
                }
                warnRepeatedKeys(file, tuple.getValueNode(), warnings, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) warnRepeatedKeys(file, item, warnings, seen);
        }
    }

    /**
     * False when the YAML cannot hold more than {@link #MAX_DEPTH} nested lists and mappings: each level starts with
     * one of the characters counted here, so front matter with fewer of them needs no second parse to check its depth.
     */
    private static boolean mayNestDeeperThanAllowed(String yaml) {
        int starts = 0;
        for (int i = 0; i < yaml.length(); i++) {
            switch (yaml.charAt(i)) {
                case ':', '-', '?', '[', '{' -> {
                    if (++starts > MAX_DEPTH) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /**
     * Refuses YAML nested deeper than {@value #MAX_DEPTH} levels before it is built into objects: snakeyaml-engine's
     * parser keeps its own stack, but the step that builds the objects recurses once per level.
     */
    private static void checkYamlDepth(String file, String yaml, LoadSettings settings) throws ProblemException {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    int line = event.getStartMark().map(m -> m.getLine() + 2).orElse(2);
                    throw new ProblemException(Problem.error(file, line, "the front matter is nested too deeply (more than " + MAX_DEPTH + " levels)",
                            "keep the post's settings simple: at most " + MAX_DEPTH + " levels of lists and mappings"));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    /** A YAML error in words a person can act on, at the line where the broken part starts. */
    private static Problem yamlProblem(String file, MarkedYamlEngineException e) {
        String problem = firstLine(e.getProblem());
        int problemLine = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 2).orElse(2);
        String tagPrefix = "could not determine a constructor for the tag ";
        if (problem.startsWith(tagPrefix)) {
            String tag = problem.substring(tagPrefix.length()).replace("tag:yaml.org,2002:", "!!");
            return Problem.error(file, problemLine, "the front matter is not valid YAML: the tag '" + tag + "' is not allowed",
                    "front matter holds plain values; remove the tag");
        }
        String opened = e.getContext() == null ? null : switch (e.getContext()) {
            case "while scanning a quoted scalar" -> "the quoted text that starts on this line never ends";
            case "while parsing a flow sequence" -> "the list that opens with '[' on this line is not closed properly";
            case "while parsing a flow mapping" -> "the mapping that opens with '{' on this line is not closed properly";
            default -> null;
        };
        int contextLine = e.getContextMark().map(m -> m.getLine() + 2).orElse(problemLine);
        if (opened != null && contextLine < problemLine) {
            return Problem.error(file, contextLine, "the front matter is not valid YAML: " + opened + " (" + problem + " on line " + problemLine + ")",
                    YAML_HINT);
        }
        return Problem.error(file, problemLine, "the front matter is not valid YAML: " + problem, YAML_HINT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toml(String file, String toml) throws ProblemException {
        try {
            Map<String, Object> values = Mappers.TOML.readValue(toml, LinkedHashMap.class);
            return values == null ? Map.of() : values;
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is nested too deeply or too long",
                    "keep the post's settings simple: at most " + MAX_DEPTH + " levels of lists and tables"));
        } catch (JsonProcessingException e) {
            String problem = firstLine(e.getOriginalMessage());
            int line = line(e.getLocation());
            // The TOML reader reports a duplicate key where it stands after reading it: the start of the next line.
            if (problem.startsWith("Duplicate key") && e.getLocation() != null && e.getLocation().getColumnNr() <= 1) line--;
            throw new ProblemException(Problem.error(file, Math.max(1, line) + 1, "the front matter is not valid TOML: " + lowerFirst(problem),
                    "fix the TOML: write one 'key = value' per line, text in double quotes (title = \"My post\"), each key once"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ProblemException(Problem.error(file, 2, "the front matter is not valid TOML: " + firstLine(String.valueOf(e.getMessage())),
                    "fix the TOML: write one 'key = value' per line, text in double quotes (title = \"My post\")"));
        }
    }

    /** A JSON object that opens the file; the body follows the line where the object closes. */
    @SuppressWarnings("unchecked")
    private static FrontMatter json(String file, String text) throws ProblemException {
        try {
            try {
                return jsonObject(file, text, Mappers.JSON, List.of());
            } catch (JsonParseException e) {
                if (!String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) throw e;
                // rare: read again, keeping the last of each repeated key (as Hugo does), and say which keys were repeated where
                return jsonObject(file, text, Mappers.LENIENT_JSON, repeatedJsonKeys(file, text));
            }
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.error(file, 1, "the front matter is nested too deeply or too long",
                    "keep the post's settings simple: at most " + MAX_DEPTH + " levels of lists and objects"));
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.error(file, Math.max(1, line(e.getLocation())), "the front matter is not valid JSON: "
                            + lowerFirst(firstLine(e.getOriginalMessage())),
                    "fix the JSON: \"key\": value pairs separated by commas, no comma after the last one"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new ProblemException(Problem.error(file, 1, "the front matter is not valid JSON: " + firstLine(String.valueOf(e.getMessage())),
                    "fix the JSON: \"key\": value pairs separated by commas, no comma after the last one"));
        }
    }

    /** The JSON object that opens {@code text}, read with {@code mapper}, and the body after it. */
    @SuppressWarnings("unchecked")
    private static FrontMatter jsonObject(String file, String text, ObjectMapper mapper, List<Problem> warnings) throws IOException, ProblemException {
        try (JsonParser parser = mapper.createParser(text)) {
            Map<String, Object> values = mapper.readValue(parser, LinkedHashMap.class);
            int end = (int) parser.currentLocation().getCharOffset();
            String source = text.substring(0, end);
            checkSize(file, source);
            int lineEnd = text.indexOf('\n', end);
            String rest = lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd);
            if (!rest.isBlank()) {
                throw new ProblemException(Problem.error(file, lineAt(text, end), "text follows the JSON front matter on the line where it closes",
                        "put the post's text on the line after the closing '}'"));
            }
            int bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
            return new FrontMatter(Format.JSON, values == null ? Map.of() : values, 1, source, text.substring(bodyStart), lineAt(text, bodyStart),
                    warnings);
        }
    }

    /** A warning for each key of an object of the JSON that opens {@code text} written again after its first time. */
    private static List<Problem> repeatedJsonKeys(String file, String text) throws IOException {
        List<Problem> warnings = new ArrayList<>();
        Deque<Map<String, Integer>> objects = new ArrayDeque<>();
        try (JsonParser parser = Mappers.LENIENT_JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    objects.push(new HashMap<>());
                } else if (token == JsonToken.END_OBJECT) {
                    objects.pop();
                    if (objects.isEmpty()) break;
                } else if (token == JsonToken.FIELD_NAME && !objects.isEmpty()) {
                    int line = parser.currentTokenLocation().getLineNr();
                    Integer first = objects.peek().putIfAbsent(parser.currentName(), line);
                    if (first != null) warnings.add(repeatedKey(file, line, parser.currentName(), first));
                }
            }
        }
        return warnings;
    }

    /** The warning for a key written again on {@code line}, first written on {@code first}. */
    private static Problem repeatedKey(String file, int line, String key, int first) {
        return Problem.warning(file, line, "the key '" + Problem.visible(key) + "' is written twice (first on line " + first
                + "); the last one is used, as Jekyll and Hugo do", "remove the line you do not mean");
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /**
     * This front matter with the keys of the mapping under {@code tableKey} (Hugo's {@code params}) added where the
     * top level has no such key; the top level wins.
     */
    public FrontMatter withFallback(String tableKey) {
        if (!(values.get(tableKey) instanceof Map<?, ?> table) || table.isEmpty()) return this;
        Map<String, Object> merged = new LinkedHashMap<>(values);
        table.forEach((k, v) -> merged.putIfAbsent(String.valueOf(k), v));
        return new FrontMatter(format, merged, firstLine, source, body, bodyLine, warnings);
    }

    /**
     * This front matter over a site's front matter defaults (Jekyll's {@code defaults:}): the front matter wins, a
     * mapping in both merged key by key.
     */
    public FrontMatter withDefaults(Map<String, Object> defaults) {
        if (defaults.isEmpty()) return this;
        Map<String, Object> merged = new LinkedHashMap<>(defaults);
        JekyllConfig.deepMerge(merged, values);
        return new FrontMatter(format, merged, firstLine, source, body, bodyLine, warnings);
    }

    /** The file line where a top-level key is written, or the front matter's first line. */
    public int lineOf(String key) {
        String quoted = Pattern.quote(key);
        String pattern = switch (format) {
            case YAML -> "^" + quoted + "\\s*:";
            case TOML -> "^[ \\t]*(?:" + quoted + "|\"" + quoted + "\"|'" + quoted + "')\\s*=";
            case JSON -> "\"" + quoted + "\"\\s*:";
        };
        String searched = source;
        if (format == Format.TOML) {
            // Top-level keys come before the first [table] header.
            Matcher table = Pattern.compile("^[ \\t]*\\[", Pattern.MULTILINE).matcher(source);
            if (table.find()) searched = source.substring(0, table.start());
        }
        Matcher m = Pattern.compile(pattern, Pattern.MULTILINE).matcher(searched);
        return m.find() ? firstLine + lineAt(searched, m.start()) - 1 : firstLine;
    }
}
