package dev.feedcard.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.render.PlainText;
import dev.feedcard.render.RenderedPost;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a {@link FeedSet} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with the same entries as the Atom
 * and RSS feeds. Keys come in a fixed order and lines end in \n, so the same feed always gives the same bytes.
 */
public final class JsonFeed {
    public static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper MAPPER = JsonOutput.Trees.MAPPER;

    private final Site site;
    private final FeedSettings settings;

    public JsonFeed(Site site, FeedSettings settings) {
        this.site = site;
        this.settings = settings;
    }

    public byte[] write(FeedSet set) {
        ObjectNode feed = MAPPER.createObjectNode();
        feed.put("version", VERSION);
        feed.put("title", PlainText.clean(set.title()));
        feed.put("home_page_url", site.url().toString());
        feed.put("feed_url", FeedUrls.of(site, set.jsonPath()));
        String description = PlainText.clean(set.description());
        if (!description.isEmpty()) feed.put("description", description);
        if (settings.logo() != null) feed.put("icon", settings.logo().toString());
        if (settings.icon() != null) feed.put("favicon", settings.icon().toString());
        feed.set("authors", authors());
        feed.put("language", FeedUrls.language(set, site));
        if (settings.websub() != null) {
            ObjectNode hub = feed.putArray("hubs").addObject();
            hub.put("type", "WebSub");
            hub.put("url", settings.websub().toString());
        }
        ArrayNode items = feed.putArray("items");
        for (Entry entry : set.entries()) items.add(item(entry));
        return JsonOutput.bytes(feed);
    }

    private ObjectNode item(Entry entry) {
        RenderedPost r = entry.rendered();
        ObjectNode item = MAPPER.createObjectNode();
        String url = r.permalink().toString();
        item.put("id", url);
        item.put("url", url);
        item.put("title", PlainText.clean(r.post().title()));
        if (!r.summary().isEmpty()) item.put("summary", r.summary());
        if (settings.summaryOnly()) item.put("content_text", r.summary());
        else item.put("content_html", r.html());
        if (entry.image() != null) item.put("image", entry.image().url().toString());
        item.put("date_published", date(r.post().published()));
        item.put("date_modified", date(entry.updated()));
        ArrayNode tags = MAPPER.createArrayNode();
        for (String tag : r.post().tags()) {
            String value = PlainText.clean(tag);
            if (!value.isEmpty()) tags.add(value);
        }
        if (!tags.isEmpty()) item.set("tags", tags);
        item.set("authors", authors());
        item.put("language", r.post().language());
        return item;
    }

    private ArrayNode authors() {
        ArrayNode authors = MAPPER.createArrayNode();
        authors.addObject().put("name", PlainText.clean(FeedDates.authorName(site)));
        return authors;
    }

    /** RFC 3339 in UTC, to the second, as the Atom feed has it. */
    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
