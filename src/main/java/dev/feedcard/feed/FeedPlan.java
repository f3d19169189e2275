package dev.feedcard.feed;

import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;
import dev.feedcard.content.FileNames;
import dev.feedcard.content.Post;
import dev.feedcard.content.Translations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A feed before its posts are rendered: which posts (newest first, limited) and where it goes. Plans are made for
 * the whole site, for each language and for each tag; the posts they name are rendered once, however many feeds
 * show them, and each plan then becomes a {@link FeedSet}.
 *
 * @param posts the posts the feed shows, newest first, at most the limit
 * @param postCount how many published posts the feed stands for, before the limit
 */
public record FeedPlan(FeedKind kind, String name, String folder, String title, String description, String language,
                       List<Post> posts, int postCount) implements FeedInfo {

    public FeedPlan {
        posts = List.copyOf(posts);
    }

    /** The feeds of posts none of which is a translation of another (see {@link #of(List, Translations, Site, FeedSettings)}). */
    public static List<FeedPlan> of(List<Post> published, Site site, FeedSettings settings) {
        return of(published, Translations.NONE, site, settings);
    }

    /**
     * The site's feed, then one per language (by code), then one per tag (by slug). The site's feed and the tag feeds
     * show a post that has translations once, in its most preferred version among those they would show
     * ({@link Translations#once}); each language's feed shows its own version.
     *
     * @param published the published posts, newest first
     * @param translations which of them are translations of one another
     */
    public static List<FeedPlan> of(List<Post> published, Translations translations, Site site, FeedSettings settings) {
        int limit = settings.limit() == 0 ? Integer.MAX_VALUE : settings.limit();
        List<FeedPlan> plans = new ArrayList<>();
        List<Post> onceEach = translations.once(published);
        plans.add(new FeedPlan(FeedKind.SITE, "", "", site.title(), site.description(), site.language(),
                head(onceEach, limit), onceEach.size()));

        Map<String, List<Post>> byLanguage = new TreeMap<>();
        for (Post post : published) byLanguage.computeIfAbsent(post.language(), k -> new ArrayList<>()).add(post);
        for (Map.Entry<String, List<Post>> e : byLanguage.entrySet()) {
            String code = e.getKey();
            plans.add(new FeedPlan(FeedKind.LANGUAGE, code, FeedPaths.languageFolder(code),
                    site.title() + " (" + languageName(code) + ")", site.description(), code,
                    head(e.getValue(), limit), e.getValue().size()));
        }

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Post>> byTag = new HashMap<>();
        for (Post post : published) {
            for (String tag : post.tags()) {
                String key = FeedPaths.tagKey(tag);
                if (key.isEmpty()) continue;
                names.putIfAbsent(key, tag.strip());
                List<Post> tagged = byTag.computeIfAbsent(key, k -> new ArrayList<>());
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != post) tagged.add(post);
            }
        }
        Map<String, String> folders = tagFolders(names.keySet());
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparing(key -> folders.get(key).substring(OutputLayout.TAG_FEEDS.length(), folders.get(key).length() - 1)));
        for (String key : keys) {
            String name = names.get(key);
            List<Post> tagged = translations.once(byTag.get(key));
            plans.add(new FeedPlan(FeedKind.TAG, name, folders.get(key), site.title() + ": " + name,
                    "Posts tagged \u201c" + name + "\u201d on " + site.title(), commonLanguage(tagged),
                    head(tagged, limit), tagged.size()));
        }
        return plans;
    }

    /**
     * Each tag key's folder; a slug that two keys share (a hash collision, a tag spelled as another's slug with its
     * hash, or slugs that differ only in case where macOS and Windows ignore it: Greek σ and ς) makes the later keys
     * use their whole hash.
     */
    static Map<String, String> tagFolders(Collection<String> keys) {
        Map<String, String> folders = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        List<String> sorted = keys.stream().sorted().toList();
        for (String key : sorted) {
            String slug = FeedPaths.slug(key);
            if (!taken.add(FileNames.folded(slug))) {
                slug = FeedPaths.fallbackSlug(key);
                taken.add(FileNames.folded(slug));
            }
            folders.put(key, OutputLayout.tagFolder(slug));
        }
        return folders;
    }

    /** The feed with its posts' entries, in the plan's order. */
    public FeedSet toSet(Function<Post, Entry> entries) {
        List<Entry> list = new ArrayList<>(posts.size());
        for (Post post : posts) list.add(entries.apply(post));
        return new FeedSet(kind, name, folder, title, description, language, list, postCount);
    }

    /** The posts any of the plans show, each once, in the order they first appear. */
    public static List<Post> shown(List<FeedPlan> plans) {
        Set<Post> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Post> shown = new ArrayList<>();
        for (FeedPlan plan : plans) for (Post post : plan.posts()) if (seen.add(post)) shown.add(post);
        return shown;
    }

    /** A language's name in that language ("日本語", "English"), or its code when Java does not know it. */
    static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayName(locale);
        if (name.isBlank()) return code;
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String commonLanguage(List<Post> posts) {
        String language = posts.get(0).language();
        for (Post post : posts) if (!post.language().equals(language)) return null;
        return language;
    }

    private static List<Post> head(List<Post> posts, int limit) {
        return posts.size() <= limit ? posts : posts.subList(0, limit);
    }
}
