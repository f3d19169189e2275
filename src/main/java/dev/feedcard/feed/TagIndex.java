package dev.feedcard.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;

import java.io.IOException;
import java.util.List;

/**
 * {@value #FILE}: every tag and every language with its folder, its number of posts and its feeds' URLs, for
 * templates and scripts that list the feeds. Tags come in slug order, languages in code order.
 */
public final class TagIndex {
    public static final String FILE = OutputLayout.TAGS;

    private TagIndex() {
    }

    /** The {@value #FILE} file for the site's {@code feeds}. */
    public static byte[] write(Site site, List<? extends FeedInfo> feeds) {
        return JsonOutput.bytes(json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeStringField("home_page_url", site.url().toString());
            json.writeObjectFieldStart("site");
            for (FeedInfo feed : feeds) if (feed.kind() == FeedKind.SITE) describe(site, feed, json);
            json.writeEndObject();
            for (FeedKind kind : new FeedKind[] {FeedKind.TAG, FeedKind.LANGUAGE}) {
                json.writeArrayFieldStart(kind == FeedKind.TAG ? "tags" : "languages");
                for (FeedInfo feed : feeds) {
                    if (feed.kind() != kind) continue;
                    json.writeStartObject();
                    if (kind == FeedKind.TAG) {
                        json.writeStringField("name", feed.name());
                        json.writeStringField("slug", feed.folder().substring(OutputLayout.TAG_FEEDS.length(), feed.folder().length() - 1));
                    } else {
                        json.writeStringField("code", feed.name());
                        json.writeStringField("name", FeedPlan.languageName(feed.name()));
                    }
                    describe(site, feed, json);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    private static void describe(Site site, FeedInfo feed, JsonGenerator json) throws IOException {
        json.writeStringField("title", feed.title());
        json.writeStringField("folder", feed.folder());
        json.writeNumberField("posts", feed.postCount());
        json.writeObjectFieldStart("feeds");
        json.writeStringField("atom", FeedUrls.of(site, feed.atomPath()));
        json.writeStringField("rss", FeedUrls.of(site, feed.rssPath()));
        json.writeStringField("json", FeedUrls.of(site, feed.jsonPath()));
        json.writeEndObject();
    }
}
