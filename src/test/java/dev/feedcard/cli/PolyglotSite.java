package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;

/**
 * A Jekyll site translated by Polyglot as Polyglot's own example lays one out: every post in {@code _posts}, giving
 * its language in its front matter only (en, the default; sv; pt-BR), translations paired by {@code page_id}, one
 * Swedish post without a translation and one post that names no language. Polyglot builds the languages one after
 * another: in parallel, its forks race to create Jekyll's disk cache, and a fork that loses leaves its language
 * unwritten while {@code jekyll build} still exits 0.
 */
final class PolyglotSite {
    static final String URL = "https://polyglot.example.org/";

    private PolyglotSite() {
    }

    /** Writes the site's configuration, a layout for Jekyll and the posts into {@code site}. */
    static void write(TestBlog site) {
        site.siteFile("_config.yml", """
                title: Polyglot Fixture
                url: "https://polyglot.example.org"
                permalink: /:year/:title/
                plugins:
                  - jekyll-polyglot
                languages: ["en", "sv", "pt-BR"]
                default_lang: "en"
                parallel_localization: false
                defaults:
                  - scope: {path: ""}
                    values: {layout: post}
                """);
        site.siteFile("_layouts/post.html", "<!DOCTYPE html>\n<html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n");
        site.siteFile("_posts/2024-05-01-salad-recipes-en.md", "---\ntitle: Salad recipes\nlang: en\npage_id: salad\ntags: [food]\n---\nSalad.\n");
        site.siteFile("_posts/2024-05-02-salad-recipes-sv.md", "---\ntitle: Salladsrecept\nlang: sv\npage_id: salad\ntags: [food]\n---\nSallad.\n");
        site.siteFile("_posts/2024-05-03-receitas.md", "---\ntitle: Receitas de salada\nlang: pt-BR\npage_id: salad\n---\nSalada.\n");
        site.siteFile("_posts/2024-05-04-kottbullar.md", "---\ntitle: Köttbullar\nlang: sv\ntags: [food]\n---\nBara på svenska.\n");
        site.siteFile("_posts/2024-04-01-no-language.md", "---\ntitle: Written before the translations\n---\nText.\n");
    }
}
