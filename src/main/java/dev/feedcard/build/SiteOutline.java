package dev.feedcard.build;

import dev.feedcard.config.Site;
import dev.feedcard.report.Problem;

import java.util.List;

/**
 * Everything one build published, in the order readers see it: the data pages about the build are made from.
 *
 * @param posts the published posts, newest first
 * @param feeds every feed file written
 * @param problems the build's problems (warnings, and with keep-going the errors of skipped posts)
 */
public record SiteOutline(Site site, List<PublishedPost> posts, List<PublishedFeed> feeds, List<Problem> problems) {
    public SiteOutline {
        posts = List.copyOf(posts);
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }

    /** The problems found in one post's file by the build, then those {@code feedcard check} adds. */
    public List<Problem> problemsOf(PublishedPost post) {
        List<Problem> found = new java.util.ArrayList<>(problems.stream().filter(p -> p.file().equals(post.file())).toList());
        for (Problem check : post.checks()) {
            if (found.stream().noneMatch(p -> p.message().equals(check.message()))) found.add(check);
        }
        return found;
    }
}
