package dev.feedcard.render;

import dev.feedcard.content.HtmlText;
import dev.feedcard.content.Post;
import dev.feedcard.report.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax a site generator adds to Markdown, turned into the Markdown or HTML that generator makes of it, before
 * the Markdown is parsed: Hugo shortcodes ({@code relref}, {@code ref}, {@code figure}, {@code youtube},
 * {@code vimeo}, {@code highlight}), kramdown attribute lists ({@code {: .note }}, dropped) and Liquid tags
 * ({@code raw}, {@code highlight}, {@code link}, {@code post_url}). Other shortcodes and tags are removed (a paired
 * one keeps what it holds) and named in {@link Result#unknown}, so that none reaches a subscriber as text. Code
 * (fenced blocks and inline code) is left exactly as written.
 */
public final class GeneratorSyntax {
    /** A Hugo shortcode: {@code {{< name args >}}} or {@code {{% name args %}}}, closing ones with a slash. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([A-Za-z][\\w.-]*)(.*?)\\s*[>%]\\}\\}", Pattern.DOTALL);
    /** Hugo's escaped shortcode (a shortcode whose inside is a comment), shown without the comment's marks. */
    private static final Pattern ESCAPED_SHORTCODE = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}", Pattern.DOTALL);
    /** Marks the place of an escaped shortcode while the others are replaced (a character no post holds: see HtmlText#xmlSafe). */
    private static final char ESCAPED_MARK = '\uFFFF';
    private static final Pattern ESCAPED_PLACE = Pattern.compile(ESCAPED_MARK + "(\\d+)" + ESCAPED_MARK);
    /** A Liquid tag: {@code {% name args %}}. */
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*([A-Za-z_]\\w*)(.*?)-?%\\}", Pattern.DOTALL);
    /** A Liquid output of the site's or page's variables: {@code {{ site.baseurl }}}. */
    private static final Pattern LIQUID_VARIABLE = Pattern.compile("\\{\\{-?\\s*(site|page)\\.[\\w.]+(\\s*\\|[^}]*)?\\s*-?\\}\\}");
    /** A kramdown attribute list or block extension: {@code {: .class}}, {@code {:target="_blank"}}. */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^}\\n]*\\}");
    /** A line that opens or closes a fenced code block: three or more backticks or tildes. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    /** Inline code, or a Liquid raw block within one line, whose text is left as written. */
    private static final Pattern INLINE_CODE_OR_RAW = Pattern.compile("(`+)(.+?)\\1|\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}");
    private static final Pattern ENDRAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
    private static final Pattern LIQUID_HIGHLIGHT = Pattern.compile(
            "\\{%-?\\s*highlight\\s+(\\S+)[^%]*%\\}\\n?(.*?)\\{%-?\\s*endhighlight\\s*-?%\\}", Pattern.DOTALL);
    /** Hugo's highlight shortcode, {@code {{< highlight go >}} code {{< /highlight >}}}: its arguments and its code. */
    private static final Pattern HUGO_HIGHLIGHT = Pattern.compile(
            "\\{\\{[<%]\\s*highlight(.*?)\\s*[>%]\\}\\}\\n?(.*?)\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]\\}\\}", Pattern.DOTALL);
    /** A named argument of a shortcode: {@code name="value"}, {@code name='value'} or {@code name=value}. */
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    /** A positional argument: quoted or bare. */
    private static final Pattern POSITIONAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Set<String> LINK_SHORTCODES = Set.of("relref", "ref");

    private GeneratorSyntax() {
    }

    /**
     * The Markdown with the generator's syntax replaced.
     *
     * @param markdown the post's Markdown (the code in it is left as it is)
     * @param links the URL of another post named as {@code relref}, {@code post_url} or {@code link} name it (a path
     *              below the content folder, with or without extension, or a file's name), or null when none is
     * @param unknown the names of what was removed for want of a known meaning ({@code shortcode gist}), or of a link
     *                to a post that was not found ({@code relref "/posts/gone"})
     */
    public record Result(String markdown, List<String> unknown) {
    }

    /**
     * A warning naming what of {@code post}'s generator syntax was removed for want of a known meaning, or links
     * to posts that were not found (only when {@code links} is given); null when there is none.
     */
    public static Problem warning(Post post, Function<String, String> links) {
        String markdown = post.markdown();
        return mayHold(markdown) ? warning(post, rewrite(HtmlText.xmlSafe(markdown), links).unknown()) : null;
    }

    /** The warning of {@code post} whose generator syntax had {@code unknown} parts (see {@link Result}); null for none. */
    static Problem warning(Post post, List<String> unknown) {
        if (unknown.isEmpty()) return null;
        return Problem.warning(post.file(), post.bodyLine(), "left out of the feeds, which cannot show it: "
                        + String.join(", ", new LinkedHashSet<>(unknown)),
                "feedcard renders Hugo's relref, ref, figure, youtube, vimeo and highlight shortcodes and Jekyll's raw, highlight, link and "
                        + "post_url tags; a link names a post by its path below the content folder or its file's name");
    }

    /**
     * True when {@code markdown} may hold a generator's syntax: a quick test that most posts fail, math such as
     * {@code x_{{i}}} included.
     */
    public static boolean mayHold(String markdown) {
        return markdown.contains("{{<") || markdown.contains("{{%") || markdown.contains("{%") || markdown.contains("{:")
                || markdown.contains("{{") && LIQUID_VARIABLE.matcher(markdown).find();
    }

    /** Replaces the generator syntax in {@code markdown}; see {@link Result}. */
    public static Result rewrite(String markdown, Function<String, String> links) { // markdown: XML-safe (no U+FFFF)
        List<String> unknown = new ArrayList<>();
        if (!mayHold(markdown)) return new Result(markdown, unknown);
        StringBuilder out = new StringBuilder(markdown.length());
        for (Part part : parts(markdown)) out.append(part.code() ? part.text() : prose(part.text(), links, unknown));
        return new Result(out.toString(), unknown);
    }

    /** A stretch of the Markdown: code (a fenced block or an inline code span), left as it is, or prose. */
    private record Part(String text, boolean code) {
    }

    /** The Markdown cut into code and prose; a Liquid {@code raw} block counts as code once its tags are removed. */
    private static List<Part> parts(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        String[] lines = markdown.split("(?<=\n)", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String fence = fence(line);
            String trimmed = line.strip();
            if (fence != null) {
                StringBuilder code = new StringBuilder(line);
                for (i++; i < lines.length; i++) {
                    code.append(lines[i]);
                    if (lines[i].strip().startsWith(fence) && lines[i].strip().replace(fence.substring(0, 1), "").isEmpty()) break;
                }
                flush(parts, prose);
                parts.add(new Part(code.toString(), true));
            } else if (RAW.matcher(trimmed).lookingAt() && !ENDRAW.matcher(trimmed).find()) {
                StringBuilder raw = new StringBuilder(RAW.matcher(line).replaceFirst(""));
                for (i++; i < lines.length && !ENDRAW.matcher(lines[i]).find(); i++) raw.append(lines[i]);
                if (i < lines.length) raw.append(ENDRAW.matcher(lines[i]).replaceFirst(""));
                flush(parts, prose);
                parts.add(new Part(raw.toString(), true));
            } else {
                splitInline(line, parts, prose);
            }
        }
        flush(parts, prose);
        return parts;
    }

    /** The fence a line opens ({@code ```} or {@code ~~~}, three or more), or null. */
    private static String fence(String line) {
        Matcher m = FENCE.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** Adds a line's prose to {@code prose}, and its inline code spans and inline {@code raw} tags' text as code. */
    private static void splitInline(String line, List<Part> parts, StringBuilder prose) {
        Matcher code = INLINE_CODE_OR_RAW.matcher(line);
        int from = 0;
        while (code.find()) {
            prose.append(line, from, code.start());
            flush(parts, prose);
            parts.add(new Part(code.group(3) != null ? code.group(3) : code.group(), true));
            from = code.end();
        }
        prose.append(line, from, line.length());
    }

    private static void flush(List<Part> parts, StringBuilder prose) {
        if (prose.length() > 0) parts.add(new Part(prose.toString(), false));
        prose.setLength(0);
    }

    /** Replaces the generator syntax in prose. */
    private static String prose(String text, Function<String, String> links, List<String> unknown) {
        List<String> escaped = new ArrayList<>();
        text = replace(ESCAPED_SHORTCODE, text, m -> {
            escaped.add("{{" + m.group(1) + m.group(2) + m.group(3) + "}}");
            return "" + ESCAPED_MARK + (escaped.size() - 1) + ESCAPED_MARK;
        });
        if (text.contains("{{<") || text.contains("{{%")) text = shortcodes(text, links, unknown);
        if (text.contains("{%")) text = liquidTags(text, links, unknown);
        if (text.contains("{{")) text = replace(LIQUID_VARIABLE, text, m -> "");
        if (text.contains("{:")) text = dropAttributeLists(text);
        if (!escaped.isEmpty()) text = replace(ESCAPED_PLACE, text, m -> escaped.get(Integer.parseInt(m.group(1))));
        return text;
    }

    /** Hugo's shortcodes: links resolved, figures and code as Hugo makes them, embeds as iframes, others removed. */
    private static String shortcodes(String text, Function<String, String> links, List<String> unknown) {
        text = replace(HUGO_HIGHLIGHT, text, m -> fenced(positional(m.group(1)).stream().findFirst().orElse(""), m.group(2)));
        return replace(SHORTCODE, text, m -> {
            String name = m.group(3).toLowerCase(Locale.ROOT);
            String args = m.group(4);
            if (!m.group(2).isEmpty()) return ""; // the end of a paired shortcode, whose start is counted
            Map<String, String> named = named(args);
            List<String> positional = positional(args);
            if (LINK_SHORTCODES.contains(name)) return link(positional.isEmpty() ? "" : positional.get(0), links, unknown, "relref");
            return switch (name) {
                case "figure" -> figure(named);
                case "youtube" -> embed("https://www.youtube.com/embed/", named.getOrDefault("id", positional.isEmpty() ? "" : positional.get(0)));
                case "vimeo" -> embed("https://player.vimeo.com/video/", named.getOrDefault("id", positional.isEmpty() ? "" : positional.get(0)));
                default -> {
                    unknown.add("shortcode " + name);
                    yield "";
                }
            };
        });
    }

    /** Liquid tags: links resolved, code highlighted as Jekyll does, others removed. */
    private static String liquidTags(String text, Function<String, String> links, List<String> unknown) {
        text = replace(LIQUID_HIGHLIGHT, text, m -> fenced(m.group(1), m.group(2)));
        return replace(LIQUID_TAG, text, m -> {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            List<String> args = positional(m.group(2));
            return switch (name) {
                case "link", "post_url" -> link(args.isEmpty() ? "" : args.get(0), links, unknown, name);
                case "raw", "endraw" -> "";
                default -> {
                    if (!name.startsWith("end")) unknown.add("Liquid tag " + name);
                    yield "";
                }
            };
        });
    }

    /** The attribute lists removed, with the line they stood on when it held nothing else. */
    private static String dropAttributeLists(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            String kept = ATTRIBUTE_LIST.matcher(line).replaceAll("");
            if (!kept.equals(line) && kept.isBlank()) continue;
            out.append(kept.equals(line) ? line : kept.stripTrailing() + (line.endsWith("\n") ? "\n" : ""));
        }
        return out.toString();
    }

    /** A link's URL, found among the posts; the target as written (with a problem) when no post has that name. */
    private static String link(String target, Function<String, String> links, List<String> unknown, String kind) {
        String anchor = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            anchor = target.substring(hash);
            target = target.substring(0, hash);
        }
        if (target.isEmpty()) return anchor;
        String url = links == null ? null : links.apply(target);
        if (url == null) {
            if (links != null) unknown.add(kind + " \"" + target + "\" (no such post)");
            return target + anchor;
        }
        return url + anchor;
    }

    /** Hugo's figure: an image with its caption, linked when it has a link. */
    private static String figure(Map<String, String> args) {
        String image = "<img src=\"" + attribute(args.getOrDefault("src", "")) + "\" alt=\""
                + attribute(args.getOrDefault("alt", args.getOrDefault("caption", ""))) + "\">";
        if (args.containsKey("link")) image = "<a href=\"" + attribute(args.get("link")) + "\">" + image + "</a>";
        String caption = args.getOrDefault("caption", args.getOrDefault("title", ""));
        return "\n\n<figure>" + image + (caption.isEmpty() ? "" : "<figcaption>" + PlainText.escapeHtml(caption) + "</figcaption>") + "</figure>\n\n";
    }

    /** An embedded player, which the feed shows as a link to the video. */
    private static String embed(String base, String id) {
        return id.isEmpty() ? "" : "\n\n<iframe src=\"" + base + attribute(id) + "\"></iframe>\n\n";
    }

    private static String fenced(String language, String code) {
        String body = code.endsWith("\n") ? code : code + "\n";
        String fence = body.contains("```") ? "~~~~" : "```";
        return "\n" + fence + language.replaceAll("[^\\w+#.-]", "") + "\n" + body + fence + "\n";
    }

    private static Map<String, String> named(String args) {
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = NAMED.matcher(args);
        while (m.find()) named.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
        return named;
    }

    private static List<String> positional(String args) {
        List<String> values = new ArrayList<>();
        if (NAMED.matcher(args).find()) return values;
        Matcher m = POSITIONAL.matcher(args);
        while (m.find()) values.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return values;
    }

    private static String attribute(String value) {
        return PlainText.escapeHtml(value).replace("\"", "&quot;");
    }


    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        m.appendTail(out);
        return out.toString();
    }
}
