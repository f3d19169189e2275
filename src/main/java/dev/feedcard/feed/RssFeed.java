package dev.feedcard.feed;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.content.Author;
import dev.feedcard.render.PlainText;
import dev.feedcard.render.RenderedPost;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link FeedSet} as RSS 2.0: the summary (as HTML) in {@code description}, the full content in
 * {@code content:encoded}, the post's authors (else the site's) as one {@code dc:creator} each, or as {@code author}
 * for a single author with an e-mail address (RSS {@code author} takes one e-mail address), the card
 * as an {@code enclosure} (when its byte length is known) and as Media RSS, and {@code atom:link} self and hub links.
 */
public final class RssFeed {
    static final String SPEC = "https://www.rssboard.org/rss-specification";

    private final Site site;
    private final FeedSettings settings;
    private final XmlFeeds.EntryContent entryContent;

    /** @param entryContent the entries' HTML, which the Atom feeds hold too */
    RssFeed(Site site, FeedSettings settings, XmlFeeds.EntryContent entryContent) {
        this.site = site;
        this.settings = settings;
        this.entryContent = entryContent;
    }

    /** The RSS 2.0 file of {@code set}. */
    public byte[] write(FeedSet set) {
        Channel channel = new Channel("rss_2.0");
        String title = PlainText.clean(set.title());
        String language = FeedUrls.language(set, site);
        channel.setTitle(title);
        channel.setLink(site.url().toString());
        String description = PlainText.clean(set.description());
        channel.setDescription(description.isEmpty() ? title : description);
        channel.setLanguage(language);
        if (!settings.rights().isBlank()) channel.setCopyright(PlainText.clean(settings.rights()));
        channel.setGenerator("feedcard " + Version.get());
        channel.setDocs(SPEC);
        channel.setLastBuildDate(XmlFeeds.date(FeedDates.updated(set)));
        channel.setPubDate(XmlFeeds.date(FeedDates.updated(set)));
        if (settings.logo() != null) {
            Image image = new Image();
            image.setUrl(settings.logo().toString());
            image.setTitle(title);
            image.setLink(site.url().toString());
            image.setWidth(null);
            image.setHeight(null);
            channel.setImage(image);
        }
        AtomLinkModuleImpl atomLinks = new AtomLinkModuleImpl();
        List<Link> links = new ArrayList<>();
        links.add(link("self", "application/rss+xml", FeedUrls.of(site, set.rssPath())));
        if (settings.websub() != null) links.add(link("hub", null, settings.websub().toString()));
        atomLinks.setLinks(links);
        channel.getModules().add(atomLinks);

        List<Item> items = new ArrayList<>();
        for (Entry entry : set.entries()) items.add(item(entry, language));
        channel.setItems(items);
        return XmlFeeds.serialise(channel, set, FeedStylesheet.href(set.rssPath()), language, null, entryContent);
    }

    private Item item(Entry entry, String channelLanguage) {
        RenderedPost r = entry.rendered();
        Item item = new Item();
        item.setTitle(r.post().title());
        item.setLink(r.permalink().toString());
        Guid guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(r.permalink().toString());
        item.setGuid(guid);
        item.setPubDate(XmlFeeds.date(r.post().published()));
        boolean hasContent = !settings.summaryOnly() && !r.html().isBlank();
        // a post without prose (only a picture, code or a video) still gets a description, which content:encoded
        // needs before it ("Ensure description precedes content:encoded"): its title
        String summary = r.summary().isEmpty() && hasContent ? r.post().title() : r.summary();
        if (!summary.isEmpty()) {
            Description description = new Description();
            description.setType("text/html");
            description.setValue(XmlFeeds.asHtml(summary));
            item.setDescription(description);
        }
        if (hasContent) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entryContent.placeholder(r.html()));
            item.setContent(content);
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : r.post().tags()) {
            String value = PlainText.clean(tag);
            if (value.isEmpty()) continue;
            Category c = new Category();
            c.setValue(value);
            categories.add(c);
        }
        item.setCategories(categories);
        DCModuleImpl dc = new DCModuleImpl();
        List<Author> authors = FeedDates.authors(r.post(), site);
        if (authors.size() == 1 && authors.get(0).email() != null) {
            // RSS's own author is one e-mail address, with the name after it; the validator warns of it beside dc:creator
            item.setAuthor(authors.get(0).email() + " (" + PlainText.clean(authors.get(0).name()) + ")");
        } else {
            dc.setCreators(authors.stream().map(a -> PlainText.clean(a.name())).toList());
        }
        if (!r.post().language().equals(channelLanguage)) dc.setLanguage(r.post().language());
        item.getModules().add(dc);
        CardImage image = entry.image();
        if (image != null) {
            if (image.bytes() > 0 && image.type() != null) {
                Enclosure enclosure = new Enclosure();
                enclosure.setUrl(image.url().toString());
                enclosure.setLength(image.bytes());
                enclosure.setType(image.type());
                item.setEnclosures(List.of(enclosure));
            }
            item.getModules().add(AtomFeed.media(image));
        }
        return item;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        if (type != null) link.setType(type);
        link.setHref(href);
        return link;
    }
}
