package dev.feedcard.content;

import dev.feedcard.config.ContentSettings;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every front matter name the common generators use, read with no configuration, and the frontMatter mapping. */
class KeysTest {
    private static final ZoneId ZONE = ZoneId.of("UTC");

    @TempDir
    Path root;

    private Post read(String frontMatter) throws IOException, ProblemException {
        return read(frontMatter, ContentSettings.defaults());
    }

    private Post read(String frontMatter, ContentSettings settings) throws IOException, ProblemException {
        Path file = root.resolve("post.md");
        Files.writeString(file, "---\n" + frontMatter + "\n---\nThe text.\n");
        PostFile postFile = ContentScanner.scan(root).get(0);
        return new PostReader(root, ZONE, "en", List.of("en", "ja"), settings, URI.create("https://example.com/")).read(postFile);
    }

    private Problem problem(String frontMatter) {
        return assertThrows(ProblemException.class, () -> read(frontMatter)).problem();
    }

    @ParameterizedTest
    @ValueSource(strings = {"date", "pubDate", "publishDate", "published"})
    void publishedDateNames(String key) throws Exception {
        Post post = read("title: T\n" + key + ": 2024-05-01T10:00:00Z");
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), post.published());
        assertFalse(post.draft());
    }

    @Test
    void publishedFalseIsADraftNotADate() throws Exception {
        Post post = read("title: T\npublished: false\ndate: 2024-05-01");
        assertTrue(post.draft());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), post.published());
        assertTrue(read("title: T\ndraft: true\ndate: 2024-05-01").draft());
        assertFalse(read("title: T\ndraft: false\npublished: true\ndate: 2024-05-01").draft());
    }

    @ParameterizedTest
    @ValueSource(strings = {"updated", "lastmod", "last_modified_at", "updatedDate", "modified"})
    void updatedDateNames(String key) throws Exception {
        Post post = read("title: T\ndate: 2024-05-01\n" + key + ": 2024-06-01");
        assertEquals(Instant.parse("2024-06-01T00:00:00Z"), post.updated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "summary", "excerpt", "subtitle"})
    void descriptionNames(String key) throws Exception {
        assertEquals("What it is about", read("title: T\ndate: 2024-05-01\n" + key + ": What it is about").description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"featuredImage", "image", "cover", "coverImage", "heroImage", "thumbnail", "ogImage", "og_image"})
    void imageNames(String key) throws Exception {
        Files.write(root.resolve("cover.jpg"), new byte[]{1});
        FeaturedImage image = read("title: T\ndate: 2024-05-01\n" + key + ": cover.jpg").image();
        assertEquals(root.resolve("cover.jpg").toAbsolutePath().normalize(), image.file());
    }

    @Test
    void imagesListGivesItsFirstImage() throws Exception {
        Files.write(root.resolve("a.jpg"), new byte[]{1});
        Files.write(root.resolve("b.jpg"), new byte[]{1});
        assertEquals("a.jpg", read("title: T\ndate: 2024-05-01\nimages: [a.jpg, b.jpg]").image().declared());
        assertEquals("b.jpg", read("title: T\ndate: 2024-05-01\nimages:\n  - src: b.jpg\n    alt: B\n  - src: a.jpg").image().declared());
    }

    @Test
    void imageObjectForms() throws Exception {
        Files.write(root.resolve("cover.jpg"), new byte[]{1});
        // jekyll-seo-tag
        FeaturedImage seo = read("title: T\ndate: 2024-05-01\nimage:\n  path: cover.jpg\n  height: 630\n  alt: A lake").image();
        assertEquals("cover.jpg", seo.declared());
        assertEquals("A lake", seo.alt());
        // Hugo themes (PaperMod)
        FeaturedImage hugo = read("title: T\ndate: 2024-05-01\ncover:\n  image: cover.jpg\n  alt: A hill\n  relative: true").image();
        assertEquals("cover.jpg", hugo.declared());
        assertEquals("A hill", hugo.alt());
        // Next.js blog starter
        FeaturedImage next = read("title: T\ndate: 2024-05-01\nogImage:\n  url: cover.jpg").image();
        assertEquals("cover.jpg", next.declared());
        assertNull(next.alt());
        // alt text under its own key
        assertEquals("Sea", read("title: T\ndate: 2024-05-01\nheroImage: cover.jpg\nimageAlt: Sea").image().alt());
    }

    @Test
    void hugoParamsAreReadWhenTheTopLevelLacksThem() throws Exception {
        Files.write(root.resolve("cover.jpg"), new byte[]{1});
        Post post = read("title: T\ndate: 2024-05-01\ndescription: Top\nparams:\n  description: Nested\n  images: [cover.jpg]\n  author: Ana");
        assertEquals("Top", post.description());
        assertEquals("cover.jpg", post.image().declared());
        assertEquals(List.of(Author.named("Ana")), post.authors());
    }

    @Test
    void blankValuesGiveWayToTheNextName() throws Exception {
        Files.write(root.resolve("cover.jpg"), new byte[]{1});
        assertEquals("cover.jpg", read("title: T\ndate: 2024-05-01\nimage: \"\"\ncover: cover.jpg").image().declared());
        assertEquals("From summary", read("title: T\ndate: 2024-05-01\ndescription: \"\"\nsummary: From summary").description());
    }

    @Test
    void eleventyFileDates() throws Exception {
        Path file = root.resolve("post.md");
        Files.writeString(file, "---\ntitle: T\ndate: Last Modified\n---\nText.\n");
        Instant modified = Instant.parse("2021-03-04T05:06:07Z");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(modified));
        PostFile postFile = ContentScanner.scan(root).get(0);
        Post post = new PostReader(root, ZONE, "en", List.of()).read(postFile);
        assertEquals(modified, post.published());
    }

    @Test
    void remoteImagesStayUrls() throws Exception {
        FeaturedImage image = read("title: T\ndate: 2024-05-01\nimage: https://cdn.example.org/x.jpg").image();
        assertEquals(URI.create("https://cdn.example.org/x.jpg"), image.remote());
        assertNull(image.file());
        assertEquals(URI.create("https://cdn.example.org/y.jpg"), read("title: T\ndate: 2024-05-01\nimage: //cdn.example.org/y.jpg").image().remote());
    }

    @Test
    void tagsCategoriesAndKeywordsAreMerged() throws Exception {
        Post post = read("title: T\ndate: 2024-05-01\ntags: [java, feeds]\ncategories: Programming, java\nkeywords:\n  - rss\n  - feeds");
        assertEquals(List.of("java", "feeds", "Programming", "rss"), post.tags());
        assertEquals(List.of("a", "b", "c"), read("title: T\ndate: 2024-05-01\ntags: a, b ,c").tags());
    }

    @Test
    void jekyllCategoriesAreKeptForUrlsAsJekyllReadsThem() throws Exception {
        assertEquals(List.of("Programming,", "java"), read("title: T\ndate: 2024-05-01\ncategories: Programming, java").categories(),
                "a text of categories is split at white space, as Jekyll splits it");
        assertEquals(List.of("Web Dev", "news", "Notes"), read("title: T\ndate: 2024-05-01\ncategories: [Web Dev, news]\ncategory: Notes").categories());
        assertEquals(List.of("news"), read("title: T\ndate: 2024-05-01\ncategories: [news]\ncategory: news").categories(), "no repeats");
        assertEquals(List.of(), read("title: T\ndate: 2024-05-01\ntags: [java]").categories(), "tags are no categories");
        assertEquals(List.of("blog", "2024", "news"), PostReader.categories(Map.of("categories", "news"), "blog/2024/_posts/2024-01-01-a.md"),
                "the folders above _posts come first");
        assertEquals(List.of(), PostReader.categories(Map.of(), "_posts/2024/2024-01-01-a.md"), "folders below _posts are none");
        assertEquals(List.of(), PostReader.categories(Map.of("categories", Map.of("a", "b")), "2024-01-01-a.md"), "a mapping is none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lang", "language", "locale"})
    void languageNames(String key) throws Exception {
        assertEquals("ja", read("title: T\ndate: 2024-05-01\n" + key + ": ja").language());
        assertEquals("pt-br", read("title: T\ndate: 2024-05-01\n" + key + ": pt_BR").language());
    }

    @Test
    void languageFromATagAndTheTagLeftOutOfTopics() throws Exception {
        Post post = read("title: T\ndate: 2024-05-01\ntags: [ja, career]");
        assertEquals("ja", post.language());
        assertEquals(List.of("career"), post.tags());
        assertEquals("en", read("title: T\ndate: 2024-05-01").language(), "the site's language by default");
    }

    @Test
    void slugAndPermalink() throws Exception {
        assertEquals("other-name", read("title: T\ndate: 2024-05-01\nslug: other-name").slug());
        assertEquals("post", read("title: T\ndate: 2024-05-01").slug());
        assertEquals("/blog/my-post/", read("title: T\ndate: 2024-05-01\npermalink: /blog/my-post/").permalink());
        assertEquals("/blog/my-post/", read("title: T\ndate: 2024-05-01\nurl: blog/my-post/").permalink());
        assertEquals("/about.html", read("title: T\ndate: 2024-05-01\npermalink: /about.html").permalink());
        assertEquals("/x/", read("title: T\ndate: 2024-05-01\nurl: https://example.com/x/").permalink());
        assertEquals("/%E6%97%A5%E6%9C%AC/a%20b/", read("title: T\ndate: 2024-05-01\nurl: /日本/a b/").permalink());
        assertNull(read("title: T\ndate: 2024-05-01\npermalink: \"/{{ page.fileSlug }}/\"").permalink(), "Eleventy templates are left to the site's pattern");
        assertNull(read("title: T\ndate: 2024-05-01\npermalink: /:year/:title/").permalink(), "Jekyll placeholders are left to the site's pattern");
        assertTrue(read("title: T\ndate: 2024-05-01\npermalink: false").draft(), "Eleventy's permalink: false writes no page");
    }

    @Test
    void permalinksOutsideTheSiteAreRefused() {
        Problem other = problem("title: T\ndate: 2024-05-01\nurl: https://elsewhere.org/x/");
        assertEquals(4, other.line());
        assertTrue(other.message().contains("outside the site"), other.message());
        Problem up = problem("title: T\ndate: 2024-05-01\npermalink: /../../etc/");
        assertTrue(up.message().contains("out of the site"), up.message());
        Problem scheme = problem("title: T\ndate: 2024-05-01\npermalink: \"javascript:alert(1)\"");
        assertTrue(scheme.message().contains("not a path on the site"), scheme.message());
    }

    @Test
    void authorsAsStringListOrObjects() throws Exception {
        assertEquals(List.of(Author.named("Jane Doe")), read("title: T\ndate: 2024-05-01\nauthor: Jane Doe").authors());
        assertEquals(List.of(new Author("Jane Doe", null, "jane@example.com", null)),
                read("title: T\ndate: 2024-05-01\nauthor: Jane Doe <jane@example.com>").authors());
        assertEquals(List.of(Author.named("Jane"), Author.named("Kenji")), read("title: T\ndate: 2024-05-01\nauthors: [Jane, Kenji]").authors());
        assertEquals(List.of(new Author("Tim Neutkens", null, null, "https://example.com/assets/tim.jpg")),
                read("title: T\ndate: 2024-05-01\nauthor:\n  name: Tim Neutkens\n  picture: /assets/tim.jpg").authors(),
                "a picture's path is below the site's URL");
        assertEquals(List.of(Author.named("A"), new Author("B", "https://b.example", null, null)),
                read("title: T\ndate: 2024-05-01\nauthors:\n  - name: A\n  - name: B\n    url: https://b.example").authors());
        assertEquals(List.of(), read("title: T\ndate: 2024-05-01").authors());
    }

    @Test
    void frontMatterMappingAddsNames() throws Exception {
        ContentSettings mapping = new ContentSettings(List.of(), Map.of(
                "title", List.of("headline"), "date", List.of("created"), "description", List.of("teaser"),
                "image", List.of("social_image"), "tags", List.of("topics"), "language", List.of("idioma"),
                "authors", List.of("writer"), "updated", List.of("revised"), "slug", List.of("handle")));
        Files.write(root.resolve("pic.jpg"), new byte[]{1});
        Post post = read("headline: From headline\ncreated: 2020-01-02\nrevised: 2020-02-03\nteaser: Teaser\n"
                + "social_image: pic.jpg\ntopics: [x, y]\nidioma: es\nwriter: Ana\nhandle: h", mapping);
        assertEquals("From headline", post.title());
        assertEquals(Instant.parse("2020-01-02T00:00:00Z"), post.published());
        assertEquals(Instant.parse("2020-02-03T00:00:00Z"), post.updated());
        assertEquals("Teaser", post.description());
        assertEquals("pic.jpg", post.image().declared());
        assertEquals(List.of("x", "y"), post.tags());
        assertEquals("es", post.language());
        assertEquals(List.of(Author.named("Ana")), post.authors());
        assertEquals("h", post.slug());
        // The mapped name comes first; the usual names still work.
        Post both = read("title: Usual\nheadline: Mapped\ndate: 2020-01-02", mapping);
        assertEquals("Mapped", both.title());
        assertEquals("Usual", read("title: Usual\ndate: 2020-01-02", mapping).title());
    }

    @Test
    void missingTitleNamesTheMappedKey() {
        ContentSettings mapping = new ContentSettings(List.of(), Map.of("title", List.of("headline")));
        Problem p = assertThrows(ProblemException.class, () -> read("date: 2020-01-02", mapping)).problem();
        assertTrue(p.message().contains("no title"), p.message());
        assertTrue(p.hint().contains("headline:"), p.hint());
    }

    @Test
    void badDateNamesItsKeyAndLine() {
        Problem p = problem("title: T\n\npubDate: 2024-02-30");
        assertEquals("post.md", p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("'2024-02-30' is not a date"), p.message());
    }

    @Test
    void everyFieldCanBeMappedInTheSettings() {
        Set<String> fields = Arrays.stream(Keys.Field.values()).map(Keys.Field::setting).collect(Collectors.toSet());
        assertEquals(ContentSettings.FIELDS, fields);
    }
}
