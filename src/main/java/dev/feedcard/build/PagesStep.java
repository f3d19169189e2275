package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.pages.BuiltPages;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --pages DIR}: each post's head tags go into its page in the folder the site generator built. The pages
 * are found before anything is written (a missing folder stops the build), and patched last, once the cards and
 * feeds their tags point at are in place.
 */
final class PagesStep {
    private final BuiltPages pages;
    private final Progress progress;

    PagesStep(Config config, Progress progress) {
        this.pages = new BuiltPages(config.pages(), config.site());
        this.progress = progress;
    }

    /** The --pages step of a build, or null when there is no pages folder, or the build makes no head tags (with a warning: --feeds-only). */
    static PagesStep of(Config config, Set<Product> products, Progress progress, List<Problem> problems) {
        if (config.pages() == null) return null;
        if (!products.contains(Product.HEAD_TAGS)) {
            problems.add(Problem.warning("", 0, "--pages is ignored with --feeds-only, which makes no head tags",
                    "drop --feeds-only to write the posts' head tags into their pages"));
            return null;
        }
        return new PagesStep(config, progress);
    }

    /** Each post's page; posts without one are listed in {@code problems} as warnings. */
    BuiltPages.Located locate(List<Post> posts, List<Problem> problems) throws IOException {
        BuiltPages.Located located = pages.locate(posts);
        problems.addAll(located.problems());
        return located;
    }

    /** Writes each found page whose tags changed; pages that are not UTF-8 HTML are left alone with a warning. */
    PagesResult patch(BuiltPages.Located located, Map<Post, List<HeadTag>> tags, List<Problem> problems) throws IOException {
        pages.removeLeftovers(located.pages());
        AtomicInteger done = new AtomicInteger();
        List<BuiltPages.Patched> results = Cores.map(located.pages(), page -> {
            BuiltPages.Patched patched = pages.patch(page, tags.getOrDefault(page.post(), List.of()));
            progress.update("patching pages", done.incrementAndGet(), located.pages().size());
            return patched;
        });
        int written = 0;
        int unchanged = 0;
        for (BuiltPages.Patched result : results) {
            switch (result.outcome()) {
                case WRITTEN -> written++;
                case UNCHANGED -> unchanged++;
                case LEFT_ALONE -> { }
            }
            if (result.problem() != null) problems.add(result.problem());
        }
        int notFound = (int) located.problems().stream().filter(p -> !p.isError()).count();
        return new PagesResult(written, unchanged, located.pages().size() - written - unchanged, notFound);
    }

    /** What each found page lacks or has wrong, against the tags a build would write; nothing is written. */
    List<Problem> check(BuiltPages.Located located, Map<Post, List<HeadTag>> tags) {
        List<List<Problem>> found = Cores.map(located.pages(), page -> pages.check(page, tags.getOrDefault(page.post(), List.of())));
        List<Problem> problems = new ArrayList<>();
        for (List<Problem> p : found) problems.addAll(p);
        return problems;
    }
}
