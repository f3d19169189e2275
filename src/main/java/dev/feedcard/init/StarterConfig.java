package dev.feedcard.init;

import java.util.Map;

/** The commented feedcard.yml that {@code feedcard init} writes for a {@link SiteLayout}. */
public final class StarterConfig {
    /** What feedcard reads from each generator's front matter with no configuration. */
    private static final Map<Generator, String> READS = Map.of(
            Generator.HUGO, "title, date/publishDate, lastmod, description/summary, images (the first), cover.image,"
                    + " featured_image, tags + categories + keywords, draft, slug, url, author(s), lang; TOML (+++),"
                    + " YAML (---) and JSON front matter; index.ja.md and ja/ folders as translations",
            Generator.JEKYLL, "title, the date in the file name (2024-05-01-slug.md) or date, last_modified_at,"
                    + " description/excerpt, image (also jekyll-seo-tag's image: {path, alt}), tags + categories + category,"
                    + " published: false, permalink, author(s), lang, Chirpy's media_subpath; and the front matter"
                    + " defaults (defaults:) of _config.yml, in every build",
            Generator.ASTRO, "title, pubDate, updatedDate, description, heroImage (beside the post, in src/assets or"
                    + " public/), tags, draft, slug, author(s), lang",
            Generator.ELEVENTY, "title, date (or the date in the file name), description, image, tags, draft,"
                    + " permalink: false and eleventyExcludeFromCollections as not published, author(s), lang",
            Generator.GATSBY, "title, date, description, featuredImage (beside the post), tags, draft, slug, author(s), lang",
            Generator.NEXT, "title, date, excerpt, coverImage and ogImage: {url} (from public/), author: {name}, tags,"
                    + " draft, slug, lang",
            Generator.PLAIN, "title, date, updated, description, image, tags, draft, slug, author(s), lang");

    private StarterConfig() {
    }

    /** The commented {@code feedcard.yml} for the site {@code init} found. */
    public static String yaml(SiteLayout layout) {
        Generator g = layout.generator();
        StringBuilder y = new StringBuilder();
        y.append("# feedcard configuration for a ").append(g.displayName()).append(" site, written by `feedcard init`.\n");
        y.append("# Found: ").append(layout.evidence().isEmpty() ? "no generator's files" : String.join(", ", layout.evidence())).append(".\n");
        if (g.buildCommand() != null) {
            y.append("# In the publish step, run feedcard in this folder after `").append(g.buildCommand()).append("` has built the site:\n");
        } else {
            y.append("# In the publish step, run feedcard in this folder:\n");
        }
        y.append("#   java -jar feedcard.jar build\n");
        y.append("# Folders below are relative to this file. Every setting is also a flag (--content, --out, --site-url, ...); flags win.\n");
        for (String note : layout.notes()) y.append("# CHECK: ").append(note).append('\n');
        y.append('\n');

        y.append("# The folder of posts (").append(layout.posts()).append(layout.posts() == 1 ? " post" : " posts").append(" found there).\n");
        y.append("content: ").append(quote(layout.content())).append('\n');
        y.append("# Folders the site serves from its root: a featured image written as /images/x.jpg, or as a bare file name,\n");
        y.append("# is looked up there (after the post's own folder and the content folder).\n");
        if (layout.staticFolders().isEmpty()) {
            y.append("# static: [public]\n");
        } else {
            y.append("static:\n");
            for (String folder : layout.staticFolders()) y.append("  - ").append(quote(folder)).append('\n');
        }
        y.append("# Where the feeds and cards go: the generator's output folder (feedcard only touches files it wrote).\n");
        y.append("out: ").append(quote(layout.out())).append("\n\n");

        if (layout.siteUrl() != null) {
            y.append("# Read from ").append(layout.siteUrlSource()).append(". Every link in the feeds starts with it.\n");
            y.append("siteUrl: ").append(quote(layout.siteUrl())).append('\n');
        } else {
            y.append("# CHANGE THIS: the site's public URL (not found in the generator's configuration). Every link in the feeds starts with it.\n");
            y.append("siteUrl: \"https://example.com/\"\n");
        }
        if (layout.title() != null) {
            y.append("title: ").append(quote(layout.title())).append('\n');
        } else {
            y.append("# title: \"My blog\"\n");
        }
        y.append("# author: \"Your Name\"\n");
        y.append("# description: \"What the blog is about\"\n");
        y.append("# The site's language; posts can name their own (lang: ja), or take it from a ja/ folder or index.ja.md.\n");
        y.append("language: ").append(quote(layout.language() != null ? layout.language() : "en")).append('\n');
        y.append("# Tags that name a post's language (they are not written as topic tags), such as [en, ja].\n");
        y.append("# languages: [en, ja]\n");
        y.append("# Dates written without a zone are read in this zone.\n");
        y.append("timeZone: ").append(quote(layout.timeZone() != null ? layout.timeZone() : "UTC")).append('\n');
        y.append("# A post's path below siteUrl: {slug}, {year}, {month}, {day}, {lang}, and {section} (the folders between\n");
        y.append("# the content folder and the post). Posts whose front matter gives a permalink or url keep it.\n");
        y.append("permalink: ").append(quote(layout.permalink())).append("\n\n");

        y.append("# feedcard reads these front matter names with no configuration:\n");
        for (String line : wrap(READS.get(g), 110)) y.append("#   ").append(line).append('\n');
        y.append("# Map other names here, feedcard's name on the left (title, date, updated, description, image, imageAlt,\n");
        y.append("# tags, language, draft, slug, permalink, authors); your names are tried first.\n");
        y.append("# frontMatter:\n");
        y.append("#   title: headline\n");
        y.append("#   date: created\n");
        return y.toString();
    }

    /** A YAML double-quoted scalar. */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
