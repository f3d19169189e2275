package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.CardMaker;
import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.Post;
import dev.feedcard.output.AtomicWriter;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.pages.BuiltPages;
import dev.feedcard.report.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pipeline: reads the posts and decides which are published, makes their cards, renders those the feeds show
 * while planning the feeds, writes the feeds, the head tags and pages, and publishes everything into the output
 * folder in one go. What the build makes ({@link Product}) chooses the stages. Problems are collected, never printed;
 * with errors (and without keep-going) the output folder is not touched.
 */
public final class Builder {
    private final Config config;
    private final Progress progress;
    private final ExtraPages extraPages;
    private final BuildCaches caches;
    private final Set<Product> products;

    public Builder(Config config, Progress progress) {
        this(config, progress, ExtraPages.NONE, BuildCaches.none());
    }

    /**
     * A builder that also writes the pages {@code extraPages} makes from what the build publishes, and reuses what
     * earlier builds made and kept in {@code caches}.
     */
    public Builder(Config config, Progress progress, ExtraPages extraPages, BuildCaches caches) {
        this.config = config;
        this.progress = progress;
        this.extraPages = extraPages;
        this.caches = caches;
        this.products = Product.of(config);
    }

    /** Builds: reads, makes and writes everything, and publishes it into the output folder (unless errors stop it). */
    public BuildResult build() throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Prepared prepared = prepare(problems, false);
        if (!prepared.ready()) return failed(problems, start);
        Map<String, Supplier<byte[]>> files = prepared.files();
        SiteOutline outline = prepared.outline();
        PlanFeeds.Planned planned = prepared.planned();
        if (outline != null) addExtraPages(outline, files);

        Publish publish = new Publish(config, products, progress);
        try (OutputFolder out = publish.lock()) {
            Publish.Published published = publish.publish(out, files, prepared.feeds(), problems);
            if (published == null) return failed(problems, start);
            caches.commit();
            // the generator's pages last: their tags point at cards and feeds that are now in place
            PagesStep pages = prepared.pages();
            PagesResult pagesResult = pages == null ? null : pages.patch(prepared.pagesFound(), WriteHeadTags.headTags(planned.published(), outline), problems);
            return new BuildResult(List.copyOf(problems), planned.published().size(), prepared.read().skipped() + planned.leftOut(), planned.feeds().size() * 3,
                    prepared.cards().size(), prepared.cards().decodedByLibjpegTurbo(), published.written(), published.unchanged(), published.removed(), true,
                    Duration.ofNanos(System.nanoTime() - start), outline, pagesResult);
        } catch (OutputFolder.LockTimeoutException e) {
            problems.add(publish.lockTimedOut(e));
            return failed(problems, start);
        } catch (AtomicWriter.LinkOutException e) {
            problems.add(publish.linkOut(e.link()));
            return failed(problems, start);
        }
    }

    /**
     * What a build would judge, found by the same stages as {@link #build()} (every image decoded, turned and fitted,
     * the posts the feeds show rendered), without encoding cards, writing anything or touching the output folder:
     * what {@code feedcard check} reports.
     *
     * @param found the post files found
     * @param published the posts a build would publish (empty when errors would stop it)
     * @param pagesFound with --pages, each published post's page in the site generator's output; else null
     */
    public record Judged(int found, List<Post> published, List<Problem> problems, BuiltPages.Located pagesFound) {
        public Judged {
            published = List.copyOf(published);
            problems = List.copyOf(problems);
        }
    }

    /** Judges the posts as {@link #build()} would, writing nothing (see {@link Judged}). */
    public Judged judge() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Prepared prepared = prepare(problems, true);
        if (!prepared.ready()) return new Judged(prepared.found(), List.of(), problems, null);
        return new Judged(prepared.found(), prepared.planned().published(), problems, prepared.pagesFound());
    }

    /**
     * What the stages before publishing made; {@code ready} is false when errors (in the problems) stop the build, and
     * then the stages not reached are null.
     *
     * @param found the post files found
     * @param files the files to publish, by path (without the cards' bytes when judging)
     */
    private record Prepared(boolean ready, int found, ReadPosts.Posts read, PlanFeeds.Planned planned, Cards cards,
                            Map<String, Supplier<byte[]>> files, WriteFeeds feeds, SiteOutline outline,
                            PagesStep pages, BuiltPages.Located pagesFound) {
        static Prepared stopped(int found) {
            return new Prepared(false, found, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The stages up to publishing, in order; when {@code judging}, images are decoded but no card is encoded (nor a
     * title card drawn), and the card files are named but not made.
     */
    private Prepared prepare(List<Problem> problems, boolean judging) throws IOException {
        if (!Files.isDirectory(config.content())) {
            problems.add(Problem.error("", 0, "the content folder " + config.content() + " does not exist",
                    "pass the folder of your posts with --content DIR"));
            return Prepared.stopped(0);
        }

        if (products.contains(Product.CARDS) && !judging) CardMaker.warmUpInBackground();
        ReadPosts.Posts read = new ReadPosts(config, products, caches.readPosts(), progress).read(problems);
        if (read.found() == 0) {
            problems.add(Problem.error("", 0, "the content folder " + config.content() + " has no posts (no .md or .markdown files)",
                    "pass the folder of your posts with --content DIR"));
            return Prepared.stopped(0);
        }
        RenderPosts rendering = new RenderPosts(config, caches.rendered(), progress, read.published());
        Cards made = products.contains(Product.CARDS) ? new MakeCards(config, caches.cards(), progress, !judging).make(read.published(), problems) : Cards.NONE;
        PlanFeeds.Planned planned = new PlanFeeds(config, caches.feeds(), products, rendering).plan(read.published(), made, problems);
        Cards cards = made.of(planned.published());
        if (problems.stream().anyMatch(Problem::isError)) return Prepared.stopped(read.found());
        if (config.keepGoing() && planned.published().isEmpty() && problems.stream().anyMatch(Problem::skipped)) {
            problems.add(Problem.error("", 0, "every post is broken, so there is nothing to publish",
                    "fix the posts listed above; feedcard does not replace a feed with an empty one"));
            return Prepared.stopped(read.found());
        }

        // Images first, then the head tags and cards.json that point at them, feeds last: a feed or a page never
        // points at a card that is not in place yet.
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        if (judging && products.contains(Product.CARDS)) {
            for (Post post : planned.published()) if (post.image() == null || post.image().remote() == null) files.put(OutputLayout.card(post.key()), null);
        }
        for (Card card : cards.all()) files.put(card.path(), card::jpeg);
        WriteFeeds feeds = new WriteFeeds(config, products, caches.feeds(), rendering, planned, cards);
        WriteHeadTags headTags = new WriteHeadTags(config, products);
        SiteOutline outline = needsOutline() ? headTags.outline(planned, cards, rendering, problems) : null;
        if (outline != null) headTags.files(planned.published(), outline, cards).forEach((path, bytes) -> files.put(path, () -> bytes));
        files.putAll(feeds.files());
        problems.addAll(rendering.generatorSyntaxWarnings());
        new Publish(config, products, progress).checkPaths(files.keySet(), problems);
        PagesStep pages = PagesStep.of(config, products, progress, problems);
        BuiltPages.Located pagesFound = pages == null ? null : pages.locate(planned.published(), problems);
        if (problems.stream().anyMatch(Problem::isError)) return Prepared.stopped(read.found());
        return new Prepared(true, read.found(), read, planned, cards, files, feeds, outline, pages, pagesFound);
    }

    /**
     * Whether the build gathers what it publishes, post by post: for the head tags, the pages and the extra pages,
     * which a feeds-only build may not have.
     */
    private boolean needsOutline() {
        return products.contains(Product.HEAD_TAGS) || config.pages() != null || extraPages.needsOutline();
    }

    /** Adds the extra pages to {@code files}; none may replace a file of the build's own. */
    private void addExtraPages(SiteOutline outline, Map<String, Supplier<byte[]>> files) {
        for (Map.Entry<String, byte[]> page : extraPages.files(outline).entrySet()) {
            if (files.putIfAbsent(page.getKey(), page::getValue) != null) {
                throw new IllegalStateException("an extra page would replace the build's own " + page.getKey());
            }
        }
    }

    private BuildResult failed(List<Problem> problems, long start) {
        return new BuildResult(List.copyOf(problems), 0, 0, 0, 0, 0, 0, 0, 0, false, Duration.ofNanos(System.nanoTime() - start), null, null);
    }
}
