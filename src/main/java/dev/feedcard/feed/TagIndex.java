package dev.feedcard.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedcard.config.Site;

import java.util.List;

/**
 * {@value #FILE}: every tag and every language with its folder, its number of posts and its feeds' URLs, for
 * templates and scripts that list the feeds. Tags come in slug order, languages in code order.
 */
public final class TagIndex {
    public static final String FILE = "tags.json";
    private static final ObjectMapper MAPPER = JsonOutput.MAPPER;

    private TagIndex() {
    }

    public static byte[] write(Site site, List<? extends FeedInfo> feeds) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        root.put("home_page_url", site.url().toString());
        ObjectNode siteNode = root.putObject("site");
        ArrayNode tags = root.putArray("tags");
        ArrayNode languages = root.putArray("languages");
        for (FeedInfo feed : feeds) {
            if (feed.kind() == FeedKind.SITE) {
                describe(site, feed, siteNode);
                continue;
            }
            ObjectNode node = (feed.kind() == FeedKind.TAG ? tags : languages).addObject();
            if (feed.kind() == FeedKind.TAG) {
                node.put("name", feed.name());
                node.put("slug", feed.folder().substring("tags/".length(), feed.folder().length() - 1));
            } else {
                node.put("code", feed.name());
                node.put("name", FeedPlan.languageName(feed.name()));
            }
            describe(site, feed, node);
        }
        return JsonOutput.bytes(root);
    }

    private static ObjectNode describe(Site site, FeedInfo feed, ObjectNode node) {
        node.put("title", feed.title());
        node.put("folder", feed.folder());
        node.put("posts", feed.postCount());
        ObjectNode urls = node.putObject("feeds");
        urls.put("atom", FeedUrls.of(site, feed.folder() + FeedSet.ATOM));
        urls.put("rss", FeedUrls.of(site, feed.folder() + FeedSet.RSS));
        urls.put("json", FeedUrls.of(site, feed.folder() + FeedSet.JSON));
        return node;
    }
}
