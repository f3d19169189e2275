package dev.feedcard.pages;

/**
 * Built pages in the shape each site generator writes them, for the post "Deep Learning in 2022". Each is the
 * page as the generator leaves it; the tests name which of its tags feedcard must replace.
 */
final class GeneratorPages {
    private GeneratorPages() {
    }

    /** Gatsby 5 with gatsby-plugin-react-helmet: one line, void tags closed with "/>", helmet's og tags. */
    static final String GATSBY = "<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/>"
            + "<meta http-equiv=\"x-ua-compatible\" content=\"ie=edge\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\"/>"
            + "<meta name=\"generator\" content=\"Gatsby 5.13.3\"/>"
            + "<style data-href=\"/styles.f2a1c3.css\" data-identity=\"gatsby-global-css\">.post h1{font-size:2rem}</style>"
            + "<link rel=\"sitemap\" type=\"application/xml\" href=\"/sitemap-index.xml\"/>"
            + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Hippocampus&#x27;s Garden RSS\" href=\"/rss.xml\"/>"
            + "<title data-react-helmet=\"true\">Deep Learning in 2022 | Hippocampus&#x27;s Garden</title>"
            + "<meta data-react-helmet=\"true\" name=\"description\" content=\"A look back at the year.\"/>"
            + "<meta data-react-helmet=\"true\" property=\"og:title\" content=\"Deep Learning in 2022\"/>"
            + "<meta data-react-helmet=\"true\" property=\"og:description\" content=\"A look back at the year.\"/>"
            + "<meta data-react-helmet=\"true\" property=\"og:type\" content=\"website\"/>"
            + "<meta data-react-helmet=\"true\" property=\"og:image\" content=\"/static/7d1e2/ogp.jpg\"/>"
            + "<meta data-react-helmet=\"true\" name=\"twitter:card\" content=\"summary\"/>"
            + "<meta data-react-helmet=\"true\" name=\"twitter:creator\" content=\"@shion_honda\"/>"
            + "<meta data-react-helmet=\"true\" name=\"twitter:title\" content=\"Deep Learning in 2022\"/>"
            + "<link as=\"script\" rel=\"preload\" href=\"/webpack-runtime-3c8b.js\"/>"
            + "<link as=\"script\" rel=\"preload\" href=\"/app-9e0f.js\"/></head>"
            + "<body><div id=\"___gatsby\"><div style=\"outline:none\" tabindex=\"-1\" id=\"gatsby-focus-wrapper\">"
            + "<main><article><h1>Deep Learning in 2022</h1><p>2022 was the year of <em>scale</em>.</p>"
            + "<pre><code>  x = f(y)\n\tz = 2</code></pre></article></main></div></div>"
            + "<script id=\"gatsby-script-loader\">/*<![CDATA[*/window.pagePath=\"/deep-learning-2022/\";/*]]>*/</script>"
            + "<script src=\"/app-9e0f.js\" async=\"\"></script></body></html>";

    /** The tags of {@link #GATSBY} the post's tags replace. */
    static final String[] GATSBY_REPLACED = {
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Hippocampus&#x27;s Garden RSS\" href=\"/rss.xml\"/>",
            "<meta data-react-helmet=\"true\" property=\"og:title\" content=\"Deep Learning in 2022\"/>",
            "<meta data-react-helmet=\"true\" property=\"og:description\" content=\"A look back at the year.\"/>",
            "<meta data-react-helmet=\"true\" property=\"og:type\" content=\"website\"/>",
            "<meta data-react-helmet=\"true\" property=\"og:image\" content=\"/static/7d1e2/ogp.jpg\"/>",
            "<meta data-react-helmet=\"true\" name=\"twitter:card\" content=\"summary\"/>",
            "<meta data-react-helmet=\"true\" name=\"twitter:title\" content=\"Deep Learning in 2022\"/>",
    };

    /** Hugo 0.140 with its internal opengraph and twitter_cards templates: lines, mixed indentation, blank lines. */
    static final String HUGO = """
            <!DOCTYPE html>
            <html lang="en-us" dir="ltr">
              <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Deep Learning in 2022 | Hippocampus&#39;s Garden</title>
                <meta name="description" content="A look back at the year.">
                <link rel="alternate" type="application/rss+xml" href="https://example.com/index.xml" title="Hippocampus&#39;s Garden">
                <meta property="og:url" content="https://example.com/posts/deep-learning-2022/">
              <meta property="og:site_name" content="Hippocampus&#39;s Garden">
              <meta property="og:title" content="Deep Learning in 2022">
              <meta property="og:description" content="A look back at the year.">
              <meta property="og:locale" content="en_us">
              <meta property="og:type" content="article">
                <meta property="article:section" content="posts">
                <meta property="article:published_time" content="2023-01-13T22:01:03+00:00">
                <meta property="article:modified_time" content="2023-01-13T22:01:03+00:00">
                <meta property="article:tag" content="Deep-Learning">
                <meta property="article:tag" content="Review">
                <meta property="og:image" content="https://example.com/images/ogp.jpg">
                <meta property="og:image:alt" content="An old picture">
                <meta property="og:image:type" content="image/png">

              <meta name="twitter:card" content="summary">
              <meta name="twitter:title" content="Deep Learning in 2022">
              <meta name="twitter:description" content="A look back at the year.">

                <link rel="stylesheet" href="/css/main.min.css" integrity="sha256-abc" crossorigin="anonymous">
              </head>
              <body>
                <main>
                  <h1>Deep Learning in 2022</h1>
                  <p>2022 was the year of <em>scale</em>.</p>
                </main>
              </body>
            </html>
            """;

    /** Whole lines of {@link #HUGO} the post's tags replace. */
    static final String[] HUGO_REPLACED = {
            "    <link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://example.com/index.xml\" title=\"Hippocampus&#39;s Garden\">\n",
            "    <meta property=\"og:url\" content=\"https://example.com/posts/deep-learning-2022/\">\n",
            "  <meta property=\"og:site_name\" content=\"Hippocampus&#39;s Garden\">\n",
            "  <meta property=\"og:title\" content=\"Deep Learning in 2022\">\n",
            "  <meta property=\"og:description\" content=\"A look back at the year.\">\n",
            "  <meta property=\"og:type\" content=\"article\">\n",
            "    <meta property=\"article:published_time\" content=\"2023-01-13T22:01:03+00:00\">\n",
            "    <meta property=\"article:tag\" content=\"Deep-Learning\">\n",
            "    <meta property=\"article:tag\" content=\"Review\">\n",
            "    <meta property=\"og:image\" content=\"https://example.com/images/ogp.jpg\">\n",
            "    <meta property=\"og:image:alt\" content=\"An old picture\">\n",
            "    <meta property=\"og:image:type\" content=\"image/png\">\n",
            "  <meta name=\"twitter:card\" content=\"summary\">\n",
            "  <meta name=\"twitter:title\" content=\"Deep Learning in 2022\">\n",
    };

    /** Hugo without the opengraph template: a pretty head with no og tags and no feed link. */
    static final String HUGO_PLAIN = """
            <!DOCTYPE html>
            <html lang="en-us">
            <head>
            \t<meta charset="utf-8">
            \t<title>Deep Learning in 2022</title>
            \t<link rel="stylesheet" href="/css/style.css">
            </head>
            <body>
            \t<h1>Deep Learning in 2022</h1>
            </body>
            </html>
            """;

    /**
     * Jekyll 4 with minima's head.html and jekyll-seo-tag: the {@code {%- seo -%}} tag glues its opening comment to
     * the viewport line, and {@code {%- feed_meta -%}} puts the feed link and {@code </head>} on the stylesheet's line.
     */
    static final String JEKYLL = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <meta http-equiv="X-UA-Compatible" content="IE=edge">
              <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
            <title>Deep Learning in 2022 | Hippocampus’s Garden</title>
            <meta name="generator" content="Jekyll v4.3.4" />
            <meta property="og:title" content="Deep Learning in 2022" />
            <meta name="author" content="Shion Honda" />
            <meta property="og:locale" content="en_US" />
            <meta name="description" content="A look back at the year." />
            <meta property="og:description" content="A look back at the year." />
            <link rel="canonical" href="https://example.com/2023/01/13/deep-learning-2022.html" />
            <meta property="og:url" content="https://example.com/2023/01/13/deep-learning-2022.html" />
            <meta property="og:site_name" content="Hippocampus’s Garden" />
            <meta property="og:type" content="article" />
            <meta property="article:published_time" content="2023-01-13T22:01:03+00:00" />
            <meta name="twitter:card" content="summary" />
            <meta property="twitter:title" content="Deep Learning in 2022" />
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"BlogPosting","headline":"Deep Learning in 2022","url":"https://example.com/2023/01/13/deep-learning-2022.html"}</script>
            <!-- End Jekyll SEO tag -->
            <link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://example.com/feed.xml" title="Hippocampus’s Garden" /></head>
            <body><main class="page-content" aria-label="Content">
                  <div class="wrapper">
                    <article class="post h-entry"><h1 class="post-title p-name">Deep Learning in 2022</h1></article>
                  </div>
                </main></body>

            </html>
            """;

    /** Lines of {@link #JEKYLL} the post's tags replace (the feed link, which shares a line, is listed alone). */
    static final String[] JEKYLL_REPLACED = {
            "<meta property=\"og:title\" content=\"Deep Learning in 2022\" />\n",
            "<meta property=\"og:description\" content=\"A look back at the year.\" />\n",
            "<meta property=\"og:url\" content=\"https://example.com/2023/01/13/deep-learning-2022.html\" />\n",
            "<meta property=\"og:site_name\" content=\"Hippocampus’s Garden\" />\n",
            "<meta property=\"og:type\" content=\"article\" />\n",
            "<meta property=\"article:published_time\" content=\"2023-01-13T22:01:03+00:00\" />\n",
            "<meta name=\"twitter:card\" content=\"summary\" />\n",
            "<meta property=\"twitter:title\" content=\"Deep Learning in 2022\" />\n",
            "<link type=\"application/atom+xml\" rel=\"alternate\" href=\"https://example.com/feed.xml\" title=\"Hippocampus’s Garden\" />",
    };

    /** Astro 4 with compressHTML: one line, no og tags, no feed link. */
    static final String ASTRO = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<meta name=\"generator\" content=\"Astro v4.16.18\"><title>Deep Learning in 2022</title>"
            + "<link rel=\"stylesheet\" href=\"/_astro/index.BXeMdzqE.css\">"
            + "<script type=\"module\" src=\"/_astro/hoisted.DOb2rqvM.js\"></script></head>"
            + "<body><main><h1 data-astro-cid-bvzihdzo>Deep Learning in 2022</h1><p>2022 was the year of <em>scale</em>.</p></main></body></html>";
}
