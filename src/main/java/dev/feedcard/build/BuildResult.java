package dev.feedcard.build;

import dev.feedcard.report.Problem;

import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param posts posts published in the feeds
 * @param skipped drafts, future posts and (with keep-going) broken posts left out
 * @param feeds feed files written or confirmed up to date
 * @param cards cards made
 * @param cardsByLibjpegTurbo how many of the featured images were decoded by libjpeg-turbo (where it can be used) rather than Java's JPEG reader
 * @param written files whose bytes changed
 * @param unchanged files already up to date
 * @param removed stale files of earlier builds removed
 * @param published false when errors kept the build from touching the output folder
 * @param outline what was published, post by post; null when nothing was, or when nothing asked for it (a
 *                --feeds-only build given {@link ExtraPages#NONE} and no pages)
 * @param pages what --pages did to the site generator's pages; null without --pages (or when nothing was published)
 */
public record BuildResult(List<Problem> problems, int posts, int skipped, int feeds, int cards, long cardsByLibjpegTurbo,
                          int written, int unchanged, int removed, boolean published, Duration took,
                          SiteOutline outline, PagesResult pages) {
}
