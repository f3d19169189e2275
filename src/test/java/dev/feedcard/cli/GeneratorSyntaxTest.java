package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blogs written for Hugo and Jekyll, with their shortcodes, Liquid tags and kramdown attribute lists: a subscriber
 * reads what the generator's own page shows, links between posts lead to the posts, and nothing of the generator's
 * syntax is left as text, but in code, which stays as written.
 */
class GeneratorSyntaxTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    /** Each Atom entry's content, parsed as a browser would, by title. */
    private static Map<String, Document> contents(Path atom) throws Exception {
        org.w3c.dom.Document feed = TestBlog.parseXml(Files.readAllBytes(atom));
        Map<String, Document> contents = new HashMap<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String title = entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
            contents.put(title, Jsoup.parseBodyFragment(entry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent()));
        }
        return contents;
    }

    /** The text a reader shows, but for code. */
    private static String proseText(Document html) {
        Document copy = html.clone();
        copy.select("pre, code").remove();
        return copy.text();
    }

    @Test
    void hugoShortcodesAreRenderedAsHugoDoes() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("posts/target/index.md", "---\ntitle: Target\ndate: 2024-05-01\n---\nThe linked post.\n");
        blog.text("posts/shortcodes.md", """
                ---
                title: Shortcodes
                date: 2024-05-02
                ---
                See [the target]({{< relref "/posts/target" >}}) and [its part]({{< ref "target#part" >}}).

                {{< figure src="/images/photo.jpg" alt="A photo" caption="The caption" >}}

                {{< youtube dQw4w9WgXcQ >}}

                {{< highlight go >}}
                func main() {}
                {{< /highlight >}}

                {{% notice tip %}}A tip that stays.{{% /notice %}}

                {{< gist someone 12345 >}}

                To write one, type {{</* figure src="x.jpg" */>}} in your post.

                ```
                {{< relref "kept-as-written" >}}
                ```
                """);

        TestBlog.Run run = blog.build("--permalink", "/{section}/{slug}/");

        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("posts/shortcodes.md:5: warning: left out of the feeds, which cannot show it: shortcode notice, shortcode gist"), run.err());
        Document html = contents(blog.out().resolve("atom.xml")).get("Shortcodes");
        assertEquals(TestBlog.SITE_URL + "posts/target/", html.selectFirst("a:contains(the target)").attr("href"));
        assertEquals(TestBlog.SITE_URL + "posts/target/#part", html.selectFirst("a:contains(its part)").attr("href"));
        Element figure = html.selectFirst("figure");
        assertNotNull(figure, html.body().html());
        assertEquals(TestBlog.SITE_URL + "images/photo.jpg", figure.selectFirst("img").attr("src"));
        assertEquals("A photo", figure.selectFirst("img").attr("alt"));
        assertEquals("The caption", figure.selectFirst("figcaption").text());
        assertTrue(html.select("a[href*=dQw4w9WgXcQ]").size() > 0, "the video is a link: " + html.body().html());
        assertEquals("func main() {}", html.selectFirst("pre code.language-go").text());
        String prose = proseText(html);
        assertTrue(prose.contains("A tip that stays."), prose);
        assertTrue(prose.contains("type {{< figure src=\"x.jpg\" >}} in your post"), "an escaped shortcode shows as written: " + prose);
        assertFalse(prose.replace("{{< figure src=\"x.jpg\" >}}", "").contains("{{"), prose);
        assertTrue(html.select("pre").text().contains("{{< relref \"kept-as-written\" >}}"), "code stays as written");
        String head = Files.readString(blog.out().resolve("meta/posts/shortcodes.html"));
        assertTrue(head.contains("og:description\" content=\"See the target and its part. A tip that stays."), head);
        assertFalse(head.contains("relref") || head.contains("notice") || head.contains("gist"), "no shortcode in the head tags: " + head);
    }

    @Test
    void jekyllLiquidAndKramdownAreRenderedAsJekyllDoes() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("2024-05-01-first.md", "---\ntitle: First\ndate: 2024-05-01\n---\nThe first post.\n");
        blog.text("2024-05-02-liquid.md", """
                ---
                title: Liquid
                date: 2024-05-02
                ---
                Read [the first]({% post_url 2024-05-01-first %}) or [again]({% link _posts/2024-05-01-first.md %}).
                {: .prompt-tip }

                ![A picture](/assets/p.png){: width="500" }

                [Out](https://example.org){:target="_blank"}

                {% raw %}A {{ mustache }} stays.{% endraw %}

                {% highlight ruby %}
                puts "hi"
                {% endhighlight %}

                {% include ad.html %}

                Served from {{ site.baseurl }}/here.
                """);

        TestBlog.Run run = blog.build("--permalink", "/{year}/{month}/{day}/{slug}.html");

        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("2024-05-02-liquid.md:5: warning: left out of the feeds, which cannot show it: Liquid tag include"), run.err());
        Document html = contents(blog.out().resolve("atom.xml")).get("Liquid");
        assertEquals(TestBlog.SITE_URL + "2024/05/01/first.html", html.selectFirst("a:contains(the first)").attr("href"));
        assertEquals(TestBlog.SITE_URL + "2024/05/01/first.html", html.selectFirst("a:contains(again)").attr("href"));
        assertEquals(TestBlog.SITE_URL + "assets/p.png", html.selectFirst("img").attr("src"));
        assertEquals("puts \"hi\"", html.selectFirst("pre code.language-ruby").text());
        String prose = proseText(html);
        assertTrue(prose.contains("A {{ mustache }} stays."), prose);
        assertFalse(prose.contains("{:") || prose.contains("{%") || prose.contains("site.baseurl"), prose);
    }
}
