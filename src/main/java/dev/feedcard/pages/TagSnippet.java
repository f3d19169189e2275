package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Head tags read back from HTML, such as the {@code meta/<post>.html} snippet a build writes for each post. */
public final class TagSnippet {
    private TagSnippet() {
    }

    /** The meta and link elements and JSON-LD scripts of {@code html}, in order, with their attributes in order. */
    public static List<HeadTag> parse(String html) {
        List<HeadTag> tags = new ArrayList<>();
        for (Element e : Jsoup.parse(html).select("meta, link, script")) {
            boolean script = e.normalName().equals("script");
            if (script && (!TagKeys.isJsonLd(e.attr("type")) || e.data().indexOf('<') >= 0)) continue;
            Map<String, String> attributes = new LinkedHashMap<>();
            e.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
            tags.add(new HeadTag(e.normalName(), attributes, null, script ? e.data() : null));
        }
        return tags;
    }
}
