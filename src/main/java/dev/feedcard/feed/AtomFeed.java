package dev.feedcard.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.Module;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.render.PlainText;
import dev.feedcard.render.RenderedPost;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link FeedSet} as Atom 1.0. */
public final class AtomFeed {
    private final Site site;
    private final boolean summaryOnly;

    public AtomFeed(Site site, boolean summaryOnly) {
        this.site = site;
        this.summaryOnly = summaryOnly;
    }

    public byte[] write(FeedSet set) {
        Feed feed = new Feed("atom_1.0");
        String selfUrl = site.resolve(set.atomPath()).toString();
        feed.setId(selfUrl);
        feed.setTitle(PlainText.clean(set.title()));
        if (!set.description().isBlank()) feed.setSubtitle(text(set.description()));
        feed.setLanguage(set.language() != null ? set.language() : site.language());
        feed.setUpdated(XmlFeeds.date(FeedDates.updated(set, site)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.url().toString())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", selfUrl)));
        feed.setAuthors(List.of(person(site.author().isBlank() ? site.title() : site.author())));
        Generator generator = new Generator();
        generator.setValue("feedcard");
        generator.setVersion(Version.get());
        feed.setGenerator(generator);

        List<com.rometools.rome.feed.atom.Entry> entries = new ArrayList<>();
        for (Entry entry : set.entries()) entries.add(entry(entry));
        feed.setEntries(entries);
        return XmlFeeds.serialise(feed);
    }

    private com.rometools.rome.feed.atom.Entry entry(Entry entry) {
        RenderedPost r = entry.rendered();
        com.rometools.rome.feed.atom.Entry e = new com.rometools.rome.feed.atom.Entry();
        String url = r.permalink().toString();
        e.setId(url);
        e.setTitleEx(text(r.post().title()));
        e.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        e.setPublished(XmlFeeds.date(r.post().published()));
        e.setUpdated(XmlFeeds.date(r.post().updated()));
        if (!r.summary().isEmpty()) e.setSummary(text(r.summary()));
        if (!summaryOnly) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(r.html());
            e.setContents(List.of(content));
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : r.post().tags()) {
            Category c = new Category();
            c.setTerm(PlainText.clean(tag));
            categories.add(c);
        }
        e.setCategories(categories);
        if (entry.image() != null) e.getModules().add(media(entry.image()));
        return e;
    }

    static Module media(CardImage image) {
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        Metadata metadata = new Metadata();
        metadata.setThumbnail(new Thumbnail[]{image.sizeKnown()
                ? new Thumbnail(image.url(), image.width(), image.height())
                : new Thumbnail(image.url())});
        media.setMetadata(metadata);
        return media;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(PlainText.clean(value));
        return c;
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(PlainText.clean(name));
        return p;
    }
}
