package dev.feedcard.init;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The permalink an Eleventy site's directory data file ({@code blog/blog.11tydata.json} or {@code .js}) gives the
 * posts of its folder, in feedcard's placeholders. JavaScript is never run: a data file's {@code permalink} is read
 * when it is a literal string, and its template is mapped when each part of it is one feedcard can fill
 * ({@code page.fileSlug}; {@code page.date} through the {@code date} filter or a filter whose date format is written
 * in the site's files).
 */
final class EleventyPermalink {
    /** Larger JavaScript files are bundles, not a site's own configuration: not read. */
    private static final long MAX_SCRIPT_BYTES = 256 * 1024;
    private static final List<String> EXTENSIONS = List.of(".11tydata.json", ".11tydata.js", ".11tydata.cjs", ".11tydata.mjs");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", ".git", "_site", "dist", "public", ".cache");
    private static final Pattern PERMALINK_KEY = Pattern.compile("(?<![\\w$.])([\"']?)permalink\\1\\s*(:|\\()");
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}|\\{%.*?%}");
    private static final Pattern DATE_FILTER = Pattern.compile("(?:page\\.)?date\\s*\\|\\s*([\\w$]+)\\s*(?::\\s*|\\(\\s*)?(?:([\"'])(.*?)\\2)?\\s*\\)?");
    private static final Pattern DATE_FORMAT = Pattern.compile("([\"'`])([^\"'`\\n]*(?:yyyy|%Y)[^\"'`\\n]*)\\1");

    /**
     * What was found: the pattern (null when there is none or it cannot be mapped), the data file, and a note for
     * the user (null when there is nothing to check).
     */
    record Found(String pattern, String file, String note) {
    }

    private final Path site;

    private EleventyPermalink(Path site) {
        this.site = site;
    }

    /**
     * The permalink the nearest directory data file gives the posts in {@code content} (a folder below {@code site},
     * '/'-separated), reading filters in {@code configFile} (may be null); null when no data file gives one.
     */
    static Found find(Path site, String content, String configFile) {
        return new EleventyPermalink(site).find(content, configFile);
    }

    private Found find(String content, String configFile) {
        if (content.equals(".")) return null;
        for (String folder = content; folder != null; folder = parent(folder)) {
            String name = folder.substring(folder.lastIndexOf('/') + 1);
            for (String extension : EXTENSIONS) {
                String file = folder + "/" + name + extension;
                if (!Files.isRegularFile(site.resolve(file))) continue;
                Found found = extension.equals(".11tydata.json") ? fromJson(file, configFile) : fromJavaScript(file, configFile);
                if (found != null) return found;
            }
        }
        return null;
    }

    private Found fromJson(String file, String configFile) {
        Object value;
        try {
            Object data = new ObjectMapper().readValue(read(file), Map.class);
            if (!(data instanceof Map<?, ?> map)) return null;
            value = map.get("permalink");
            if (value == null && map.get("eleventyComputed") instanceof Map<?, ?> computed && computed.get("permalink") != null) {
                value = computed.get("permalink");
            }
        } catch (IOException e) {
            return new Found(null, file, "Could not read " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "), which may give the posts' permalink;"
                    + " check 'permalink' in feedcard.yml.");
        }
        if (value == null) return null;
        if (Boolean.FALSE.equals(value)) return notWritten(file);
        if (!(value instanceof String template)) {
            return new Found(null, file, "The permalink in " + file + " is not text; check 'permalink' in feedcard.yml.");
        }
        return fromTemplate(file, template, configFile);
    }

    /** A permalink from a data file's JavaScript, read only when it is a literal string (or false). */
    private Found fromJavaScript(String file, String configFile) {
        String js = withoutComments(read(file));
        Matcher key = PERMALINK_KEY.matcher(js);
        if (!key.find()) return null;
        String rest = js.substring(key.end()).stripLeading();
        String unreadable = "The permalink in " + file + " is JavaScript (a function or an expression), which feedcard does not run;"
                + " set 'permalink' in feedcard.yml to the path it gives a post, such as /blog/{slug}/.";
        if (key.group(2).equals("(")) return new Found(null, file, unreadable);
        if (rest.startsWith("false")) return notWritten(file);
        if (rest.isEmpty() || "\"'`".indexOf(rest.charAt(0)) < 0) return new Found(null, file, unreadable);
        char quote = rest.charAt(0);
        int end = closingQuote(rest, quote);
        if (end < 0) return new Found(null, file, unreadable);
        String literal = rest.substring(1, end);
        String after = rest.substring(end + 1).stripLeading();
        boolean wholeValue = after.isEmpty() || after.startsWith(",") || after.startsWith("}") || after.startsWith(";");
        if (!wholeValue || quote == '`' && literal.contains("${") || literal.contains("\\")) return new Found(null, file, unreadable);
        return fromTemplate(file, literal, configFile);
    }

    private static Found notWritten(String file) {
        return new Found(null, file, file + " gives the posts 'permalink: false': Eleventy writes no page for them, and feedcard"
                + " leaves out the posts whose own front matter says so; check that 'content' is the folder of your published posts.");
    }

    /** An Eleventy (Liquid or Nunjucks) permalink template in feedcard's placeholders, or a note on the part it cannot fill. */
    private Found fromTemplate(String file, String template, String configFile) {
        Matcher m = EXPRESSION.matcher(template);
        StringBuilder pattern = new StringBuilder();
        while (m.find()) {
            String filled = m.group(1) == null ? null : fill(m.group(1).strip(), configFile);
            if (filled == null) {
                return new Found(null, file, "Eleventy's permalink '" + template + "' (in " + file + ") has a part feedcard cannot fill ("
                        + m.group().strip() + "); set 'permalink' in feedcard.yml to the path it gives a post, with {slug}, {year},"
                        + " {month} and {day}.");
            }
            m.appendReplacement(pattern, Matcher.quoteReplacement(filled));
        }
        m.appendTail(pattern);
        String path = ("/" + pattern).replaceAll("/{2,}", "/");
        if (!path.contains("{slug}")) {
            return new Found(null, file, "Eleventy's permalink '" + template + "' (in " + file + ") does not name the post"
                    + " (page.fileSlug); set 'permalink' in feedcard.yml to the path it gives a post.");
        }
        return new Found(path, file, null);
    }

    /** What feedcard writes for one {{ expression }} of a permalink, or null when it cannot. */
    private String fill(String expression, String configFile) {
        String plain = expression.replaceAll("\\s*\\|\\s*(slugify|slug|url)\\s*$", "");
        if (plain.equals("page.fileSlug")) return "{slug}";
        Matcher date = DATE_FILTER.matcher(expression);
        if (!date.matches()) return null;
        String filter = date.group(1);
        String format = date.group(3);
        if (format == null) format = filterFormat(filter, configFile);
        return format == null ? null : dateFormat(format);
    }

    /**
     * The date format a site's own filter writes, as the first format string ({@code 'yyyy/LL/dd'}, {@code '%Y/%m/%d'})
     * after its {@code addFilter("name", …)} in the Eleventy configuration, or in a file named after it
     * ({@code filters/toDatePath.js}); null when none is found.
     */
    private String filterFormat(String filter, String configFile) {
        List<Path> scripts = scripts();
        if (configFile != null) {
            scripts = Stream.concat(Stream.of(site.resolve(configFile)), scripts.stream().filter(f -> !f.equals(site.resolve(configFile)))).toList();
        }
        Pattern added = Pattern.compile("addFilter\\(\\s*([\"'`])" + Pattern.quote(filter) + "\\1");
        for (Path script : scripts) {
            String js = withoutComments(read(script));
            Matcher m = added.matcher(js);
            if (!m.find()) continue;
            int next = js.indexOf("addFilter(", m.end());
            Matcher format = DATE_FORMAT.matcher(js.substring(m.end(), next < 0 ? Math.min(js.length(), m.end() + 600) : next));
            if (format.find()) return format.group(2);
        }
        for (Path script : scripts) {
            String name = script.getFileName().toString();
            if (!name.substring(0, name.lastIndexOf('.')).equals(filter)) continue;
            Matcher format = DATE_FORMAT.matcher(withoutComments(read(script)));
            if (format.find()) return format.group(2);
        }
        return null;
    }

    /** The site's own JavaScript files, up to 5 folders deep, in order of their paths: node_modules and output folders not entered. */
    private List<Path> scripts() {
        List<Path> scripts = new ArrayList<>();
        try {
            Files.walkFileTree(site, Set.of(), 5, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return folder.equals(site) || !SKIPPED_FOLDERS.contains(folder.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile() && (name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs") || name.endsWith(".ts"))) {
                        scripts.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        scripts.sort(null);
        return scripts;
    }

    /**
     * A date format in feedcard's placeholders: Luxon's and date-fns's yyyy, MM or LL, dd, and strftime's %Y, %m, %d,
     * with '/', '-', '.' and '_' between them; null for anything else (a month's name, a week number).
     */
    static String dateFormat(String format) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            String rest = format.substring(i);
            String token = null;
            for (String[] t : new String[][]{{"yyyy", "{year}"}, {"MM", "{month}"}, {"LL", "{month}"}, {"dd", "{day}"},
                    {"%Y", "{year}"}, {"%m", "{month}"}, {"%d", "{day}"}}) {
                if (rest.startsWith(t[0])) {
                    token = t[0];
                    out.append(t[1]);
                    break;
                }
            }
            if (token != null) {
                i += token.length();
            } else if ("/-._".indexOf(format.charAt(i)) >= 0) {
                out.append(format.charAt(i++));
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** Where the string that opens {@code text} with {@code quote} closes (a backslash escapes), or -1. */
    private static int closingQuote(String text, char quote) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == quote) return i;
            else if (c == '\n' && quote != '`') return -1;
        }
        return -1;
    }

    /** JavaScript without its block comments and its whole-line // comments (a // inside a string, as in a URL, is kept). */
    private static String withoutComments(String js) {
        return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? null : folder.substring(0, slash);
    }

    private String read(String file) {
        return read(site.resolve(file));
    }

    private static String read(Path file) {
        try {
            return Files.size(file) > MAX_SCRIPT_BYTES ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
