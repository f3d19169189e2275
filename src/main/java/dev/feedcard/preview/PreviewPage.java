package dev.feedcard.preview;

import dev.feedcard.build.ExtraPages;
import dev.feedcard.build.PublishedFeed;
import dev.feedcard.build.PublishedPost;
import dev.feedcard.build.SiteOutline;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.report.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The preview page: every published post, newest first, with its card as published, how a share of it looks on
 * each {@link Platform} (drawn from the post's head tags), its summary as a feed reader shows it and the problems
 * found in its file; filters by tag and language, a search box and links to every feed. Everything it needs is
 * inline or in the output folder (the cards), so it works without a network, served or opened from disk.
 *
 * <p>It lives at {@value #PATH} in the output folder; links to the site's own files are relative to that place.
 */
public final class PreviewPage {
    /** Where the page is written, relative to the output folder. */
    public static final String PATH = OutputLayout.PREVIEW;
    private static final String TO_ROOT = "../";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    /** A date as a feed reader shows it in the post's language: "Feb 1, 2024", "2024/02/01", "1 feb. 2024". */
    private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** What the server adds to the page it serves: the version it shows (for reloading) and a failed build's errors. */
    public record Live(long version, List<String> errors) {
        public Live {
            errors = List.copyOf(errors);
        }
    }

    private final SiteOutline outline;

    /** The preview of what a build published. */
    public PreviewPage(SiteOutline outline) {
        this.outline = Objects.requireNonNull(outline);
    }

    /** The page as {@code build --preview} writes it, for {@link dev.feedcard.build.Builder}. */
    public static ExtraPages extraPages() {
        return outline -> Map.of(PATH, new PreviewPage(outline).html(null).getBytes(StandardCharsets.UTF_8));
    }

    /** @param live the server's state, or null for the page written to disk (no reloading) */
    public String html(Live live) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("lang", outline.site().language());
        if (live != null) html.attr("data-version", Long.toString(live.version()));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("title").text("Preview · " + outline.site().title());
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(resource("preview.css")));

        Element body = doc.body();
        header(body.appendElement("header").addClass("top"), live);
        feeds(body.appendElement("nav").addClass("feeds").attr("aria-label", "Feeds"));
        status(body.appendElement("div").addClass("status"), live);
        Element main = body.appendElement("main");
        for (PublishedPost post : outline.posts()) post(main.appendElement("article"), post);
        main.appendElement("p").addClass("empty").attr("id", "no-match").attr("hidden", true)
                .text(outline.posts().isEmpty() ? "No published posts." : "No post matches these filters.");
        body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(resource("filters.js")));
        if (live != null) body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(resource("live.js")));
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }

    /** The page shown while no build has succeeded yet: the errors, and reloading once they are fixed. */
    public static String failure(Live live) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.selectFirst("html").attr("data-version", Long.toString(live.version()));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("Preview · feedcard");
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(resource("preview.css")));
        Element body = doc.body();
        Element top = body.appendElement("header").addClass("top").appendElement("div").addClass("top-inner");
        Element title = top.appendElement("h1").addClass("site-title").text("feedcard");
        title.appendElement("small").text("preview");
        title.appendElement("small").attr("id", "live").text(live.errors().isEmpty() ? "building…" : "live");
        Element status = body.appendElement("div").addClass("status");
        if (live.errors().isEmpty()) {
            status.appendElement("p").text("The first build is running; this page reloads when it is done.");
        } else {
            Element box = status.appendElement("section").addClass("build-errors").attr("id", "build-errors").attr("role", "alert");
            box.appendElement("h2").text("The build failed: fix these and save, the page reloads by itself");
            Element list = box.appendElement("ul");
            for (String e : live.errors()) list.appendElement("li").text(e);
        }
        body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(resource("live.js")));
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }

    private void header(Element top, Live live) {
        Element inner = top.appendElement("div").addClass("top-inner");
        Element title = inner.appendElement("h1").addClass("site-title").text(outline.site().title());
        title.appendElement("small").text("preview");
        if (live != null) title.appendElement("small").attr("id", "live").text("live");
        Element filters = inner.appendElement("div").addClass("filters").attr("role", "search");

        Map<String, Integer> tagCounts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> langCounts = new TreeMap<>();
        for (PublishedPost p : outline.posts()) {
            for (String t : new TreeSet<>(p.tags())) tagCounts.merge(t, 1, Integer::sum);
            langCounts.merge(p.language(), 1, Integer::sum);
        }
        Element tags = filters.appendElement("select").attr("id", "tag-filter").attr("aria-label", "Tag");
        tags.appendElement("option").attr("value", "").text("All tags");
        tagCounts.forEach((t, n) -> tags.appendElement("option").attr("value", t).text(t + " (" + n + ")"));
        Element langs = filters.appendElement("select").attr("id", "lang-filter").attr("aria-label", "Language");
        langs.appendElement("option").attr("value", "").text("All languages");
        langCounts.forEach((l, n) -> langs.appendElement("option").attr("value", l).text(l + " (" + n + ")"));
        filters.appendElement("input").attr("type", "search").attr("id", "search").attr("placeholder", "Search titles, summaries, tags")
                .attr("aria-label", "Search");
        filters.appendElement("p").attr("id", "shown").attr("aria-live", "polite")
                .text(outline.posts().size() + " of " + outline.posts().size() + " posts");
    }

    /**
     * Every feed: the site's own in each format first, then the others (per tag, per language) one line per feed,
     * folded away when there are many.
     */
    private void feeds(Element nav) {
        nav.appendElement("span").text("Feeds:");
        if (outline.feeds().isEmpty()) nav.appendElement("span").text("none written");
        Map<String, List<PublishedFeed>> byFolder = new java.util.LinkedHashMap<>();
        for (PublishedFeed feed : outline.feeds()) {
            int slash = feed.path().lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : feed.path().substring(0, slash + 1), k -> new ArrayList<>()).add(feed);
        }
        for (PublishedFeed feed : byFolder.getOrDefault("", List.of())) {
            nav.appendElement("a").attr("href", TO_ROOT + feed.path()).attr("title", feed.title() + " (" + feed.format() + ")")
                    .addClass("feed").text(feed.format());
        }
        List<String> others = byFolder.keySet().stream().filter(f -> !f.isEmpty()).toList();
        if (others.isEmpty()) return;
        Element details = nav.appendElement("details").addClass("more-feeds");
        details.appendElement("summary").text(others.size() + " more (tags, languages)");
        Element list = details.appendElement("ul");
        for (String folder : others) {
            List<PublishedFeed> set = byFolder.get(folder);
            Element li = list.appendElement("li").attr("data-folder", folder);
            li.appendElement("span").addClass("feed-title").text(set.get(0).title());
            for (PublishedFeed feed : set) li.appendText(" ").appendElement("a").attr("href", TO_ROOT + feed.path()).text(feed.format());
        }
    }

    private void status(Element status, Live live) {
        if (live != null && !live.errors().isEmpty()) {
            Element box = status.appendElement("section").addClass("build-errors").attr("id", "build-errors").attr("role", "alert");
            box.appendElement("h2").text("The last build failed: this page and the server still show the last good build");
            Element list = box.appendElement("ul");
            for (String e : live.errors()) list.appendElement("li").text(e);
        }
        Set<String> postFiles = outline.posts().stream().map(PublishedPost::file).collect(Collectors.toSet());
        List<Problem> others = new ArrayList<>();
        for (Problem p : outline.problems()) if (!postFiles.contains(p.file())) others.add(p);
        if (!others.isEmpty()) {
            Element box = status.appendElement("section").addClass("build-problems").attr("id", "build-problems");
            box.appendElement("h2").text("Problems outside the published posts");
            Element list = box.appendElement("ul");
            for (Problem p : others) list.appendElement("li").text(p.format());
        }
    }

    private void post(Element article, PublishedPost post) {
        article.addClass("post").attr("id", "post-" + post.key().replace('/', '-'))
                .attr("data-tags", json(post.tags()))
                .attr("data-lang", post.language())
                .attr("data-text", (post.title() + " " + post.summary() + " " + String.join(" ", post.tags()) + " " + post.key())
                        .toLowerCase(Locale.ROOT));
        Element heading = article.appendElement("h2").addClass("post-title");
        heading.appendElement("a").attr("href", post.permalink().toString()).text(post.title());
        Element meta = article.appendElement("p").addClass("post-meta");
        meta.appendElement("time").attr("datetime", post.published().toString())
                .text(DATE.format(post.published().atZone(outline.site().timeZone())));
        meta.appendElement("span").addClass("lang").attr("title", "language").text(post.language());
        for (String t : post.tags()) meta.appendElement("span").addClass("tag").text(t);
        meta.appendElement("code").text(post.file());

        List<Problem> problems = outline.problemsOf(post);
        if (problems.isEmpty()) {
            article.appendElement("p").addClass("checked").text("✓ No warnings");
        } else {
            Element list = article.appendElement("ul").addClass("problems").attr("aria-label", "Warnings");
            for (Problem p : problems) {
                Element li = list.appendElement("li").addClass(p.isError() ? "error" : "warning");
                li.appendElement("b").text((p.line() > 0 ? "line " + p.line() + ": " : "") + p.severity().name().toLowerCase(Locale.ROOT) + ": ");
                li.appendText(p.message());
                if (p.hint() != null && !p.hint().isEmpty()) li.appendText(" ").appendElement("span").addClass("hint").text(p.hint());
            }
        }

        Element grid = article.appendElement("div").addClass("post-body");
        Element published = grid.appendElement("section").addClass("published");
        published.appendElement("h3").text("Card as published");
        if (post.card() != null) {
            Element figure = published.appendElement("figure");
            figure.appendElement("img").addClass("card").attr("src", TO_ROOT + post.card())
                    .attr("width", Integer.toString(post.cardWidth())).attr("height", Integer.toString(post.cardHeight()))
                    .attr("alt", "Card of " + post.title());
            figure.appendElement("figcaption").text(post.card() + " · " + post.cardWidth() + "×" + post.cardHeight());
        } else {
            published.appendElement("div").addClass("no-card").text("No card: this post has no featured image feedcard could use");
        }
        reader(grid.appendElement("section").addClass("reader"), post);
        shares(article.appendElement("section").addClass("shares"), post);
    }

    private void reader(Element section, PublishedPost post) {
        section.appendElement("h3").text("In a feed reader");
        Element item = section.appendElement("div").addClass("reader-item");
        if (post.card() != null) item.appendElement("img").attr("src", TO_ROOT + post.card()).attr("alt", "");
        else item.appendElement("div").addClass("thumb");
        Element text = item.appendElement("div");
        text.appendElement("p").addClass("reader-title").text(post.title());
        text.appendElement("p").addClass("reader-source")
                .text(outline.site().title() + " · " + READER_DATE.withLocale(Locale.forLanguageTag(post.language()))
                        .format(post.published().atZone(outline.site().timeZone())));
        text.appendElement("p").addClass("reader-summary").text(post.summary());
    }

    private void shares(Element section, PublishedPost post) {
        section.appendElement("h3").text("Shared on");
        HeadValues head = new HeadValues(post.headTags());
        boolean fromPost = head.isEmpty();
        if (fromPost) head = new HeadValues(standIns(post));
        Element grid = section.appendElement("div").addClass("share-grid");
        for (Platform platform : Platform.values()) {
            Element figure = grid.appendElement("figure").addClass("share").addClass("share-" + platform.id());
            Element caption = figure.appendElement("figcaption");
            caption.appendElement("b").text(platform.label);
            Element shot = figure.appendElement("div").addClass("shot").addClass("shot-" + platform.id());
            switch (platform) {
                case X -> x(shot, head);
                case FACEBOOK -> facebook(shot, head);
                case LINKEDIN -> linkedin(shot, head);
                case SLACK -> slack(shot, head);
                case DISCORD -> discord(shot, head);
            }
        }
        if (fromPost) {
            section.appendElement("p").addClass("note").text("No head tags were written for this post (--feeds-only?): "
                    + "these show its title, summary and card, but platforms will read whatever the page itself has.");
        }
    }

    /** Tags standing in for a post whose head tags the build did not write. */
    private List<HeadTag> standIns(PublishedPost post) {
        List<HeadTag> tags = new ArrayList<>();
        tags.add(meta("og:title", post.title()));
        tags.add(meta("og:description", post.summary()));
        if (post.card() != null) tags.add(meta("og:image", outline.site().resolve(post.card()).toString()));
        return tags;
    }

    private static HeadTag meta(String property, String content) {
        return new HeadTag("meta", Map.of("property", property, "content", content), property);
    }

    private void x(Element shot, HeadValues head) {
        String title = Platform.shorten(Platform.X.title(head), Platform.X.titleLength);
        boolean large = "summary_large_image".equals(head.first("twitter:card"));
        if (large) {
            image(shot, Platform.X.image(head));
            if (title != null) shot.appendElement("div").addClass("x-title").text(title);
            shot.appendElement("div").addClass("x-from").text("From " + domain(head));
        } else {
            shot.addClass("small");
            image(shot, Platform.X.image(head));
            Element text = shot.appendElement("div").addClass("x-text");
            text.appendElement("div").addClass("x-domain").text(domain(head));
            text.appendElement("div").addClass("clamp2").text(title == null ? "(no title)" : title);
            shot.parent().appendElement("p").addClass("note").text("No twitter:card summary_large_image: X shows this small card.");
        }
    }

    private void facebook(Element shot, HeadValues head) {
        image(shot, Platform.FACEBOOK.image(head));
        Element text = shot.appendElement("div").addClass("fb-text");
        text.appendElement("div").addClass("fb-domain").text(domain(head));
        text.appendElement("div").addClass("fb-title").addClass("clamp2")
                .text(orMissing(Platform.shorten(Platform.FACEBOOK.title(head), Platform.FACEBOOK.titleLength), "og:title"));
        String description = Platform.shorten(Platform.FACEBOOK.description(head), Platform.FACEBOOK.descriptionLength);
        if (description != null) text.appendElement("div").addClass("fb-desc").addClass("clamp2").text(description);
    }

    private void linkedin(Element shot, HeadValues head) {
        image(shot, Platform.LINKEDIN.image(head));
        Element text = shot.appendElement("div").addClass("li-text");
        text.appendElement("div").addClass("li-title").addClass("clamp2")
                .text(orMissing(Platform.shorten(Platform.LINKEDIN.title(head), Platform.LINKEDIN.titleLength), "og:title"));
        text.appendElement("div").addClass("li-domain").text(domain(head));
    }

    private void slack(Element shot, HeadValues head) {
        shot.appendElement("div").addClass("sl-site").text(siteName(head));
        shot.appendElement("div").addClass("sl-title")
                .text(orMissing(Platform.shorten(Platform.SLACK.title(head), Platform.SLACK.titleLength), "og:title"));
        String description = Platform.shorten(Platform.SLACK.description(head), Platform.SLACK.descriptionLength);
        if (description != null) shot.appendElement("div").addClass("sl-desc").text(description);
        image(shot, Platform.SLACK.image(head));
    }

    private void discord(Element shot, HeadValues head) {
        String color = head.first("theme-color");
        if (color != null && color.matches("#[0-9A-Fa-f]{3,8}")) shot.attr("style", "border-left-color: " + color);
        shot.appendElement("div").addClass("dc-site").text(siteName(head));
        shot.appendElement("div").addClass("dc-title")
                .text(orMissing(Platform.shorten(Platform.DISCORD.title(head), Platform.DISCORD.titleLength), "og:title"));
        String description = Platform.shorten(Platform.DISCORD.description(head), Platform.DISCORD.descriptionLength);
        if (description != null) shot.appendElement("div").addClass("dc-desc").text(description);
        image(shot, Platform.DISCORD.image(head));
    }

    /** The share's image, from the output folder when it is the site's own (never fetched from the network). */
    private void image(Element shot, String url) {
        if (url == null) {
            shot.appendElement("div").addClass("noimg").text("no image");
            return;
        }
        String site = outline.site().url().toString();
        if (url.startsWith(site)) {
            shot.appendElement("img").attr("src", TO_ROOT + url.substring(site.length())).attr("alt", "");
        } else {
            shot.appendElement("div").addClass("noimg").text("image from " + host(url) + " (not loaded in the preview)");
        }
    }

    private String domain(HeadValues head) {
        String url = head.first("og:url");
        return url != null ? host(url) : outline.site().url().getHost();
    }

    private String siteName(HeadValues head) {
        String name = head.first("og:site_name");
        return name != null ? name : domain(head);
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String orMissing(String value, String tag) {
        return value != null ? value : "(no " + tag + ")";
    }

    private static String json(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"');
            for (char c : v.toCharArray()) {
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    private static String resource(String name) {
        try (InputStream in = PreviewPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
