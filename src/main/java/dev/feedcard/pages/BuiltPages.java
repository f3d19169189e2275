package dev.feedcard.pages;

import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.output.AtomicWriter;
import dev.feedcard.report.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folder of pages a site generator built ({@code public/}, {@code _site/}, {@code dist/}), into whose heads
 * feedcard writes each post's tags. The pages are the generator's: feedcard edits a post's page in place
 * (atomically, and only when its bytes change), never records it as its own, never touches a page that belongs
 * to no post, and never writes outside the folder. Methods taking one page may run on several threads at once.
 */
public final class BuiltPages {
    private static final String LEAVE_ALONE_HINT = "feedcard edits only UTF-8 HTML pages with an <html> or <head> element; "
            + "fix the page, or leave it out of --pages";

    private final Path shown;
    private final PageFinder finder;
    private final AtomicWriter writer;
    private final PagePatcher patcher = new PagePatcher();
    private final PageChecker checker = new PageChecker();

    /**
     * @param folder the generator's output folder, as the user named it (messages show it that way)
     * @param site the site, whose permalink pattern says where a post's page is
     */
    public BuiltPages(Path folder, Site site) {
        this.shown = folder;
        this.finder = new PageFinder(folder, site);
        this.writer = new AtomicWriter(folder);
    }

    /** A post and its page, relative to the folder. */
    public record PostPage(Post post, String page) {
    }

    /**
     * The pages of the posts, with a problem for each post whose page is not there (naming the paths tried) and
     * for a page two posts would share; an error when the folder itself does not exist.
     */
    public record Located(List<PostPage> pages, List<Problem> problems) {
    }

    /** Each post's page in the pages folder, with a problem for each post whose page is not there (or one for a missing folder). */
    public Located locate(List<Post> posts) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(finder.folder())) {
            problems.add(Problem.error("", 0, "the pages folder " + shown + " does not exist",
                    "run the site generator's build first, and pass its output folder with --pages DIR (public, _site, dist ...)"));
            return new Located(List.of(), problems);
        }
        // Pages where a permalink says are the posts' first; a page found by slug alone goes to its post only when
        // no permalink leads to it and no other post's slug does too (same slugs in two sections or languages).
        Map<Post, PageFinder.Lookup> lookups = new LinkedHashMap<>();
        Map<String, List<Post>> byPermalink = new HashMap<>();
        Map<String, List<Post>> bySlug = new HashMap<>();
        for (Post post : posts) {
            PageFinder.Lookup lookup = finder.find(post);
            lookups.put(post, lookup);
            if (lookup.found()) (lookup.byPermalink() ? byPermalink : bySlug).computeIfAbsent(lookup.page(), k -> new ArrayList<>()).add(post);
        }
        List<PostPage> pages = new ArrayList<>();
        for (Map.Entry<Post, PageFinder.Lookup> e : lookups.entrySet()) {
            Post post = e.getKey();
            PageFinder.Lookup lookup = e.getValue();
            if (!lookup.found()) {
                problems.add(notFound(post, lookup, ""));
            } else if (lookup.byPermalink()) {
                List<Post> owners = byPermalink.get(lookup.page());
                if (owners.get(0) == post) pages.add(new PostPage(post, lookup.page()));
                else problems.add(Problem.warning(post.file(), 0, "its page " + page(lookup.page()) + " is already "
                        + owners.get(0).file() + "'s; left it to that post", "give the posts permalinks that lead to pages of their own"));
            } else if (byPermalink.containsKey(lookup.page())) {
                problems.add(notFound(post, lookup, "; " + page(lookup.page()) + " has its slug but is "
                        + byPermalink.get(lookup.page()).get(0).file() + "'s page"));
            } else if (bySlug.get(lookup.page()).size() > 1) {
                int others = bySlug.get(lookup.page()).size() - 1;
                problems.add(notFound(post, lookup, "; " + page(lookup.page()) + " has its slug, but so has "
                        + (others == 1 ? "another post" : others + " other posts") + ", so feedcard does not guess"));
            } else {
                pages.add(new PostPage(post, lookup.page()));
            }
        }
        return new Located(List.copyOf(pages), problems);
    }

    private Problem notFound(Post post, PageFinder.Lookup lookup, String why) {
        List<String> tried = lookup.found() ? lookup.tried().subList(0, lookup.tried().indexOf(lookup.page()) + 1) : lookup.tried();
        return Problem.warning(post.file(), 0, "no built page for this post in " + shown + " (tried " + String.join(", ", tried) + ")" + why,
                "check --permalink against the URLs the site generator gives its posts");
    }

    /**
     * Removes temporary files a killed run left beside the pages. Call it once before patching them (not while
     * patching: another page's write in the same folder would lose its temporary file).
     */
    public int removeLeftovers(List<PostPage> pages) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (PostPage p : pages) folders.add(finder.folder().resolve(p.page()).getParent());
        return writer.removeLeftovers(folders);
    }

    /** What patching one page did. */
    public enum Outcome { WRITTEN, UNCHANGED, LEFT_ALONE }

    /** @param problem why the page was left alone or could not be written, or null */
    public record Patched(PostPage page, Outcome outcome, Problem problem) {
    }

    /** Puts {@code tags} into the post's page, writing it only when its bytes change. */
    public Patched patch(PostPage page, List<HeadTag> tags) {
        Path file = finder.folder().resolve(page.page());
        try {
            byte[] before = Files.readAllBytes(file);
            byte[] after;
            try {
                after = patcher.patch(before, tags);
            } catch (UnusablePageException e) {
                return new Patched(page, Outcome.LEFT_ALONE, Problem.warning(page.post().file(), 0,
                        "left its built page " + page(page.page()) + " alone: " + e.getMessage(), LEAVE_ALONE_HINT));
            }
            boolean written = writer.write(file, after);
            return new Patched(page, written ? Outcome.WRITTEN : Outcome.UNCHANGED, null);
        } catch (IOException e) {
            return new Patched(page, Outcome.LEFT_ALONE, Problem.error(page.post().file(), 0,
                    "cannot update its built page " + page(page.page()) + ": " + e.getMessage(),
                    "check that the pages folder is writable"));
        }
    }

    /**
     * What is missing or wrong in the post's page, as errors naming the page; nothing is written.
     *
     * @param expected the post's tags as a build would write them
     */
    public List<Problem> check(PostPage page, List<HeadTag> expected) {
        String name = page(page.page());
        List<Problem> problems = new ArrayList<>();
        try {
            for (String finding : checker.check(Files.readAllBytes(finder.folder().resolve(page.page())), expected)) {
                problems.add(Problem.error(page.post().file(), 0, name + ": " + finding,
                        "run feedcard build with --pages " + shown + " to write the post's tags into its page"));
            }
        } catch (UnusablePageException e) {
            problems.add(Problem.warning(page.post().file(), 0, "cannot check its built page " + name + ": " + e.getMessage(), LEAVE_ALONE_HINT));
        } catch (IOException e) {
            problems.add(Problem.error(page.post().file(), 0, "cannot read its built page " + name + ": " + e.getMessage(), ""));
        }
        return problems;
    }

    /** A page as messages show it: below the folder as the user named it. */
    private String page(String page) {
        return shown.resolve(page).toString().replace('\\', '/');
    }
}
