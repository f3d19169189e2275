import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic blog for the feedcard benchmark (issue 6).
 *
 * <pre>
 * java bench/GenerateBlog.java --corpus src/test/resources/corpora/hippocampus-garden/content/blog \
 *      --posts 10000 --tags 200 --out bench/work/blog-10000 [--seed 42] [--tags-per-post N] [--photos DIR] [--no-hugo]
 * </pre>
 *
 * Writes {@code OUT/<slug>/index.md} (feedcard's layout, like the corpus) and, unless {@code --no-hugo},
 * the same posts as a Hugo site in {@code OUT-hugo/} ({@code content/posts/<slug>.md}, {@code hugo.toml},
 * minimal layouts) configured for the same feeds: home RSS plus one RSS per tag, 20 entries each.
 *
 * Every post: a unique slug, a distinct date (all in the past, spread over ten years), the body of a
 * corpus post (cycled through the corpus in a seeded random order, with two prose paragraphs swapped
 * so that copies differ), the corpus post's title (numbered) and description, tags = its language tag
 * ({@code en}/{@code ja}, from the corpus post) plus 1-3 of {@code --tags} synthetic topic tags, or exactly
 * {@code --tags-per-post N} of them (the same blog as with 1-3, but for the tags: a post's 1-3 topic tags topped
 * up with more, or cut to the first N).
 * No featured image, unless {@code --photos DIR} is given: then post i gets photo i mod count
 * (hard-linked, else copied, into its folder as {@code photo.jpg}), referenced like the corpus does
 * ({@code featuredImage: <slug>/photo.jpg}, relative to the content folder).
 *
 * Deterministic: the same arguments give byte-identical files. An existing OUT is replaced.
 */
public class GenerateBlog {

    record Src(String slug, String title, String description, String lang, String body) {}

    public static void main(String[] args) throws Exception {
        Path corpus = null, out = null, photos = null;
        int posts = 1000, tags = 200, tagsPerPost = 0;
        long seed = 42;
        boolean hugo = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Paths.get(args[++i]);
                case "--posts" -> posts = Integer.parseInt(args[++i]);
                case "--tags" -> tags = Integer.parseInt(args[++i]);
                case "--tags-per-post" -> tagsPerPost = Integer.parseInt(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--photos" -> photos = Paths.get(args[++i]);
                case "--no-hugo" -> hugo = false;
                case "-h", "--help" -> { usage(); return; }
                default -> { System.err.println("unknown argument: " + args[i]); usage(); System.exit(2); }
            }
        }
        if (corpus == null || out == null || posts < 1 || tags < 1 || tagsPerPost < 0 || tagsPerPost > tags) { usage(); System.exit(2); }

        List<Src> sources = readCorpus(corpus);
        if (sources.isEmpty()) throw new IllegalStateException("no posts found in " + corpus);
        List<Path> photoFiles = new ArrayList<>();
        if (photos != null) {
            try (Stream<Path> s = Files.list(photos)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                        .sorted().forEach(photoFiles::add);
            }
            if (photoFiles.isEmpty()) throw new IllegalStateException("no photos in " + photos);
        }

        Random rnd = new Random(seed);
        Random extraRnd = new Random(seed + 1);
        List<String> tagNames = topicTags(tags, rnd);
        // Each cycle through the corpus uses a fresh seeded order.
        List<Integer> order = new ArrayList<>();

        Path hugoDir = out.resolveSibling(out.getFileName() + "-hugo");
        deleteTree(out);
        Files.createDirectories(out);
        if (hugo) {
            deleteTree(hugoDir);
            Files.createDirectories(hugoDir.resolve("content/posts"));
            writeHugoSite(hugoDir);
        }

        // Dates: spread evenly over ten years ending 2024-12-31, each with a jitter of under half a step,
        // so they are distinct, all in the past (Hugo skips future posts) and not on round times.
        Instant start = Instant.parse("2015-01-01T00:00:00Z");
        long spanMs = ChronoUnit.MILLIS.between(start, Instant.parse("2024-12-31T00:00:00Z"));
        long stepMs = spanMs / posts;
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;

        for (int i = 0; i < posts; i++) {
            if (order.isEmpty()) {
                for (int k = 0; k < sources.size(); k++) order.add(k);
                Collections.shuffle(order, rnd);
            }
            Src src = sources.get(order.remove(order.size() - 1));
            String slug = String.format(Locale.ROOT, "p%06d-%s", i, src.slug().replace('_', '-'));
            Instant date = start.plusMillis(i * stepMs + (long) (rnd.nextDouble() * stepMs / 2));
            // ISO_INSTANT drops zero millis; keep the corpus's shape (always milliseconds).
            String dateStr = iso.format(date.truncatedTo(ChronoUnit.MILLIS));
            if (!dateStr.contains(".")) dateStr = dateStr.replace("Z", ".000Z");

            int nTopics = 1 + rnd.nextInt(3);
            TreeSet<Integer> picked = new TreeSet<>();
            while (picked.size() < Math.min(nTopics, tagNames.size())) picked.add(rnd.nextInt(tagNames.size()));
            // A fixed number: the tags above, topped up (or cut) from a random source of their own, so that the
            // rest of the blog stays the same as with 1-3 tags.
            while (tagsPerPost > 0 && picked.size() < tagsPerPost) picked.add(extraRnd.nextInt(tagNames.size()));
            while (tagsPerPost > 0 && picked.size() > tagsPerPost) picked.pollLast();
            List<String> postTags = new ArrayList<>();
            postTags.add(src.lang());
            for (int t : picked) postTags.add(tagNames.get(t));

            String featured = null;
            Path postDir = out.resolve(slug);
            Files.createDirectories(postDir);
            if (!photoFiles.isEmpty()) {
                Path photo = photoFiles.get(i % photoFiles.size());
                String ext = photo.getFileName().toString().replaceAll("^.*\\.", "").toLowerCase(Locale.ROOT);
                Path target = postDir.resolve("photo." + ext);
                try {
                    Files.createLink(target, photo.toAbsolutePath());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(photo, target);
                }
                featured = slug + "/photo." + ext;
            }

            String title = src.title() + " (" + (i + 1) + ")";
            String body = shuffleParagraphs(src.body(), rnd);
            StringBuilder md = new StringBuilder();
            md.append("---\n");
            md.append("title: ").append(quote(title)).append('\n');
            md.append("date: \"").append(dateStr).append("\"\n");
            md.append("description: ").append(quote(src.description())).append('\n');
            if (featured != null) md.append("featuredImage: ").append(featured).append('\n');
            md.append("tags: [");
            for (int t = 0; t < postTags.size(); t++) md.append(t == 0 ? "" : ", ").append(quote(postTags.get(t)));
            md.append("]\n---\n\n").append(body);
            if (!body.endsWith("\n")) md.append('\n');
            byte[] bytes = md.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(postDir.resolve("index.md"), bytes);
            if (hugo) Files.write(hugoDir.resolve("content/posts/" + slug + ".md"), bytes);
        }
        System.out.printf(Locale.ROOT, "wrote %d posts (%d corpus bodies, %d topic tags%s) to %s%s%n",
                posts, sources.size(), tagNames.size(),
                photoFiles.isEmpty() ? "" : ", " + photoFiles.size() + " photos",
                out, hugo ? " and " + hugoDir : "");
    }

    static void usage() {
        System.err.println("usage: java bench/GenerateBlog.java --corpus DIR --posts N --tags N --out DIR"
                + " [--seed N] [--tags-per-post N] [--photos DIR] [--no-hugo]");
    }

    /** 200 plausible-looking topic tags: "topic-word" pairs, unique, in a seeded order. */
    static List<String> topicTags(int n, Random rnd) {
        String[] a = {"deep", "data", "web", "cloud", "graph", "audio", "vision", "language", "quantum", "mobile",
                "game", "music", "book", "travel", "career", "math", "stats", "rust", "java", "python"};
        String[] b = {"learning", "systems", "design", "notes", "review", "tools", "theory", "practice", "tips",
                "history", "research", "security", "ops", "testing", "performance", "ui", "api", "models",
                "networks", "diary"};
        List<String> all = new ArrayList<>();
        for (String x : a) for (String y : b) all.add(x + "-" + y);
        Collections.shuffle(all, rnd);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(i < all.size() ? all.get(i) : "topic-" + i);
        return out;
    }

    static List<Src> readCorpus(Path dir) throws IOException {
        List<Src> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.sorted(Comparator.comparing(Path::toString)).toList()) {
                Path md = d.resolve("index.md");
                if (!Files.isRegularFile(md)) continue;
                String text = Files.readString(md, StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (!text.startsWith("---\n")) continue;
                int end = text.indexOf("\n---", 4);
                if (end < 0) continue;
                String fm = text.substring(4, end);
                int bodyStart = text.indexOf('\n', end + 1);
                String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).replaceFirst("^\n+", "");
                String title = "", desc = "", lang = "en";
                for (String line : fm.split("\n")) {
                    int c = line.indexOf(':');
                    int e = line.indexOf('=');
                    int sep = c < 0 ? e : (e < 0 ? c : Math.min(c, e));
                    if (sep < 0) continue;
                    String key = line.substring(0, sep).trim();
                    String val = line.substring(sep + 1).trim();
                    switch (key) {
                        case "title" -> title = unquote(val);
                        case "description" -> desc = unquote(val);
                        case "tags" -> {
                            String first = val.replaceAll("^\\[", "").split(",")[0];
                            String t = unquote(first.replace("]", "").trim());
                            lang = t.equals("ja") ? "ja" : "en";
                        }
                        default -> { }
                    }
                }
                list.add(new Src(d.getFileName().toString(), title, desc, lang, body));
            }
        }
        return list;
    }

    static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /**
     * Splits the body into blocks separated by blank lines (a fenced code block or a $$ math block is one
     * block even with blank lines inside), then swaps two prose paragraphs chosen at random, so that posts
     * made from the same corpus body differ in content while staying valid Markdown.
     */
    static String shuffleParagraphs(String body, Random rnd) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String fence = null;
        for (String line : body.split("\n", -1)) {
            String t = line.trim();
            if (fence == null) {
                if (t.startsWith("```") || t.startsWith("~~~")) fence = t.substring(0, 3);
                else if (t.equals("$$")) fence = "$$";
                else if (t.isEmpty()) {
                    if (cur.length() > 0) { blocks.add(cur.toString()); cur.setLength(0); }
                    continue;
                }
            } else if (t.startsWith(fence)) {
                fence = null;
                cur.append(line).append('\n');
                continue;
            }
            cur.append(line).append('\n');
        }
        if (cur.length() > 0) blocks.add(cur.toString());
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            char c0 = b.charAt(0);
            boolean special = "#|<!>-*+`~$ 0123456789[".indexOf(c0) >= 0;
            if (!special && !b.contains("\n\n")) prose.add(i);
        }
        if (prose.size() >= 2) {
            int a = prose.get(rnd.nextInt(prose.size()));
            int b;
            do { b = prose.get(rnd.nextInt(prose.size())); } while (b == a);
            Collections.swap(blocks, a, b);
        }
        StringBuilder out = new StringBuilder();
        for (String b : blocks) {
            if (out.length() > 0) out.append('\n');
            out.append(b);
        }
        return out.toString();
    }

    /** hugo.toml and layouts for Debian's Hugo 0.111: home RSS + per-tag RSS, 20 entries, nothing else. */
    static void writeHugoSite(Path dir) throws IOException {
        String toml = """
                # Generated by bench/GenerateBlog.java: the same feeds as feedcard's home + per-tag feeds.
                baseURL = "https://bench.example/"
                languageCode = "en"
                title = "Bench"
                # Only the home page and the tag term pages remain, and each renders only its RSS feed.
                disableKinds = ["section", "taxonomy", "sitemap", "robotsTXT", "404"]
                # Disabling "taxonomy" (the /tags/ list page) is what we mean; Hugo warns since 0.73.
                ignoreErrors = ["error-disable-taxonomy"]
                # 20 entries per feed. Debian 12's Hugo 0.111 reads both this and the older top-level
                # rssLimit (deprecated since 0.114); this form works in the later versions too.
                [services.rss]
                  limit = 20
                [taxonomies]
                  tag = "tags"
                # The same Markdown work as feedcard (flexmark: CommonMark + GFM tables, strikethrough,
                # autolinks, raw HTML kept, no syntax highlighting). Hugo's defaults would also run Chroma
                # on every fenced code block (about half of Hugo's CPU time on these posts), the
                # typographer, footnotes, definition and task lists, and drop raw HTML.
                [markup.highlight]
                  codeFences = false
                [markup.goldmark.renderer]
                  unsafe = true
                [markup.goldmark.extensions]
                  typographer = false
                  footnote = false
                  definitionList = false
                  taskList = false
                  linkify = true
                  strikethrough = true
                  table = true
                [outputs]
                  home = ["RSS"]
                  term = ["RSS"]
                # Posts are listed (so they appear in the feeds) and have a permalink, but get no page written.
                [[cascade]]
                  [cascade._build]
                    render = "link"
                    list = "always"
                  [cascade._target]
                    kind = "page"
                """;
        Files.writeString(dir.resolve("hugo.toml"), toml, StandardCharsets.UTF_8);
        // RSS 2.0 with the full HTML content of each entry (as feedcard's feeds carry it), the summary
        // would be less work for Hugo; categories as in feedcard. Based on Hugo's embedded rss.xml.
        String rss = """
                {{- $pages := .RegularPages -}}
                {{- if .IsHome -}}{{- $pages = .Site.RegularPages -}}{{- end -}}
                {{- $limit := .Site.Config.Services.RSS.Limit -}}
                {{- if ge $limit 1 -}}{{- $pages = $pages | first $limit -}}{{- end -}}
                {{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\" standalone=\\"yes\\"?>" | safeHTML }}
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                  <channel>
                    <title>{{ if eq .Title .Site.Title }}{{ .Site.Title }}{{ else }}{{ with .Title }}{{ . }} on {{ end }}{{ .Site.Title }}{{ end }}</title>
                    <link>{{ .Permalink }}</link>
                    <description>Recent content {{ if ne .Title .Site.Title }}{{ with .Title }}in {{ . }} {{ end }}{{ end }}on {{ .Site.Title }}</description>
                    <language>{{ site.LanguageCode }}</language>
                    {{ if not .Date.IsZero }}<lastBuildDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</lastBuildDate>{{ end }}
                    {{- with .OutputFormats.Get "RSS" }}
                    {{ printf "<atom:link href=%q rel=\\"self\\" type=%q />" .Permalink .MediaType | safeHTML }}
                    {{- end }}
                    {{- range $pages }}
                    <item>
                      <title>{{ .Title }}</title>
                      <link>{{ .Permalink }}</link>
                      <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
                      <guid>{{ .Permalink }}</guid>
                      {{- range .Params.tags }}
                      <category>{{ . }}</category>
                      {{- end }}
                      <description>{{ .Content | html }}</description>
                    </item>
                    {{- end }}
                  </channel>
                </rss>
                """;
        Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(dir.resolve("layouts/_default/rss.xml"), rss, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
