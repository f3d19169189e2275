package dev.feedcard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The documentation's tables of flags and settings, written from the declarations in {@link Setting}: the options table
 * of docs/command-line.md and the settings table of docs/configuration.md, each between
 * {@code <!-- generated: NAME -->} and {@code <!-- end -->}. After changing a declaration, rewrite them from the
 * repository's folder with
 * {@code mvn -B -q -o test-compile && java -cp target/classes:target/test-classes dev.feedcard.config.SettingTables};
 * {@link SettingTablesTest} fails until then.
 */
final class SettingTables {
    /** Each generated table by the page that holds it, by the name its markers give it. */
    static final Map<Path, Map<String, String>> PAGES = Map.of(
            Path.of("docs/command-line.md"), Map.of("options", options()),
            Path.of("docs/configuration.md"), Map.of("settings", settings()));

    private SettingTables() {
    }

    /** Rewrites the generated tables in the pages. */
    public static void main(String[] args) throws IOException {
        for (Map.Entry<Path, Map<String, String>> page : PAGES.entrySet()) {
            String text = Files.readString(page.getKey(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> table : page.getValue().entrySet()) text = replace(text, table.getKey(), table.getValue());
            Files.writeString(page.getKey(), text, StandardCharsets.UTF_8);
            System.out.println("wrote " + page.getKey());
        }
    }

    /** Every flag: what it does and its default. */
    static String options() {
        StringBuilder table = new StringBuilder("| option | meaning | default |\n|---|---|---|\n");
        for (Setting<?> s : Setting.all()) table.append(row(code(withLabel(s)), meaning(s), shownDefault(s, "off")));
        return table.toString();
    }

    /** Every key of feedcard.yml: its flag, its kind, what it does and its default. */
    static String settings() {
        StringBuilder table = new StringBuilder("| setting | flag | kind | meaning | default |\n|---|---|---|---|---|\n");
        for (Setting<?> s : Setting.all()) {
            if (s.key() != null) table.append(row(code(s.key()), code(withLabel(s)), s.kind().description(), meaning(s), shownDefault(s, code("false"))));
        }
        return table.toString();
    }

    /** The text between a table's markers in a page. */
    static String between(String page, String name) {
        String start = "<!-- generated: " + name + " -->\n";
        int from = page.indexOf(start);
        int to = page.indexOf("<!-- end -->", from);
        if (from < 0 || to < 0) throw new IllegalArgumentException("no '" + start.strip() + "' ... '<!-- end -->' in the page");
        return page.substring(from + start.length(), to);
    }

    private static String replace(String page, String name, String table) {
        String old = between(page, name);
        int from = page.indexOf("<!-- generated: " + name + " -->\n") + ("<!-- generated: " + name + " -->\n").length();
        return page.substring(0, from) + table + page.substring(from + old.length());
    }

    /** The default in code when it is the value itself, in words when the declaration describes it, or none. */
    private static String shownDefault(Setting<?> s, String switchDefault) {
        if (s.kind() == Setting.Kind.SWITCH) return switchDefault;
        if (s.shownDefault() == null) return "none";
        return s.shownDefault().equals(String.valueOf(s.fallback())) ? code(s.shownDefault()) : s.shownDefault();
    }

    private static String withLabel(Setting<?> s) {
        return s.label() == null ? s.flag() : s.flag() + " " + s.label();
    }

    /** The help text as the tables write it: starting in lower case, as a table cell does. */
    private static String meaning(Setting<?> s) {
        return Character.toLowerCase(s.help().charAt(0)) + s.help().substring(1);
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", Arrays.stream(cells).map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }
}
