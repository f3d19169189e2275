package dev.feedcard.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndPerson;
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
 * Writes a {@link FeedSet} as Atom 1.0 (RFC 4287): text titles and summaries, HTML content with absolute URLs,
 * the card as {@code media:thumbnail} and {@code media:content}, {@code xml:lang} on the feed and on every entry
 * in another language, self, alternate and (when configured) WebSub hub links, and the post's authors (else the
 * site's) on every entry.
 */
public final class AtomFeed {
    private final Site site;
    private final FeedSettings settings;
    private final XmlFeeds.EntryContent entryContent;

    /** @param entryContent the entries' HTML, which the RSS feeds hold too */
    AtomFeed(Site site, FeedSettings settings, XmlFeeds.EntryContent entryContent) {
        this.site = site;
        this.settings = settings;
        this.entryContent = entryContent;
    }

    /** The Atom 1.0 file of {@code set}. */
    public byte[] write(FeedSet set) {
        Feed feed = new Feed("atom_1.0");
        String selfUrl = FeedUrls.of(site, set.atomPath());
        String language = FeedUrls.language(set, site);
        feed.setId(selfUrl);
        feed.setTitleEx(text(PlainText.clean(set.title())));
        String subtitle = PlainText.clean(set.description());
        if (!subtitle.isEmpty()) feed.setSubtitle(text(subtitle));
        feed.setUpdated(XmlFeeds.date(FeedDates.updated(set)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.url().toString())));
        List<Link> others = new ArrayList<>();
        others.add(link("self", "application/atom+xml", selfUrl));
        if (settings.websub() != null) others.add(link("hub", null, settings.websub().toString()));
        feed.setOtherLinks(others);
        feed.setAuthors(List.of(person(FeedDates.siteAuthor(site))));
        Generator generator = new Generator();
        generator.setValue("feedcard");
        generator.setVersion(Version.get());
        feed.setGenerator(generator);
        if (settings.icon() != null) feed.setIcon(settings.icon().toString());
        if (settings.logo() != null) feed.setLogo(settings.logo().toString());
        if (!settings.rights().isBlank()) feed.setRights(PlainText.clean(settings.rights()));

        List<com.rometools.rome.feed.atom.Entry> entries = new ArrayList<>();
        List<String> entryLanguages = new ArrayList<>();
        for (Entry entry : set.entries()) {
            entries.add(entry(entry));
            String entryLanguage = entry.rendered().post().language();
            entryLanguages.add(entryLanguage.equals(language) ? null : entryLanguage);
        }
        feed.setEntries(entries);
        return XmlFeeds.serialise(feed, set, FeedStylesheet.href(set.atomPath()), language, entryLanguages, entryContent);
    }

    private com.rometools.rome.feed.atom.Entry entry(Entry entry) {
        RenderedPost r = entry.rendered();
        com.rometools.rome.feed.atom.Entry e = new com.rometools.rome.feed.atom.Entry();
        String url = r.permalink().toString();
        e.setId(url);
        e.setTitleEx(text(r.post().title()));
        e.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        e.setAuthors(FeedDates.authors(r.post(), site).stream().<SyndPerson>map(AtomFeed::person).toList());
        e.setPublished(XmlFeeds.date(r.post().published()));
        e.setUpdated(XmlFeeds.date(entry.updated()));
        boolean hasContent = !settings.summaryOnly() && !r.html().isBlank();
        if (!r.summary().isEmpty()) e.setSummary(text(r.summary()));
        else if (!hasContent) e.setSummary(text(r.post().title())); // every entry has some text (a post of only a title or images)
        if (hasContent) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entryContent.placeholder(r.html()));
            e.setContents(List.of(content));
        }
        List<Category> categories = new ArrayList<>();
        for (String tag : r.post().tags()) {
            String term = PlainText.clean(tag);
            if (term.isEmpty()) continue;
            Category c = new Category();
            c.setTerm(term);
            categories.add(c);
        }
        e.setCategories(categories);
        if (entry.image() != null) e.getModules().add(media(entry.image()));
        return e;
    }

    /** The card as Media RSS: a thumbnail, and the image itself with its size, type and byte length when known. */
    static Module media(CardImage image) {
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        Metadata metadata = new Metadata();
        metadata.setThumbnail(new Thumbnail[]{image.sizeKnown()
                ? new Thumbnail(image.url(), image.width(), image.height())
                : new Thumbnail(image.url())});
        media.setMetadata(metadata);
        MediaContent content = new MediaContent(new UrlReference(image.url()));
        content.setMedium("image");
        if (image.type() != null) content.setType(image.type());
        if (image.sizeKnown()) {
            content.setWidth(image.width());
            content.setHeight(image.height());
        }
        if (image.bytes() > 0) content.setFileSize(image.bytes());
        media.setMediaContents(new MediaContent[]{content});
        return media;
    }

    /** Plain text as an Atom text construct (type="text"), as it is. */
    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        if (type != null) l.setType(type);
        l.setHref(href);
        return l;
    }

    private static Person person(Author author) {
        Person p = new Person();
        p.setName(PlainText.clean(author.name()));
        if (author.url() != null) p.setUri(author.url());
        if (author.email() != null) p.setEmail(author.email());
        return p;
    }
}
