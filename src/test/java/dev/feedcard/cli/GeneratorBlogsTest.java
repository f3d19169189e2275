package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import dev.feedcard.testing.TestBlog.Entry;
import dev.feedcard.testing.TestBlog.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small blog in the shape each generator gives it, configured by {@code feedcard init}, built by
 * {@code feedcard build}, and read back from atom.xml: which posts are entries, their URLs, dates, cards and languages.
 */
class GeneratorBlogsTest {
    /** The colour of every fixture image's edges, which no drawn title card has: a card that shows it was made from the image. */
    private static final Color IMAGE_COLOUR = new Color(200, 40, 160);

    @TempDir
    Path dir;

    /** The post's card exists, is 1200x630, and was made from its featured image (its corner has the image's colour). */
    private static void assertCard(Path out, String slug) throws Exception {
        assertTrue(showsTheImage(card(out, slug)), "the card of " + slug + " was not made from its featured image");
    }

    /** The post's card exists, is 1200x630, and was drawn (the post has no featured image). */
    private static void assertDrawnCard(Path out, String slug) throws Exception {
        assertFalse(showsTheImage(card(out, slug)), "the card of " + slug + " should be a drawn title card");
    }

    private static BufferedImage card(Path out, String slug) throws Exception {
        Path card = out.resolve("cards/" + slug + ".jpg");
        assertTrue(Files.isRegularFile(card), "missing card " + card);
        BufferedImage image = ImageIO.read(card.toFile());
        assertNotNull(image, "not an image: " + card);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        return image;
    }

    private static boolean showsTheImage(BufferedImage card) {
        Color expected = IMAGE_COLOUR;
        for (int[] p : new int[][]{{12, 12}, {1188, 12}}) {
            Color c = new Color(card.getRGB(p[0], p[1]));
            if (Math.abs(c.getRed() - expected.getRed()) > 16 || Math.abs(c.getGreen() - expected.getGreen()) > 16
                    || Math.abs(c.getBlue() - expected.getBlue()) > 16) return false;
        }
        return true;
    }

    private static Run initAndBuild(TestBlog site, String initSays, String... buildFlags) {
        Run init = site.init();
        assertEquals(Main.OK, init.code(), init.toString());
        assertTrue(init.out().contains(initSays), init.out());
        Run build = site.buildWithConfig(buildFlags);
        assertEquals(Main.OK, build.code(), build.toString() + "\n--- feedcard.yml\n" + readConfig(site));
        return build;
    }

    private static String readConfig(TestBlog site) {
        try {
            return Files.readString(site.path("feedcard.yml"));
        } catch (Exception e) {
            return "(none)";
        }
    }

    @Test
    void hugoPageBundlesWithTomlTranslationsAndStatic() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("hugo.toml", """
                baseURL = "https://hugo.example.org/"
                languageCode = "en-us"
                defaultContentLanguage = "en"
                title = "Hugo Fixture"
                timeZone = "Asia/Tokyo"

                [permalinks]
                posts = "/posts/:year/:slug/"
                """);
        site.siteFile("content/_index.md", "+++\ntitle = \"Home\"\n+++\n");
        site.siteFile("content/about.md", "+++\ntitle = \"About\"\ndate = 2020-01-01\n+++\nNot a post.\n");
        site.siteFile("content/posts/_index.md", "+++\ntitle = \"Posts\"\n+++\n");
        site.siteFile("content/posts/first-bundle/index.md", """
                +++
                title = "First bundle"
                date = 2024-02-03T10:00:00+09:00
                lastmod = 2024-02-05T08:00:00Z
                tags = ["hugo", "toml"]
                categories = ["notes"]
                [cover]
                image = "cover.jpg"
                alt = "A gradient"
                +++

                The first post, in a page bundle.
                """);
        site.siteImage("content/posts/first-bundle/cover.jpg", 1600, 900, IMAGE_COLOUR);
        site.siteFile("content/posts/first-bundle/index.ja.md", """
                +++
                title = "最初のバンドル"
                date = 2024-02-04T10:00:00+09:00
                [cover]
                image = "cover.jpg"
                +++

                日本語の記事です。
                """);
        site.siteFile("content/posts/2023/json-post.md", """
                {
                  "title": "JSON front matter",
                  "date": "2023-11-20T09:30:00Z",
                  "images": ["/images/shared.png", "/images/other.png"],
                  "tags": "json, hugo"
                }
                A post whose front matter is JSON, in a year folder.
                """);
        site.siteImage("static/images/shared.png", 800, 600, IMAGE_COLOUR);
        site.siteFile("content/posts/local-date.md", "---\ntitle: Local date\ndate: 2024-04-01 09:00\n---\nYAML in Hugo, dated in the site's zone.\n");
        site.siteFile("content/posts/draft.md", "+++\ntitle = \"Draft\"\ndate = 2024-01-01\ndraft = true\n+++\nNot yet.\n");

        initAndBuild(site, "Generator: Hugo");
        String config = readConfig(site);
        assertTrue(config.contains("content: \"content/posts\""), config);
        assertTrue(config.contains("siteUrl: \"https://hugo.example.org/\""), config);
        assertTrue(config.contains("permalink: \"/posts/{year}/{slug}/\""), config);
        assertTrue(config.contains("timeZone: \"Asia/Tokyo\""), config);

        Path out = site.path("public");
        Map<String, Entry> entries = new java.util.LinkedHashMap<>(TestBlog.atomEntries(out.resolve("atom.xml")));
        assertEquals(Set.of("First bundle", "JSON front matter", "Local date"), entries.keySet(), "the site's feed shows a translated post once");
        entries.putAll(TestBlog.atomEntries(out.resolve("lang/ja/atom.xml")));

        Entry first = entries.get("First bundle");
        assertEquals("https://hugo.example.org/posts/2024/first-bundle/", first.link());
        assertEquals("2024-02-03T01:00:00Z", first.published());
        assertEquals("2024-02-05T08:00:00Z", first.updated());
        assertCardUrl("https://hugo.example.org/cards/first-bundle.jpg", first.thumbnail());

        Entry japanese = entries.get("最初のバンドル");
        assertEquals("https://hugo.example.org/ja/posts/2024/first-bundle/", japanese.link(), "index.ja.md is the Japanese translation");
        assertEquals("2024-02-04T01:00:00Z", japanese.published());
        assertCardUrl("https://hugo.example.org/cards/ja/first-bundle.jpg", japanese.thumbnail()); // a translation has its own card
        assertEquals("ja", japanese.language());
        assertEquals("en", first.language());
        assertEquals(Set.of("最初のバンドル"), TestBlog.atomEntries(out.resolve("lang/ja/atom.xml")).keySet());
        assertEquals(Set.of("First bundle", "JSON front matter", "Local date"), TestBlog.atomEntries(out.resolve("lang/en/atom.xml")).keySet());

        Entry json = entries.get("JSON front matter");
        assertEquals("https://hugo.example.org/posts/2023/json-post/", json.link());
        assertEquals("2023-11-20T09:30:00Z", json.published());
        assertCardUrl("https://hugo.example.org/cards/2023/json-post.jpg", json.thumbnail()); // the first of images, from static/

        Entry local = entries.get("Local date");
        assertEquals("2024-04-01T00:00:00Z", local.published(), "09:00 in Asia/Tokyo");
        assertCardUrl("https://hugo.example.org/cards/local-date.jpg", local.thumbnail());

        assertCard(out, "first-bundle");
        assertCard(out, "ja/first-bundle");
        assertCard(out, "2023/json-post");
        assertDrawnCard(out, "local-date");
    }

    @Test
    void jekyllPostsWithDatesInTheirNames() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("_config.yml", """
                title: Jekyll Fixture
                url: "https://jekyll.example.org"
                baseurl: ""
                timezone: America/New_York
                permalink: pretty
                plugins:
                  - jekyll-feed
                  - jekyll-seo-tag
                """);
        site.siteFile("Gemfile", "source \"https://rubygems.org\"\ngem \"jekyll\", \"~> 4.3\"\n");
        site.siteFile("index.md", "---\nlayout: home\n---\n");
        site.siteFile("README.md", "# My site\n");
        site.siteFile("_posts/2024-03-10-hello-jekyll.md", """
                ---
                layout: post
                title: "Hello Jekyll"
                image: /assets/img/hello.png
                tags: [jekyll]
                ---
                No date in the front matter: it comes from the file's name.
                """);
        site.siteImage("assets/img/hello.png", 1200, 800, IMAGE_COLOUR);
        site.siteFile("_posts/2024-02-01-seo-image.md", """
                ---
                title: "SEO image"
                last_modified_at: 2024-02-02 12:00:00 -0500
                image:
                  path: /assets/img/seo.jpg
                  height: 630
                  width: 1200
                  alt: "The jekyll-seo-tag form"
                ---
                jekyll-seo-tag's image object.
                """);
        site.siteImage("assets/img/seo.jpg", 1200, 630, IMAGE_COLOUR);
        site.siteFile("_posts/2023-12-31-with-date.md", """
                ---
                title: "Date in the front matter"
                date: 2015-03-17 14:00:00 -4
                categories: news, updates
                ---
                The front matter's date wins over the file name's.
                """);
        site.siteFile("_posts/2024-05-01-unpublished.md", "---\ntitle: Unpublished\npublished: false\n---\nHidden.\n");
        site.siteFile("_drafts/a-draft.md", "---\ntitle: A draft\n---\nNot in _posts yet.\n");

        initAndBuild(site, "Generator: Jekyll");
        String config = readConfig(site);
        assertTrue(config.contains("content: \"_posts\""), config);
        assertTrue(config.contains("- \".\""), "Jekyll serves its root: " + config);
        assertTrue(config.contains("permalink: \"/{categories}/{year}/{month}/{day}/{slug}/\""), "Jekyll's pretty style: " + config);
        assertFalse(config.contains("CHECK"), config);

        Path out = site.path("_site");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals(List.of("Hello Jekyll", "SEO image", "Date in the front matter"), List.copyOf(entries.keySet()), "newest first");

        Entry hello = entries.get("Hello Jekyll");
        assertEquals("2024-03-10T05:00:00Z", hello.published(), "midnight in America/New_York");
        assertTrue(entries.values().stream().allMatch(e -> e.language().equals("en")), entries.toString());
        assertEquals("https://jekyll.example.org/2024/03/10/hello-jekyll/", hello.link());
        assertCardUrl("https://jekyll.example.org/cards/hello-jekyll.jpg", hello.thumbnail());

        Entry seo = entries.get("SEO image");
        assertEquals("2024-02-01T05:00:00Z", seo.published());
        assertEquals("2024-02-02T17:00:00Z", seo.updated());
        assertCardUrl("https://jekyll.example.org/cards/seo-image.jpg", seo.thumbnail());

        Entry dated = entries.get("Date in the front matter");
        assertEquals("2015-03-17T18:00:00Z", dated.published());
        // Jekyll splits a text of categories at white space, so "news, updates" is "news," and "updates"
        assertEquals("https://jekyll.example.org/news,/updates/2015/03/17/with-date/", dated.link());

        assertCard(out, "hello-jekyll");
        assertCard(out, "seo-image");
        assertDrawnCard(out, "with-date");
    }

    @Test
    void jekyllChirpyWithFrontMatterDefaultsAndMediaSubpath() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("_config.yml", """
                theme: jekyll-theme-chirpy
                lang: en
                timezone: Asia/Shanghai
                title: Chirpy Fixture
                url: "https://chirpy.example.org"
                baseurl: ""
                defaults:
                  - scope:
                      path: ""
                      type: posts
                    values:
                      layout: post
                      comments: true
                      toc: true
                      permalink: /posts/:title/
                  - scope:
                      path: _posts/2024
                    values:
                      media_subpath: /assets/img/2024
                  - scope:
                      path: _drafts
                    values:
                      comments: false
                  - scope:
                      path: ""
                      type: tabs
                    values:
                      layout: page
                      permalink: /:title/
                """);
        site.siteFile("Gemfile", "source \"https://rubygems.org\"\ngem \"jekyll-theme-chirpy\", \"~> 7.2\"\n");
        site.siteFile("_tabs/about.md", "---\ntitle: About\nicon: fas fa-info-circle\n---\n");
        site.siteFile("_posts/2024-03-01-own-subpath.md", """
                ---
                title: Own subpath
                date: 2024-03-01 10:00:00 +0800
                categories: [Blogging, Tutorial]
                tags: [writing]
                media_subpath: /posts/20240301
                image:
                  path: cover.png
                  alt: The cover, below the post's media_subpath
                ---
                The image's path is below the post's own media_subpath.

                ![A shot](shot.png) ![From a CDN](https://cdn.example.net/pic.png) ![No scheme](//cdn.example.net/nos.png)
                """);
        site.siteImage("posts/20240301/cover.png", 1200, 630, IMAGE_COLOUR);
        site.siteFile("_posts/2024/2024-04-02-from-defaults.md", """
                ---
                title: From defaults
                date: 2024-04-02 10:00:00 +0800
                image: preview.jpg
                ---
                media_subpath comes from the defaults of _posts/2024.

                ![A chart](/chart.png)
                """);
        site.siteImage("assets/img/2024/preview.jpg", 1200, 630, IMAGE_COLOUR);
        site.siteFile("_posts/2024/2024-05-03-front-matter-wins.md", """
                ---
                title: Front matter wins
                date: 2024-05-03 10:00:00 +0800
                media_subpath: /assets/own
                image:
                  path: own.jpg
                ---
                The post's own media_subpath wins over the folder's default.
                """);
        site.siteImage("assets/own/own.jpg", 1200, 630, IMAGE_COLOUR);
        site.siteFile("_posts/2024-06-04-own-permalink.md", """
                ---
                title: Own permalink
                date: 2024-06-04 10:00:00 +0800
                category: Notes
                permalink: /special/place/
                ---
                A permalink in the front matter wins over the defaults' one; a singular category is a category.

                ![Here](here.png)
                """);
        site.siteFile("_posts/2024-07-05-repeated-key.md", """
                ---
                title: First title
                date: 2024-07-05 10:00:00 +0800
                title: Second title
                ---
                The last of a repeated key wins, as in Jekyll, with a warning.
                """);

        Run build = initAndBuild(site, "Generator: Jekyll");
        String config = readConfig(site);
        assertTrue(config.contains("permalink: \"/posts/{slug}/\""), "from the defaults of type posts: " + config);
        assertFalse(config.contains("CHECK"), config);
        assertTrue(build.err().contains("2024-07-05-repeated-key.md:4: warning: the key 'title' is written twice (first on line 2)"), build.err());

        Path out = site.path("_site");
        Path atom = out.resolve("atom.xml");
        Map<String, Entry> entries = TestBlog.atomEntries(atom);
        assertEquals(List.of("Second title", "Own permalink", "Front matter wins", "From defaults", "Own subpath"), List.copyOf(entries.keySet()));
        assertEquals("https://chirpy.example.org/posts/own-subpath/", entries.get("Own subpath").link());
        assertEquals("https://chirpy.example.org/posts/from-defaults/", entries.get("From defaults").link());
        assertEquals("https://chirpy.example.org/posts/front-matter-wins/", entries.get("Front matter wins").link());
        assertEquals("https://chirpy.example.org/special/place/", entries.get("Own permalink").link());
        assertEquals("https://chirpy.example.org/posts/repeated-key/", entries.get("Second title").link());
        assertEquals("2024-03-01T02:00:00Z", entries.get("Own subpath").published());

        assertCardUrl("https://chirpy.example.org/cards/own-subpath.jpg", entries.get("Own subpath").thumbnail());
        assertCard(out, "own-subpath");
        assertCard(out, "2024/from-defaults");
        assertCard(out, "2024/front-matter-wins");
        assertDrawnCard(out, "own-permalink");

        assertEquals(List.of("Notes"), categories(atom, "Own permalink"));

        // the images in the posts' text are below their media_subpath too, in every feed
        assertBodyImages(out, "Own subpath", "https://chirpy.example.org/posts/20240301/shot.png", "https://cdn.example.net/pic.png",
                "https://cdn.example.net/nos.png");
        assertBodyImages(out, "From defaults", "https://chirpy.example.org/assets/img/2024/chart.png");
        assertBodyImages(out, "Own permalink", "https://chirpy.example.org/special/place/here.png");

        // a changed default reaches the text of the unchanged posts in the next build, from its cache
        site.siteImage("assets/img/twenty-four/preview.jpg", 1200, 630, IMAGE_COLOUR);
        Files.writeString(site.path("_config.yml"), Files.readString(site.path("_config.yml"))
                .replace("media_subpath: /assets/img/2024", "media_subpath: /assets/img/twenty-four"));
        Run moved = site.buildWithConfig();
        assertEquals(Main.OK, moved.code(), moved.toString());
        assertBodyImages(out, "From defaults", "https://chirpy.example.org/assets/img/twenty-four/chart.png");
        assertEquals(List.of("writing", "Blogging", "Tutorial"), categories(atom, "Own subpath"));

        // the posts are unchanged, their defaults are not: the next build (from its cache) reads them with the new ones
        Files.writeString(site.path("_config.yml"), Files.readString(site.path("_config.yml"))
                .replace("media_subpath: /assets/img/twenty-four", "media_subpath: /assets/img/twenty-four\n      published: false"));
        Run again = site.buildWithConfig();
        assertEquals(Main.OK, again.code(), again.toString());
        assertEquals(List.of("Second title", "Own permalink", "Own subpath"), List.copyOf(TestBlog.atomEntries(atom).keySet()),
                "the posts of _posts/2024 are unpublished by their defaults");
    }

    /** Asserts the img sources in the text of the post titled {@code title} in the Atom, RSS and JSON feeds of {@code out}. */
    private static void assertBodyImages(Path out, String title, String... sources) throws Exception {
        List<String> expected = List.of(sources);
        org.w3c.dom.NodeList entries = TestBlog.parseXml(Files.readAllBytes(out.resolve("atom.xml"))).getElementsByTagNameNS(ATOM, "entry");
        assertEquals(expected, imageSources(contentOf(entries, ATOM, "title", ATOM, "content", title)), "atom.xml, " + title);
        org.w3c.dom.NodeList items = TestBlog.parseXml(Files.readAllBytes(out.resolve("rss.xml"))).getElementsByTagName("item");
        assertEquals(expected, imageSources(contentOf(items, "", "title", "http://purl.org/rss/1.0/modules/content/", "encoded", title)),
                "rss.xml, " + title);
        String json = null;
        for (com.fasterxml.jackson.databind.JsonNode item : new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("feed.json").toFile()).get("items")) {
            if (item.path("title").asText().equals(title)) json = item.path("content_html").asText();
        }
        assertNotNull(json, "no JSON Feed item titled " + title);
        assertEquals(expected, imageSources(json), "feed.json, " + title);
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The text of the {@code contentName} element of the entry or item among {@code items} whose title is {@code title}. */
    private static String contentOf(org.w3c.dom.NodeList items, String titleNs, String titleName, String contentNs, String contentName, String title) {
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
            org.w3c.dom.NodeList titles = titleNs.isEmpty() ? item.getElementsByTagName(titleName) : item.getElementsByTagNameNS(titleNs, titleName);
            if (!titles.item(0).getTextContent().strip().equals(title)) continue;
            return item.getElementsByTagNameNS(contentNs, contentName).item(0).getTextContent();
        }
        throw new AssertionError("no entry titled " + title);
    }

    private static List<String> imageSources(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).select("img").eachAttr("src");
    }

    /** The category terms of the Atom entry titled {@code title}, in order. */
    private static List<String> categories(Path atom, String title) throws Exception {
        org.w3c.dom.NodeList entries = TestBlog.parseXml(Files.readAllBytes(atom)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            if (!entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent().strip().equals(title)) continue;
            org.w3c.dom.NodeList terms = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category");
            List<String> found = new java.util.ArrayList<>();
            for (int j = 0; j < terms.getLength(); j++) found.add(((org.w3c.dom.Element) terms.item(j)).getAttribute("term"));
            return found;
        }
        throw new AssertionError("no entry titled " + title);
    }

    /** An Eleventy blog whose posts' folder has a directory data file giving their permalink. */
    private TestBlog eleventyWithDataFile(String dataFile, String data) {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("package.json", "{\"name\": \"eleventy-blog\", \"devDependencies\": {\"@11ty/eleventy\": \"^3.0.0\", \"luxon\": \"^3.4.0\"}}\n");
        site.siteFile(".eleventy.js", """
                const filters = require('./_11ty/filters');

                module.exports = function (eleventyConfig) {
                  eleventyConfig.addPlugin(filters);
                  eleventyConfig.addPassthroughCopy({ 'public/': '/' });
                  return { dir: { input: 'src', output: '_site' } };
                };
                """);
        site.siteFile("_11ty/filters/index.js", """
                const readableDate = require('./readableDate');
                const toDatePath = require('./toDatePath');

                module.exports = (eleventyConfig) => {
                  eleventyConfig.addFilter('readableDate', readableDate);
                  eleventyConfig.addFilter('toDatePath', toDatePath);
                };
                """);
        site.siteFile("_11ty/filters/readableDate.js", """
                const { DateTime } = require('luxon');
                module.exports = (date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('dd LLL yyyy');
                """);
        site.siteFile("_11ty/filters/toDatePath.js", """
                const { DateTime } = require('luxon');
                // the post's date as a path: 2024/01/15
                module.exports = (date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy/LL/dd');
                """);
        site.siteFile("src/_data/metadata.json", "{\"title\": \"Eleventy Dates\", \"url\": \"https://dates.example.org/\"}\n");
        site.siteFile("src/posts/" + dataFile, data);
        site.siteFile("src/posts/first-post.md", """
                ---
                title: First post
                date: 2024-01-15
                image: /img/first.png
                ---
                Its URL has its date, from the directory data file's permalink.
                """);
        site.siteImage("public/img/first.png", 1000, 700, IMAGE_COLOUR);
        site.siteFile("src/posts/2024-02-20-second-post.md", "---\ntitle: Second post\n---\nDated by its name.\n");
        site.siteFile("src/posts/third/index.md", "---\ntitle: Third post\ndate: 2024-03-05\n---\nA folder per post.\n");
        return site;
    }

    private void assertDatedEleventyLinks(TestBlog site, String dataFile) throws Exception {
        initAndBuild(site, "Generator: Eleventy");
        String config = readConfig(site);
        assertTrue(config.contains("permalink: \"/{year}/{month}/{day}/{slug}/\""), config);
        assertTrue(config.contains("src/posts/" + dataFile), "init names the data file it read: " + config);
        assertFalse(config.contains("CHECK"), config);
        Path out = site.path("_site");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals("https://dates.example.org/2024/01/15/first-post/", entries.get("First post").link());
        assertEquals("https://dates.example.org/2024/02/20/second-post/", entries.get("Second post").link());
        assertEquals("https://dates.example.org/2024/03/05/third/", entries.get("Third post").link());
        assertCardUrl("https://dates.example.org/cards/first-post.jpg", entries.get("First post").thumbnail());
        assertCard(out, "first-post");
        assertDrawnCard(out, "second-post");
    }

    @Test
    void eleventyPermalinkFromADirectoryDataFileInJson() throws Exception {
        TestBlog site = eleventyWithDataFile("posts.11tydata.json", """
                {
                  "layout": "post.njk",
                  "tags": ["posts"],
                  "permalink": "/{{ page.date | toDatePath }}/{{ page.fileSlug }}/"
                }
                """);
        assertDatedEleventyLinks(site, "posts.11tydata.json");
    }

    @Test
    void eleventyPermalinkFromADirectoryDataFileInJavaScript() throws Exception {
        TestBlog site = eleventyWithDataFile("posts.11tydata.js", """
                const {DateTime} = require('luxon')

                // permalink: "/old/{{ page.fileSlug }}/"
                module.exports = {
                  layout: 'post.html',
                  permalink: '/{{ page.date | toDatePath }}/{{ page.fileSlug }}/',
                  eleventyComputed: {
                    dateString: ({page}) => DateTime.fromJSDate(page.date, {zone: 'utc'}).toLocaleString(DateTime.DATE_FULL)
                  }
                }
                """);
        assertDatedEleventyLinks(site, "posts.11tydata.js");
    }

    @Test
    void eleventyPermalinkFunctionInADataFileIsNamedAsUnreadable() throws Exception {
        TestBlog site = eleventyWithDataFile("posts.11tydata.js", """
                module.exports = {
                  layout: 'post.html',
                  permalink: (data) => `/notes/${data.page.fileSlug}/`,
                };
                """);
        Run init = site.init();
        assertEquals(Main.OK, init.code(), init.toString());
        assertTrue(init.out().contains("check:     The permalink in src/posts/posts.11tydata.js is JavaScript (a function or an expression),"
                + " which feedcard does not run"), init.out());
        String config = readConfig(site);
        assertTrue(config.contains("# CHECK: The permalink in src/posts/posts.11tydata.js is JavaScript"), config);
        assertTrue(config.contains("permalink: \"/posts/{section}/{slug}/\""), "the layout's pattern, to be checked: " + config);
    }

    @Test
    void astroContentCollectionWithHeroImagesAndAJapaneseFolder() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("package.json", "{\n  \"name\": \"astro-blog\",\n  \"dependencies\": {\"astro\": \"^5.0.0\"}\n}\n");
        site.siteFile("astro.config.mjs", """
                // @ts-check
                import { defineConfig } from 'astro/config';
                import mdx from '@astrojs/mdx';

                export default defineConfig({
                \tsite: 'https://astro.example.org',
                \tintegrations: [mdx()],
                });
                """);
        site.siteFile("src/content.config.ts", "import { defineCollection } from 'astro:content';\n");
        site.siteFile("src/content/blog/first-post.md", """
                ---
                title: 'First post'
                description: 'Lorem ipsum dolor sit amet'
                pubDate: 'Jul 08 2022'
                heroImage: '../../assets/blog-placeholder-3.jpg'
                ---
                Astro's template writes dates like this and keeps hero images in src/assets.
                """);
        site.siteImage("src/assets/blog-placeholder-3.jpg", 960, 480, IMAGE_COLOUR);
        site.siteFile("src/content/blog/second-post.md", """
                ---
                title: 'Second post'
                description: 'From public/'
                pubDate: '2024-01-15'
                updatedDate: 'Jan 20 2024'
                heroImage: '/blog-placeholder-2.jpg'
                ---
                An older template keeps hero images in public/.
                """);
        site.siteImage("public/blog-placeholder-2.jpg", 960, 480, IMAGE_COLOUR);
        site.siteFile("src/content/blog/ja/third-post.md", """
                ---
                title: '三番目の記事'
                pubDate: '2024-02-01'
                ---
                A folder named by a language code gives the post's language.
                """);

        initAndBuild(site, "Generator: Astro");
        String config = readConfig(site);
        assertTrue(config.contains("content: \"src/content/blog\""), config);
        assertTrue(config.contains("- \"public\"") && config.contains("- \"src/assets\""), config);
        assertTrue(config.contains("siteUrl: \"https://astro.example.org\""), config);

        Path out = site.path("dist");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals(List.of("三番目の記事", "Second post", "First post"), List.copyOf(entries.keySet()));

        Entry first = entries.get("First post");
        assertEquals("2022-07-08T00:00:00Z", first.published());
        assertEquals("https://astro.example.org/blog/first-post/", first.link());
        assertCardUrl("https://astro.example.org/cards/first-post.jpg", first.thumbnail());

        Entry second = entries.get("Second post");
        assertEquals("2024-01-15T00:00:00Z", second.published());
        assertEquals("2024-01-20T00:00:00Z", second.updated());
        assertCardUrl("https://astro.example.org/cards/second-post.jpg", second.thumbnail());

        assertEquals("https://astro.example.org/ja/blog/third-post/", entries.get("三番目の記事").link());
        assertEquals("ja", entries.get("三番目の記事").language(), "from the ja/ folder");
        assertEquals("en", entries.get("First post").language());
        assertEquals(Set.of("三番目の記事"), TestBlog.atomEntries(out.resolve("lang/ja/atom.xml")).keySet());

        assertCard(out, "first-post");
        assertCard(out, "second-post");
        assertCardUrl("https://astro.example.org/cards/ja/third-post.jpg", entries.get("三番目の記事").thumbnail());
        assertDrawnCard(out, "ja/third-post");
    }

    @Test
    void eleventyBaseBlog() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("package.json", "{\"name\": \"eleventy-base-blog\", \"devDependencies\": {\"@11ty/eleventy\": \"^3.0.0\"}}\n");
        site.siteFile("eleventy.config.js", """
                export default async function(eleventyConfig) {
                \televentyConfig.addPassthroughCopy({ "./public/": "/" });
                };
                export const config = { dir: { input: "content", includes: "../_includes", data: "../_data" } };
                """);
        site.siteFile("_data/metadata.js", """
                export default {
                \ttitle: "Eleventy Base Blog v9",
                \turl: "https://eleventy.example.org/",
                \tlanguage: "en",
                \tdescription: "I am writing about my experiences as a naval navel-gazer.",
                };
                """);
        site.siteFile("_includes/layouts/post.njk", "{{ content | safe }}\n");
        site.siteFile("content/index.njk", "---\nlayout: layouts/home.njk\n---\n");
        site.siteFile("content/blog/blog.11tydata.js", "export default { tags: [\"posts\"], layout: \"layouts/post.njk\" };\n");
        site.siteFile("content/blog/firstpost.md", """
                ---
                title: This is my first post.
                description: This is a post on My Blog about agile frameworks.
                date: 2018-05-01
                tags:
                  - another tag
                image: /img/first.png
                ---
                Leverage agile frameworks.
                """);
        site.siteImage("public/img/first.png", 1000, 700, IMAGE_COLOUR);
        site.siteFile("content/blog/secondpost/index.md", """
                ---
                title: This is my second post with a much longer title.
                date: 2018-07-04
                image: photo.jpg
                ---
                A folder per post, with its photo beside it.
                """);
        site.siteImage("content/blog/secondpost/photo.jpg", 900, 900, IMAGE_COLOUR);
        site.siteFile("content/blog/2019-02-14-fourth.md", "---\ntitle: Fourth post\n---\nDated by its name.\n");
        site.siteFile("content/blog/excluded.md", "---\ntitle: Excluded\ndate: 2019-01-01\neleventyExcludeFromCollections: true\n---\nNot in collections.\n");
        site.siteFile("content/blog/nopage.md", "---\ntitle: No page\ndate: 2019-01-01\npermalink: false\n---\nNot written.\n");

        initAndBuild(site, "Generator: Eleventy");
        String config = readConfig(site);
        assertTrue(config.contains("content: \"content/blog\""), config);
        assertTrue(config.contains("siteUrl: \"https://eleventy.example.org/\""), config);

        Path out = site.path("_site");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals(List.of("Fourth post", "This is my second post with a much longer title.", "This is my first post."),
                List.copyOf(entries.keySet()));
        assertEquals("2019-02-14T00:00:00Z", entries.get("Fourth post").published());
        assertEquals("https://eleventy.example.org/blog/fourth/", entries.get("Fourth post").link());
        Entry first = entries.get("This is my first post.");
        assertEquals("2018-05-01T00:00:00Z", first.published());
        assertEquals("https://eleventy.example.org/blog/firstpost/", first.link());
        assertCardUrl("https://eleventy.example.org/cards/firstpost.jpg", first.thumbnail());
        assertEquals("https://eleventy.example.org/blog/secondpost/", entries.get("This is my second post with a much longer title.").link());
        assertCard(out, "firstpost");
        assertCard(out, "secondpost");
    }

    @Test
    void gatsbyStarterBlogFolders() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("gatsby-config.js", """
                module.exports = {
                  siteMetadata: {
                    title: `Gatsby Starter Blog`,
                    author: { name: `Kyle Mathews` },
                    siteUrl: `https://gatsby.example.org/`,
                  },
                  plugins: [`gatsby-plugin-image`],
                }
                """);
        site.siteFile("static/robots.txt", "User-agent: *\n");
        site.siteFile("content/blog/hello-world/index.md", """
                ---
                title: Hello World
                date: "2015-05-01T22:12:03.284Z"
                description: "Hello World"
                featuredImage: ./salty_egg.jpg
                ---
                This is my first post on my new fake blog!
                """);
        site.siteImage("content/blog/hello-world/salty_egg.jpg", 1400, 1000, IMAGE_COLOUR);
        site.siteFile("content/blog/my-second-post/index.md", """
                ---
                title: My Second Post!
                date: "2015-05-06T23:46:37.121Z"
                ---
                Wow! I love blogging so much already.
                """);
        site.siteFile("content/blog/new-beginnings/index.md", """
                ---
                title: New Beginnings
                date: "2015-05-28T22:40:32.169Z"
                description: This is a custom description for SEO and Open Graph purposes.
                ---
                Far far away, behind the word mountains.
                """);

        initAndBuild(site, "Generator: Gatsby");
        Path out = site.path("public");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals(List.of("New Beginnings", "My Second Post!", "Hello World"), List.copyOf(entries.keySet()));
        Entry hello = entries.get("Hello World");
        assertEquals("2015-05-01T22:12:03Z", hello.published());
        assertEquals("https://gatsby.example.org/hello-world/", hello.link());
        assertCardUrl("https://gatsby.example.org/cards/hello-world.jpg", hello.thumbnail());
        assertCard(out, "hello-world");
        assertDrawnCard(out, "new-beginnings");
        assertDrawnCard(out, "my-second-post");
    }

    @Test
    void nextJsPostsWithImagesInPublic() throws Exception {
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("package.json", "{\"name\": \"blog-starter\", \"dependencies\": {\"next\": \"15.0.0\", \"gray-matter\": \"4.0.3\"}}\n");
        site.siteFile("next.config.js", "/** @type {import('next').NextConfig} */\nmodule.exports = { output: 'export' };\n");
        site.siteFile("posts/hello-world.md", """
                ---
                title: "Learn How to Pre-render Pages Using Static Generation with Next.js"
                excerpt: "Lorem ipsum dolor sit amet."
                coverImage: "/assets/blog/hello-world/cover.jpg"
                date: "2020-03-16T05:35:07.322Z"
                author:
                  name: Tim Neutkens
                  picture: "/assets/blog/authors/tim.jpeg"
                ogImage:
                  url: "/assets/blog/hello-world/cover.jpg"
                ---
                Lorem ipsum dolor sit amet.
                """);
        site.siteImage("public/assets/blog/hello-world/cover.jpg", 1300, 700, IMAGE_COLOUR);
        site.siteFile("posts/preview.md", """
                ---
                title: "Preview Mode for Static Generation"
                excerpt: "Lorem ipsum."
                coverImage: "cover-preview.png"
                date: "2020-03-16T05:35:07.322Z"
                author:
                  name: Joe Haddad
                ---
                A bare file name, found in public/.
                """);
        site.siteImage("public/cover-preview.png", 1300, 700, IMAGE_COLOUR);
        site.siteFile("posts/dynamic-routing.md", """
                ---
                title: "Dynamic Routing and Static Generation"
                date: "2020-03-15T05:35:07.322Z"
                ---
                No image.
                """);

        // The starter has no site URL in its files: init says so, and the flag gives it.
        Run init = site.init();
        assertEquals(Main.OK, init.code(), init.toString());
        assertTrue(init.out().contains("Generator: Next.js"), init.out());
        assertTrue(init.out().contains("siteUrl:   not found"), init.out());
        Run build = site.buildWithConfig("--site-url", "https://next.example.org");
        assertEquals(Main.OK, build.code(), build.toString());

        Path out = site.path("out");
        Map<String, Entry> entries = TestBlog.atomEntries(out.resolve("atom.xml"));
        assertEquals(3, entries.size(), entries.keySet().toString());
        Entry hello = entries.get("Learn How to Pre-render Pages Using Static Generation with Next.js");
        assertEquals("https://next.example.org/posts/hello-world", hello.link());
        assertEquals("2020-03-16T05:35:07Z", hello.published());
        assertCardUrl("https://next.example.org/cards/hello-world.jpg", hello.thumbnail());
        assertCardUrl("https://next.example.org/cards/preview.jpg", entries.get("Preview Mode for Static Generation").thumbnail());
        assertCard(out, "hello-world");
        assertCard(out, "preview");
        assertDrawnCard(out, "dynamic-routing");
    }

    @Test
    void withNoConfigurationAtAllTheFlagsAreEnough() throws Exception {
        // A Hugo bundle pointed at directly: TOML, a translation and a static image, read by default.
        TestBlog site = TestBlog.empty(dir);
        site.siteFile("content/posts/trip/index.md", "+++\ntitle = \"Trip\"\ndate = 2024-06-01\nimages = [\"/img/trip.jpg\"]\n+++\nText.\n");
        site.siteFile("content/posts/trip/index.ja.md", "+++\ntitle = \"旅行\"\ndate = 2024-06-02\n+++\n本文。\n");
        site.siteImage("static/img/trip.jpg", 1300, 700, IMAGE_COLOUR);
        Run build = TestBlog.run("build", "--content", site.path("content/posts").toString(), "--static", site.path("static").toString(),
                "--out", site.path("public").toString(), "--site-url", "https://plain.example.org", "--now", TestBlog.NOW, "--quiet");
        assertEquals(Main.OK, build.code(), build.toString());
        Map<String, Entry> entries = new java.util.LinkedHashMap<>(TestBlog.atomEntries(site.path("public/atom.xml")));
        assertEquals(Set.of("Trip"), entries.keySet(), "index.ja.md is the translation of index.md");
        entries.putAll(TestBlog.atomEntries(site.path("public/lang/ja/atom.xml")));
        assertEquals("https://plain.example.org/trip/", entries.get("Trip").link());
        assertEquals("https://plain.example.org/ja/trip/", entries.get("旅行").link());
        assertEquals("ja", entries.get("旅行").language(), "from index.ja.md");
        assertEquals("en", entries.get("Trip").language());
        assertCardUrl("https://plain.example.org/cards/trip.jpg", entries.get("Trip").thumbnail());
        assertCardUrl("https://plain.example.org/cards/ja/trip.jpg", entries.get("旅行").thumbnail());
        assertCard(site.path("public"), "trip");
        assertDrawnCard(site.path("public"), "ja/trip");
    }

    /** A card's URL as feeds and head tags give it: the card's path and its version, which changes with its bytes. */
    private static void assertCardUrl(String path, String url) {
        assertTrue(url != null && url.matches(java.util.regex.Pattern.quote(path) + "\\?v=[0-9a-f]{8}"), path + " with its version: " + url);
    }
}
