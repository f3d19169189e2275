package dev.feedcard.meta;

import dev.feedcard.card.CardImage;
import dev.feedcard.config.Site;
import dev.feedcard.content.Author;
import dev.feedcard.content.Post;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code <head>} tags that make a post look right where it is shared and found: the canonical URL and the
 * description search engines read, Open Graph (Facebook, LinkedIn, Slack, Discord, Mastodon, Bluesky), the
 * article's dates, authors, section and tags, the authors' names, X's twitter:* tags, Mastodon's fediverse:creator,
 * a schema.org BlogPosting in JSON-LD, and a link to each feed. Every URL is absolute; values are kept as plain text
 * here and escaped when written ({@link #html}).
 */
public final class HeadTags {
    /** X cuts twitter:image:alt at this many characters. */
    public static final int TWITTER_ALT_LIMIT = 420;
    /** The schema.org types a page's own JSON-LD may describe the post as; a post's JSON-LD replaces those. */
    public static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting", "NewsArticle",
            "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "LiveBlogPosting");

    private final Site site;
    private final URI logo;

    /** Head tags for the posts of {@code site}, whose publisher has no logo. */
    public HeadTags(Site site) {
        this(site, null);
    }

    /** Head tags for the posts of {@code site}; {@code logo} (absolute, or null) is the publisher's logo in the JSON-LD. */
    public HeadTags(Site site, URI logo) {
        this.site = site;
        this.logo = logo;
    }

    /**
     * The tags of one post.
     *
     * @param permalink the post's absolute URL
     * @param summary the post's description, or its opening prose ("" for none)
     * @param image the image the post is shared with (its card, or a remote image), or null for none
     * @param feeds the {@code <link rel="alternate">} tags of the feeds the post's page announces (the site's and its
     *              language's), added at the end as they are
     * @param translations the languages of the post's translations, each an {@code og:locale:alternate} after its own
     *                     {@code og:locale} (each locale once, never the post's own); empty for none
     */
    public List<HeadTag> of(Post post, URI permalink, String summary, CardImage image, List<HeadTag> feeds, List<String> translations) {
        List<HeadTag> tags = new ArrayList<>();
        String title = oneLine(post.title());
        String description = oneLine(summary);
        List<Author> authors = authors(post);
        link(tags, "canonical", permalink.toString());
        if (!description.isEmpty()) name(tags, "description", description);
        openGraph(tags, post, permalink, title, description, image, translations);
        article(tags, post, authors);
        for (Author author : authors) name(tags, "author", oneLine(author.name()));
        twitter(tags, post, authors, title, description, image);
        String fediverse = account(post.sharing().fediverseCreator(), authors, Author::fediverse, site.fediverseCreator());
        if (!fediverse.isEmpty()) name(tags, "fediverse:creator", fediverse);
        tags.add(blogPosting(post, permalink, title, description, image, authors));
        tags.addAll(feeds);
        return List.copyOf(tags);
    }

    private void openGraph(List<HeadTag> tags, Post post, URI permalink, String title, String description, CardImage image,
                           List<String> translations) {
        property(tags, "og:type", "article");
        if (!site.title().isBlank()) property(tags, "og:site_name", oneLine(site.title()));
        property(tags, "og:title", title);
        if (!description.isEmpty()) property(tags, "og:description", description);
        property(tags, "og:url", permalink.toString());
        String locale = locale(post.language());
        property(tags, "og:locale", locale);
        Set<String> alternates = new LinkedHashSet<>();
        for (String language : translations) alternates.add(locale(language));
        alternates.remove(locale);
        for (String alternate : alternates) property(tags, "og:locale:alternate", alternate);
        if (image != null) {
            String url = image.url().toString();
            property(tags, "og:image", url);
            if ("https".equalsIgnoreCase(image.url().getScheme())) property(tags, "og:image:secure_url", url);
            String type = image.type() != null ? image.type() : typeOf(image.url());
            if (type != null) property(tags, "og:image:type", type);
            if (image.sizeKnown()) {
                property(tags, "og:image:width", String.valueOf(image.width()));
                property(tags, "og:image:height", String.valueOf(image.height()));
            }
            property(tags, "og:image:alt", alt(post, image));
        }
    }

    private void article(List<HeadTag> tags, Post post, List<Author> authors) {
        property(tags, "article:published_time", time(post.published()));
        property(tags, "article:modified_time", time(post.updated()));
        for (Author author : authors) property(tags, "article:author", author.url() != null ? author.url() : oneLine(author.name()));
        String section = oneLine(post.sharing().articleSection());
        if (!section.isEmpty()) property(tags, "article:section", section);
        for (String tag : post.tags()) property(tags, "article:tag", oneLine(tag));
    }

    private void twitter(List<HeadTag> tags, Post post, List<Author> authors, String title, String description, CardImage image) {
        name(tags, "twitter:card", image == null ? "summary" : "summary_large_image");
        if (!site.twitterSite().isEmpty()) name(tags, "twitter:site", site.twitterSite());
        String creator = account(post.sharing().twitterCreator(), authors, Author::twitter, "");
        if (!creator.isEmpty()) name(tags, "twitter:creator", creator);
        name(tags, "twitter:title", title);
        if (!description.isEmpty()) name(tags, "twitter:description", description);
        if (image != null) {
            name(tags, "twitter:image", image.url().toString());
            name(tags, "twitter:image:alt", shorten(alt(post, image), TWITTER_ALT_LIMIT));
        }
    }

    /** The post's own account, else its first author's that has one, else {@code fallback}. */
    private static String account(String own, List<Author> authors, Function<Author, String> ofAuthor, String fallback) {
        if (!own.isEmpty()) return own;
        for (Author author : authors) {
            String account = ofAuthor.apply(author);
            if (account != null && !account.isEmpty()) return account;
        }
        return fallback;
    }

    /** The image's alt text, else the post's title. */
    private static String alt(Post post, CardImage image) {
        return oneLine(image.alt() == null || image.alt().isBlank() ? post.title() : image.alt());
    }

    /**
     * The post as a schema.org BlogPosting, the JSON-LD search engines read: the values of the tags above, its
     * authors as Persons, the site as the publishing Organization (with its logo when set), its language and tags.
     */
    private HeadTag blogPosting(Post post, URI permalink, String title, String description, CardImage image, List<Author> authors) {
        String json = JsonLd.text(g -> {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "BlogPosting");
            g.writeStringField("headline", title);
            if (!description.isEmpty()) g.writeStringField("description", description);
            g.writeStringField("datePublished", time(post.published()));
            g.writeStringField("dateModified", time(post.updated()));
            if (image != null) g.writeStringField("image", image.url().toString());
            if (!authors.isEmpty()) {
                g.writeArrayFieldStart("author");
                for (Author author : authors) {
                    g.writeStartObject();
                    g.writeStringField("@type", "Person");
                    g.writeStringField("name", oneLine(author.name()));
                    if (author.url() != null) g.writeStringField("url", author.url());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "Organization");
            if (!site.title().isBlank()) g.writeStringField("name", oneLine(site.title()));
            g.writeStringField("url", site.url().toString());
            if (logo != null) {
                g.writeObjectFieldStart("logo");
                g.writeStringField("@type", "ImageObject");
                g.writeStringField("url", logo.toString());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("mainEntityOfPage");
            g.writeStringField("@type", "WebPage");
            g.writeStringField("@id", permalink.toString());
            g.writeEndObject();
            g.writeStringField("url", permalink.toString());
            g.writeStringField("inLanguage", post.language());
            String section = oneLine(post.sharing().articleSection());
            if (!section.isEmpty()) g.writeStringField("articleSection", section);
            if (!post.tags().isEmpty()) {
                g.writeArrayFieldStart("keywords");
                for (String tag : post.tags()) g.writeString(oneLine(tag));
                g.writeEndArray();
            }
            g.writeEndObject();
        });
        return new HeadTag("script", Map.of("type", "application/ld+json"), HeadTag.JSON_LD_ARTICLE, json);
    }

    /**
     * The post's authors, else the site's author, else none. The tags give their pages (article:author, else the name)
     * and names: an e-mail address stays in the feeds.
     */
    private List<Author> authors(Post post) {
        if (!post.authors().isEmpty()) return post.authors();
        return site.author().isBlank() ? List.of() : List.of(Author.parse(site.author()));
    }

    /**
     * ISO 8601 in the site's zone, to the second; in UTC when the site's zone would take the year out of 0001 to 9999
     * (posts are dated in that range in UTC), which ISO 8601 writes with a sign and more digits, or when the zone's
     * offset then had seconds (local mean time before standard time: Paris was +00:09:21), which ISO 8601 cannot write.
     */
    private String time(Instant instant) {
        ZonedDateTime time = instant.truncatedTo(ChronoUnit.SECONDS).atZone(site.timeZone());
        if (time.getYear() < 1 || time.getYear() > 9999 || time.getOffset().getTotalSeconds() % 60 != 0) {
            time = time.withZoneSameInstant(ZoneOffset.UTC);
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static void property(List<HeadTag> tags, String property, String content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("property", property);
        attributes.put("content", content);
        tags.add(new HeadTag("meta", attributes, property));
    }

    private static void link(List<HeadTag> tags, String rel, String href) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("rel", rel);
        attributes.put("href", href);
        tags.add(new HeadTag("link", attributes, rel));
    }

    private static void name(List<HeadTag> tags, String name, String content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("content", content);
        tags.add(new HeadTag("meta", attributes, name));
    }

    /**
     * The Open Graph locale of a language code: language_TERRITORY, as Facebook lists them. A code with a region
     * keeps it (pt-br → pt_BR); a bare language gets the territory where most of its readers are.
     */
    public static String locale(String language) {
        String[] parts = language.strip().replace('_', '-').split("-");
        String lang = parts[0].toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 2 && parts[i].chars().allMatch(Character::isLetter)) return lang + "_" + parts[i].toUpperCase(Locale.ROOT);
        }
        if (parts.length > 1 && lang.equals("zh")) {
            String script = parts[1].toLowerCase(Locale.ROOT);
            if (script.equals("hant")) return "zh_TW";
            if (script.equals("hans")) return "zh_CN";
        }
        String territory = switch (lang) {
            case "en" -> "US";
            case "ja" -> "JP";
            case "zh" -> "CN";
            case "ko" -> "KR";
            case "pt" -> "BR";
            case "ar" -> "AR";
            case "cs" -> "CZ";
            case "da" -> "DK";
            case "el" -> "GR";
            case "he" -> "IL";
            case "hi" -> "IN";
            case "sv" -> "SE";
            case "uk" -> "UA";
            case "vi" -> "VN";
            case "nb", "nn", "no" -> "NO";
            case "fa" -> "IR";
            case "et" -> "EE";
            case "sl" -> "SI";
            case "ca" -> "ES";
            case "ga" -> "IE";
            case "ms" -> "MY";
            case "sr" -> "RS";
            case "bn" -> "IN";
            case "ta" -> "IN";
            case "ur" -> "PK";
            case "sq" -> "AL";
            case "ka" -> "GE";
            case "hy" -> "AM";
            case "kk" -> "KZ";
            case "sw" -> "KE";
            default -> lang.length() == 2 ? lang.toUpperCase(Locale.ROOT) : "";
        };
        return territory.isEmpty() ? "en_US" : lang + "_" + territory;
    }

    /** The media type an image URL's extension names, or null. */
    static String typeOf(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) return "image/jpeg";
        if (path.endsWith(".png")) return "image/png";
        if (path.endsWith(".gif")) return "image/gif";
        if (path.endsWith(".webp")) return "image/webp";
        if (path.endsWith(".avif")) return "image/avif";
        return null;
    }

    /** Text on one line: runs of white space (new lines included) become one space; control characters go. */
    static String oneLine(String text) {
        if (text == null) return "";
        return text.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", "").replaceAll("\\s+", " ").strip();
    }

    /** At most {@code limit} characters (code points), ending in "…" when cut, at a word break when there is one near. */
    static String shorten(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) return text;
        int end = text.offsetByCodePoints(0, limit - 1);
        int space = text.lastIndexOf(' ', end);
        if (space > end - 40 && space > 0) end = space;
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The tags as HTML, one per line: values escaped for a double-quoted attribute, an element's text as it is. */
    public static String html(List<HeadTag> tags) {
        StringBuilder sb = new StringBuilder();
        for (HeadTag tag : tags) {
            sb.append('<').append(tag.element());
            for (Map.Entry<String, String> attribute : tag.attributes().entrySet()) {
                sb.append(' ').append(attribute.getKey()).append("=\"").append(escape(attribute.getValue())).append('"');
            }
            sb.append('>');
            if (tag.text() != null) sb.append(tag.text()).append("</").append(tag.element()).append('>');
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A value made safe inside a double-quoted HTML attribute. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
