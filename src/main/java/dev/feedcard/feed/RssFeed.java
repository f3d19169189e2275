package dev.feedcard.feed;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.render.PlainText;
import dev.feedcard.render.RenderedPost;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link FeedSet} as RSS 2.0, with the full content in content:encoded and names in dc:creator. */
public final class RssFeed {
    private final Site site;
    private final boolean summaryOnly;

    public RssFeed(Site site, boolean summaryOnly) {
        this.site = site;
        this.summaryOnly = summaryOnly;
    }

    public byte[] write(FeedSet set) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(PlainText.clean(set.title()));
        channel.setLink(site.url().toString());
        channel.setDescription(PlainText.clean(set.description().isBlank() ? set.title() : set.description()));
        channel.setLanguage(set.language() != null ? set.language() : site.language());
        channel.setGenerator("feedcard " + Version.get());
        channel.setLastBuildDate(XmlFeeds.date(FeedDates.updated(set, site)));
        channel.setPubDate(XmlFeeds.date(FeedDates.updated(set, site)));
        AtomLinkModuleImpl self = new AtomLinkModuleImpl();
        Link link = new Link();
        link.setRel("self");
        link.setType("application/rss+xml");
        link.setHref(site.resolve(set.rssPath()).toString());
        self.setLink(link);
        channel.getModules().add(self);

        List<Item> items = new ArrayList<>();
        for (Entry entry : set.entries()) items.add(item(entry));
        channel.setItems(items);
        return XmlFeeds.serialise(channel);
    }

    private Item item(Entry entry) {
        RenderedPost r = entry.rendered();
        Item item = new Item();
        item.setTitle(PlainText.clean(r.post().title()));
        item.setLink(r.permalink().toString());
        Guid guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(r.permalink().toString());
        item.setGuid(guid);
        item.setPubDate(XmlFeeds.date(r.post().published()));
        Description description = new Description();
        description.setType("text/plain");
        description.setValue(r.summary());
        item.setDescription(description);
        if (!summaryOnly) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(r.html());
            item.setContent(content);
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : r.post().tags()) {
            Category c = new Category();
            c.setValue(PlainText.clean(tag));
            categories.add(c);
        }
        item.setCategories(categories);
        String author = site.author().isBlank() ? site.title() : site.author();
        DCModuleImpl dc = new DCModuleImpl();
        dc.setCreator(PlainText.clean(author));
        item.getModules().add(dc);
        if (entry.image() != null) item.getModules().add(AtomFeed.media(entry.image()));
        return item;
    }
}
