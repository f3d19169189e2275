package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageCheckerTest {
    private static final List<HeadTag> TAGS = PostTags.deepLearning();
    private final PageChecker checker = new PageChecker();

    @Test
    void aPatchedPageHasNothingMissingOrWrong() throws Exception {
        for (String page : List.of(GeneratorPages.GATSBY, GeneratorPages.HUGO, GeneratorPages.JEKYLL, GeneratorPages.ASTRO)) {
            byte[] patched = new PagePatcher().patch(bytes(page), TAGS);
            assertEquals(List.of(), checker.check(patched, TAGS));
            assertEquals(List.of(), checker.check(patched, List.of()));
        }
    }

    @Test
    void theJekyllSeoTagsCanonicalDescriptionAndJsonLdAreComparedWithThePosts() throws Exception {
        List<HeadTag> tags = PostTags.deepLearningForSearch();
        List<String> findings = checker.check(bytes(GeneratorPages.JEKYLL), tags);
        assertEquals(List.of(
                "canonical is \"https://example.com/2023/01/13/deep-learning-2022.html\", expected \"https://example.com/deep-learning-2022/\"",
                "description is \"A look back at the year.\", expected \"A look back at the year <in short>.\"",
                "the JSON-LD BlogPosting is \"{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Deep Learning in 2022\","
                        + "\"url\":\"https://example.com/2023/01/13/deep-learning-2022.html\"}\", expected \"" + tags.get(tags.size() - 1).text() + "\""),
                findings.stream().filter(f -> f.contains("canonical") || f.startsWith("description") || f.contains("JSON-LD")).toList());
        byte[] patched = new PagePatcher().patch(bytes(GeneratorPages.JEKYLL), tags);
        assertEquals(List.of(), checker.check(patched, tags));
        assertEquals(List.of(), checker.check(patched, TagSnippet.parse(dev.feedcard.meta.HeadTags.html(tags))),
                "the tags read back from a meta/ snippet, JSON-LD and all, are the page's");
    }

    @Test
    void gatsbyHelmetTagsAgainstThePostsTags() throws Exception {
        assertEquals(List.of(
                        "og:title is \"Deep Learning in 2022\", expected \"Deep Learning in 2022: \"Scaling\" & Friends\"",
                        "og:description is \"A look back at the year.\", expected \"A look back at the year <in short>.\"",
                        "missing og:url \"https://example.com/deep-learning-2022/\"",
                        "og:type is \"website\", expected \"article\"",
                        "missing og:site_name \"Hippocampus's Garden\"",
                        "og:image is not an absolute http(s) URL (\"/static/7d1e2/ogp.jpg\"): crawlers do not resolve relative URLs"
                                + " (og:image is \"/static/7d1e2/ogp.jpg\", expected \"https://example.com/cards/deep-learning-2022.jpg\")",
                        "missing og:image:width \"1200\"",
                        "missing og:image:height \"630\"",
                        "missing og:image:alt \"A neural network drawn in chalk\"",
                        "missing article:published_time \"2023-01-13T22:01:03Z\"",
                        "missing article:tag \"deep-learning\", \"review\"",
                        "twitter:card is \"summary\", not \"summary_large_image\": X shows the image small"
                                + " (twitter:card is \"summary\", expected \"summary_large_image\")",
                        "twitter:title is \"Deep Learning in 2022\", expected \"Deep Learning in 2022: \"Scaling\" & Friends\"",
                        "missing twitter:image \"https://example.com/cards/deep-learning-2022.jpg\"",
                        "missing twitter:image:alt \"A neural network drawn in chalk\"",
                        "missing the feed link (application/atom+xml) \"https://example.com/atom.xml\"",
                        "the feed link (application/rss+xml) is \"/rss.xml\", expected \"https://example.com/rss.xml\""),
                checker.check(bytes(GeneratorPages.GATSBY), TAGS));
    }

    @Test
    void withoutThePostsTagsThePageIsCheckedForWhatEverySharedPageNeeds() throws Exception {
        assertEquals(List.of(
                        "missing og:url",
                        "missing og:image:width: Facebook may show no image the first time the page is shared",
                        "missing og:image:height: Facebook may show no image the first time the page is shared",
                        "og:image is not an absolute http(s) URL (\"/static/7d1e2/ogp.jpg\"): crawlers do not resolve relative URLs",
                        "twitter:card is \"summary\", not \"summary_large_image\": X shows the image small"),
                checker.check(bytes(GeneratorPages.GATSBY), List.of()));
        assertEquals(List.of("missing og:title", "missing og:type", "missing og:url", "missing og:image",
                        "missing og:image:width: Facebook may show no image the first time the page is shared",
                        "missing og:image:height: Facebook may show no image the first time the page is shared",
                        "missing twitter:card"),
                checker.check(bytes(GeneratorPages.ASTRO), List.of()));
    }

    @Test
    void tagsWrittenTwiceAndSizesThatAreNotNumbersAreReported() throws Exception {
        String page = "<html><head>"
                + "<meta property=\"og:title\" content=\"One\"><meta property=\"og:title\" content=\"Two\">"
                + "<meta property=\"og:type\" content=\"article\"><meta property=\"og:url\" content=\"https://example.com/a/\">"
                + "<meta property=\"og:image\" content=\"https://example.com/a.jpg\">"
                + "<meta property=\"og:image:secure_url\" content=\"http://example.com/a.jpg\">"
                + "<meta property=\"og:image:width\" content=\"1200px\"><meta property=\"og:image:height\" content=\"630\">"
                + "<meta name=\"twitter:card\" content=\"summary_large_image\"></head></html>";
        assertEquals(List.of("og:image:secure_url is not https (\"http://example.com/a.jpg\")",
                        "og:image:width is not a number of pixels (\"1200px\")",
                        "og:title appears 2 times; crawlers read only one"),
                checker.check(bytes(page), List.of()));
    }

    @Test
    void repeatedTagsAreComparedAsASet() throws Exception {
        String page = "<html><head><meta property=\"article:tag\" content=\"review\"><meta property=\"article:tag\" content=\"old\"></head></html>";
        List<HeadTag> tags = List.of(PostTags.property("article:tag", "deep-learning"), PostTags.property("article:tag", "review"));
        assertEquals(List.of("article:tag: missing \"deep-learning\"; not the post's: \"old\""), checker.check(bytes(page), tags));
    }

    @Test
    void aPageThatIsNotHtmlCannotBeChecked() {
        assertThrows(UnusablePageException.class, () -> checker.check(new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 1}, TAGS));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
