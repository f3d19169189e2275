package dev.feedcard.content;

import dev.feedcard.report.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which published posts are translations of one another: posts in different languages with the same
 * {@link Post#translationKey()} (Hugo's index.md and index.es.md, Polyglot's en and es folders, a shared translationKey
 * or page_id). Each group's versions come in order of preference: the site's language, then the languages in the
 * order the {@code languages} setting names them, then the earliest published; a feed that shows the whole site shows
 * a group once, in its most preferred version ({@link #once}). A post with no translation is a group of its own.
 */
public final class Translations {
    /** No post has a translation. */
    public static final Translations NONE = new Translations(Map.of(), List.of());

    /**
     * One post in each of its languages.
     *
     * @param posts the versions, most preferred first (the one a site-wide feed shows)
     */
    public record Group(List<Post> posts) {
        public Group {
            posts = List.copyOf(posts);
        }
    }

    private final Map<Post, Group> groups;
    private final List<Problem> problems;

    private Translations(Map<Post, Group> groups, List<Problem> problems) {
        this.groups = groups;
        this.problems = List.copyOf(problems);
    }

    /**
     * The translations among {@code posts}. Posts in one language that share a key are not translations of each
     * other: none of them is paired, and a warning says so.
     *
     * @param siteLanguage the site's language, preferred to any other
     * @param languages languages in order of preference after the site's (the {@code languages} setting)
     */
    public static Translations of(List<Post> posts, String siteLanguage, List<String> languages) {
        Map<String, List<Post>> byKey = new LinkedHashMap<>();
        for (Post post : posts) byKey.computeIfAbsent(post.translationKey(), k -> new ArrayList<>()).add(post);
        List<String> order = new ArrayList<>();
        order.add(Languages.normalise(siteLanguage));
        for (String language : languages) order.add(Languages.normalise(language));
        Comparator<Post> preference = Comparator.<Post>comparingInt(post -> {
                    int rank = order.indexOf(post.language());
                    return rank < 0 ? order.size() : rank;
                })
                .thenComparing(Post::published)
                .thenComparing(Post::file);
        Map<Post, Group> groups = new IdentityHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<Post>> entry : byKey.entrySet()) {
            List<Post> versions = entry.getValue();
            if (versions.size() < 2) continue;
            Map<String, List<Post>> byLanguage = versions.stream().collect(Collectors.groupingBy(Post::language, LinkedHashMap::new, Collectors.toList()));
            List<Post> repeated = byLanguage.values().stream().filter(same -> same.size() > 1).findFirst().orElse(null);
            if (repeated != null) {
                problems.add(sameLanguage(entry.getKey(), repeated));
                continue;
            }
            List<Post> sorted = new ArrayList<>(versions);
            sorted.sort(preference);
            Group group = new Group(sorted);
            for (Post post : sorted) groups.put(post, group);
        }
        return new Translations(Collections.unmodifiableMap(groups), problems);
    }

    private static Problem sameLanguage(String key, List<Post> posts) {
        List<String> files = posts.stream().map(Post::file).sorted().toList();
        String shared = key.startsWith("key:") ? "the translation key '" + key.substring("key:".length()) + "'"
                : "a file name (in language folders, or with the language before .md)";
        return Problem.warning(files.get(0), 0, String.join(" and ", files) + " are both in '" + posts.get(0).language() + "' and share "
                        + shared + ", so they are not paired as translations",
                "give each translation its own language (lang: es), or give posts that are not translations different keys or names");
    }

    /** The group {@code post} is in, or null when it has no translation. */
    public Group groupOf(Post post) {
        return groups.get(post);
    }

    /** The other versions of {@code post}, most preferred first; empty when it has no translation. */
    public List<Post> others(Post post) {
        Group group = groups.get(post);
        if (group == null) return List.of();
        return group.posts().stream().filter(other -> other != post).toList();
    }

    /**
     * {@code posts}, in their order, with each group once: its most preferred version among {@code posts}. A post with
     * no translation is kept.
     */
    public List<Post> once(List<Post> posts) {
        if (groups.isEmpty()) return posts;
        Set<Post> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(posts);
        Map<Group, Post> chosen = new IdentityHashMap<>();
        List<Post> kept = new ArrayList<>(posts.size());
        for (Post post : posts) {
            Group group = groups.get(post);
            if (group == null) {
                kept.add(post);
                continue;
            }
            Post preferred = chosen.computeIfAbsent(group, g -> g.posts().stream().filter(listed::contains).findFirst().orElseThrow());
            if (preferred == post) kept.add(post);
        }
        return kept;
    }

    /** What kept posts from being paired: posts in one language that share a key. */
    public List<Problem> problems() {
        return problems;
    }
}
