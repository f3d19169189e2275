package dev.feedcard.build;

import dev.feedcard.work.Cores;
import dev.feedcard.card.Card;
import dev.feedcard.card.CardImage;
import dev.feedcard.card.CardMaker;
import dev.feedcard.card.MadeCard;
import dev.feedcard.card.UnusableImageException;
import dev.feedcard.config.Config;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.FileNames;
import dev.feedcard.content.FolderListings;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.feed.Entry;
import dev.feedcard.feed.FeedFiles;
import dev.feedcard.feed.FeedLink;
import dev.feedcard.feed.FeedLinks;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.feed.UpdateTimes;
import dev.feedcard.meta.CardsJson;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.meta.HeadTags;
import dev.feedcard.meta.ShareCheck;
import dev.feedcard.output.AtomicWriter;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.pages.BuiltPages;
import dev.feedcard.render.Permalinks;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.IoFailure;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The pipeline: finds and reads the posts, decides which are published, makes their cards, renders those the
 * feeds show, writes the feeds, and publishes everything into the output folder in one go. Problems are
 * collected, never printed; with errors (and without keep-going) the output folder is not touched.
 */
public final class Builder {
    private final Config config;
    private final Progress progress;
    private final ExtraPages extraPages;
    private final CardCache cardCache;
    private final RenderCache renderCache;
    private final FeedCache feedCache;
    private final BuildCaches caches;

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
        this.cardCache = caches.cards();
        this.renderCache = caches.rendered();
        this.feedCache = caches.feeds();
    }

    public BuildResult build() throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Path content = config.content();
        if (!Files.isDirectory(content)) {
            problems.add(Problem.error("", 0, "the content folder " + content + " does not exist",
                    "pass the folder of your posts with --content DIR"));
            return failed(problems, start);
        }

        if (!config.feedsOnly()) CardMaker.warmUpInBackground();
        Posts posts = readPosts(problems);
        if (posts.found() == 0) {
            problems.add(Problem.error("", 0, "the content folder " + content + " has no posts (no .md or .markdown files)",
                    "pass the folder of your posts with --content DIR"));
            return failed(problems, start);
        }
        Map<String, Card> cards = config.feedsOnly() ? new LinkedHashMap<>() : makeCards(posts.published(), problems);
        int readable = posts.published().size();
        PlannedFeeds planned = planFeeds(posts.published(), cards, problems);
        int skipped = posts.skipped() + readable - posts.published().size();
        cards.keySet().retainAll(posts.published().stream().map(Post::key).toList());
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors) return failed(problems, start);
        if (config.keepGoing() && posts.published().isEmpty() && problems.stream().anyMatch(p -> p.message().startsWith(SKIPPED))) {
            problems.add(Problem.error("", 0, "every post is broken, so there is nothing to publish",
                    "fix the posts listed above; feedcard does not replace a feed with an empty one"));
            return failed(problems, start);
        }

        // Images first, then the head tags and cards.json that point at them, feeds last: a feed or a page never
        // points at a card that is not in place yet.
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        for (Card card : cards.values()) files.put(card.path(), card::jpeg);
        FeedsToWrite feedFiles = feedFiles(planned, cards);
        int feedCount = planned.feeds().size() * 3;
        // what was published, post by post: for the head tags, the pages and the extra pages, which a feeds-only build may not have
        boolean outlined = !config.feedsOnly() || config.pages() != null || extraPages != ExtraPages.NONE;
        SiteOutline outline = outlined ? outline(posts.published(), cards, planned, problems) : null;
        if (!config.feedsOnly()) metaFiles(posts.published(), outline, cards).forEach((path, bytes) -> files.put(path, () -> bytes));
        files.putAll(feedFiles.files());
        for (String path : files.keySet()) {
            if (!OutputFolder.isSafe(path)) {
                problems.add(Problem.error("", 0, "feedcard would write '" + path + "', which is outside the output folder",
                        "this comes from a slug or a tag; rename it"));
            }
        }
        PagesStep pages = pagesStep(problems);
        BuiltPages.Located pagesFound = pages == null ? null : pages.locate(posts.published(), problems);
        if (problems.stream().anyMatch(Problem::isError)) return failed(problems, start);
        for (Map.Entry<String, byte[]> page : (outlined ? extraPages.files(outline) : Map.<String, byte[]>of()).entrySet()) {
            if (files.putIfAbsent(page.getKey(), page::getValue) != null) {
                throw new IllegalStateException("an extra page would replace the build's own " + page.getKey());
            }
        }

        try (OutputFolder out = lockOutput()) {
            List<String> foreign = out.foreign(files.keySet());
            if (!foreign.isEmpty()) {
                for (String f : foreign) {
                    problems.add(Problem.error("", 0, "the output folder already has " + f + ", which feedcard did not write",
                            "move that file away or choose another --out folder; feedcard never replaces files it did not write"));
                }
                return failed(problems, start);
            }
            Collection<OutputFolder.InTheWay> inTheWay = out.foldersInTheWay(files.keySet());
            if (!inTheWay.isEmpty()) {
                Set<String> owned = out.owned();
                for (OutputFolder.InTheWay folder : inTheWay) problems.add(folderInTheWay(folder, owned.contains(folder.folder())));
                return failed(problems, start);
            }
            Set<String> keptFeeds = feedFiles.keep(out);
            if (!writeFeedsChangedSince(feedFiles, keptFeeds, planned, files, problems)) return failed(problems, start);
            OutputFolder.Published published = out.publish(files, keptFromEarlierBuilds().or(keptFeeds::contains),
                    (done, total) -> progress.update("writing", done, total));
            caches.commit();
            // the generator's pages last: their tags point at cards and feeds that are now in place
            PagesResult pagesResult = pages == null ? null : pages.patch(pagesFound, headTags(posts.published(), outline), problems);
            return new BuildResult(List.copyOf(problems), posts.published().size(), skipped, feedCount, cards.size(),
                    published.written().size(), published.unchanged().size() + keptFeeds.size(), published.removed().size(), true,
                    Duration.ofNanos(System.nanoTime() - start), outline, pagesResult);
        } catch (OutputFolder.LockTimeoutException e) {
            problems.add(Problem.error("", 0, e.getMessage(),
                    "let that build finish and run feedcard again, or wait longer with --lock-timeout SECONDS"));
            return failed(problems, start);
        } catch (AtomicWriter.LinkOutException e) {
            problems.add(linkOut(e.link()));
            return failed(problems, start);
        }
    }

    /**
     * A folder on the way to the files this build writes is a link that leads out of the output folder, or a file (such
     * as a file named lang where lang/en/atom.xml goes): like a file feedcard did not write, it is in the way.
     */
    private Problem folderInTheWay(OutputFolder.InTheWay folder, boolean earlierBuilds) {
        if (folder.linkOut()) return linkOut(folder.folder());
        return Problem.error("", 0, "the output folder already has " + folder.folder()
                        + (earlierBuilds ? ", a file of an earlier build," : ", which feedcard did not write,") + " where feedcard needs a folder"
                        + " (for " + folder.path() + ")",
                "move that file away or choose another --out folder; feedcard never replaces files it did not write");
    }

    /** A folder feedcard writes into is a link out of the output folder (checked again as each file is written). */
    private Problem linkOut(String link) {
        return Problem.error("", 0, "the output folder's " + link + " is a link that leads out of the output folder",
                "replace the link with a folder, or choose another --out; feedcard never writes or removes anything through a link out of "
                        + config.out());
    }

    /** The output folder, opened and locked; what failed and why when it cannot be. */
    private OutputFolder lockOutput() throws IOException {
        try {
            return OutputFolder.lock(config.out(), config.output().lockTimeout(),
                    () -> progress.notice("waiting for another feedcard build to finish writing into " + config.out() + "…"));
        } catch (OutputFolder.LockTimeoutException | AtomicWriter.LinkOutException e) {
            throw e;
        } catch (IOException e) {
            throw new IoFailure.StepFailed("cannot open the output folder " + config.out() + " and take its lock (" + OutputFolder.LOCK + ")", e);
        }
    }

    /**
     * Adds to {@code files} the feeds that were to stay as the last build wrote them but whose files no longer hold
     * that ({@code kept} lacks them: edited or removed since), rendering their posts only now. False, with a problem,
     * when such a post no longer renders (a rare case: it did last time).
     */
    private boolean writeFeedsChangedSince(FeedsToWrite feedFiles, Set<String> kept, PlannedFeeds planned, Map<String, Supplier<byte[]>> files,
                                           List<Problem> problems) {
        List<KeyedFeed> changed = feedFiles.unchanged().stream().filter(feed -> !kept.containsAll(feed.published().keySet())).toList();
        List<Post> unrendered = renderPosts(new Renderer(config.site()), FeedPlan.shown(changed.stream().map(KeyedFeed::plan).toList()),
                planned.rendered(), new AtomicInteger(), problems);
        if (!unrendered.isEmpty()) {
            problems.add(Problem.error(unrendered.get(0).file(), 0, "a feed that shows this post has to be written again, and the post could not be rendered",
                    "fix the problem above, or build again"));
            return false;
        }
        for (KeyedFeed feed : changed) feedFiles.write(feed, files);
        return true;
    }

    /**
     * The files of earlier builds that this build leaves in place although it does not write them: --feeds-only
     * leaves the cards and head tags (pages still point at them), --cards-only the feeds (readers follow them).
     */
    private Predicate<String> keptFromEarlierBuilds() {
        if (config.feedsOnly()) return path -> path.startsWith(CARDS_FOLDER) || path.startsWith(META_FOLDER) || path.equals(CardsJson.PATH);
        if (config.cardsOnly()) return FeedFiles::isFeedFile;
        return path -> false;
    }

    /** The --pages step, or null when there is no pages folder (or --feeds-only makes no head tags). */
    private PagesStep pagesStep(List<Problem> problems) {
        if (config.pages() == null) return null;
        if (config.feedsOnly()) {
            problems.add(Problem.warning("", 0, "--pages is ignored with --feeds-only, which makes no head tags",
                    "drop --feeds-only to write the posts' head tags into their pages"));
            return null;
        }
        return new PagesStep(config, progress);
    }

    /** Each post's head tags, as the outline has them (in the posts' order). */
    private static Map<Post, List<HeadTag>> headTags(List<Post> posts, SiteOutline outline) {
        Map<Post, List<HeadTag>> tags = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) tags.put(posts.get(i), outline.posts().get(i).headTags());
        return tags;
    }

    private BuildResult failed(List<Problem> problems, long start) {
        return new BuildResult(List.copyOf(problems), 0, 0, 0, 0, 0, 0, 0, false, Duration.ofNanos(System.nanoTime() - start), null, null);
    }

    /** What was published, post by post, reusing the summaries the feeds already rendered. */
    private SiteOutline outline(List<Post> posts, Map<String, Card> cards, PlannedFeeds planned, List<Problem> problems) {
        Renderer renderer = new Renderer(config.site());
        HeadTags head = new HeadTags(config.site());
        ShareCheck share = new ShareCheck(config.cards());
        List<FeedPlan> plans = planned.plans();
        FeedLinks feedLinks = new FeedLinks(config.site(), plans);
        List<PublishedPost> published = Cores.map(posts, post -> {
            Card card = cards.get(post.key());
            RenderedPost rendered = planned.rendered().get(post);
            String summary = rendered != null ? rendered.summary() : summary(renderer, post);
            return new PublishedPost(post.file(), post.key(), post.title(), Permalinks.of(config.site(), post), post.published(), post.updated(),
                    summary, post.tags(), post.language(), card == null ? null : card.path(),
                    card == null ? 0 : card.width(), card == null ? 0 : card.height(),
                    config.feedsOnly() ? List.of() : head.of(post, Permalinks.of(config.site(), post), summary, cardImage(post, card),
                            feedLinks.forPost(post).stream().map(FeedLink::toHeadTag).toList()),
                    share.problems(post, summary));
        });
        List<PublishedFeed> feeds = new ArrayList<>();
        for (FeedPlan plan : plans) {
            feeds.add(new PublishedFeed(plan.atomPath(), plan.title(), "Atom"));
            feeds.add(new PublishedFeed(plan.rssPath(), plan.title(), "RSS"));
            feeds.add(new PublishedFeed(plan.jsonPath(), plan.title(), "JSON Feed"));
        }
        return new SiteOutline(config.site(), published, feeds, problems);
    }

    /**
     * The summary of a post this build did not render (no feed shows it, or only feeds left as they were); its text
     * alone when its Markdown cannot be read.
     */
    private static String summary(Renderer renderer, Post post) {
        try {
            return renderer.summary(post);
        } catch (RuntimeException | StackOverflowError e) {
            return dev.feedcard.render.PlainText.clean(post.description());
        }
    }

    /** meta/<key>.html (key: the slug, under its language prefix and section) with each post's head tags, and cards.json with each post's card. */
    private Map<String, byte[]> metaFiles(List<Post> posts, SiteOutline outline, Map<String, Card> cards) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<CardsJson.Entry> entries = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            PublishedPost published = outline.posts().get(i);
            files.put(META_FOLDER + post.key() + ".html", HeadTags.html(published.headTags()).getBytes(StandardCharsets.UTF_8));
            Card card = cards.get(post.key());
            CardImage image = cardImage(post, card);
            if (image != null) entries.add(CardsJson.Entry.of(post, image, card));
        }
        files.put(CardsJson.PATH, CardsJson.write(entries));
        return files;
    }

    /** With keep-going, a post's error becomes a warning that says the post was left out. */
    private Problem skippedIfKeepGoing(Problem p) {
        return config.keepGoing() ? Problem.warning(p.file(), p.line(), SKIPPED + p.message(), p.hint()) : p;
    }

    /** A failure feedcard did not foresee while handling one post: reported for that post, never a crash of the build. */
    private static Problem unexpected(String file, String doing, Throwable e) {
        String what = e instanceof StackOverflowError ? "it is nested too deeply" : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Problem.error(file, 0, "feedcard could not " + doing + " this post (" + firstLine(what) + ")",
                "simplify the part of the post that looks unusual, and please report this as a feedcard bug with the file attached");
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    private static final String CARDS_FOLDER = "cards/";
    /** Where each post's head tags go, as {@code meta/<post key>.html}. */
    static final String META_FOLDER = "meta/";

    /** How the message of a post left out by keep-going begins. */
    public static final String SKIPPED = "skipped: ";

    /** The posts to publish, newest first, how many were left out, and how many post files were found. */
    private record Posts(List<Post> published, int skipped, int found) {
    }

    private Posts readPosts(List<Problem> problems) {
        // the index of the posts earlier builds read is decoded while the content folder is listed
        Instant readingStarted = Instant.now();
        CompletableFuture<PostIndex> loading = caches.readPosts() == null ? null
                : CompletableFuture.supplyAsync(() -> new PostIndex(caches.readPosts(), config, readingStarted), Builder::onThreadOfItsOwn);
        FolderListings listings = caches.readPosts() == null ? null : FolderIndex.load(caches.readPosts(), config.content(), readingStarted);
        List<PostFile> files = ContentScanner.scan(config.content(), config.feeds().languages(), listings);
        if (listings != null) FolderIndex.keep(caches.readPosts(), config.content(), listings);
        PostIndex index = loading == null ? null : loading.join();
        PostReader reader = new PostReader(config);
        AtomicInteger done = new AtomicInteger();
        List<Object> results = Cores.map(files, file -> {
            Object result;
            try {
                result = index == null ? reader.read(file) : read(reader, index, file);
            } catch (ProblemException e) {
                result = e.problem();
            } catch (RuntimeException | StackOverflowError e) {
                result = unexpected(file.name(), "read", e);
            }
            progress.update("reading posts", done.incrementAndGet(), files.size());
            return result;
        });
        List<Post> published = new ArrayList<>();
        int skipped = 0;
        for (Object result : results) {
            if (result instanceof Problem problem) {
                problems.add(skippedIfKeepGoing(problem));
                skipped++;
            } else {
                Post post = (Post) result;
                if (post.draft() || post.published().isAfter(config.now())) skipped++;
                else published.add(post);
            }
        }
        if (index != null) index.keep();
        skipped += removeDuplicates(published, problems);
        published.sort(Comparator.comparing(Post::published).reversed().thenComparing(Post::slug));
        return new Posts(published, skipped, files.size());
    }

    /**
     * The post in {@code file} as an earlier build read it from the same bytes (with its featured image where it was),
     * known by the file's unchanged stamp or else by reading its bytes; else read now and kept for the next build
     * (unless it is dated by the file's time, which changes without its bytes).
     */
    private static Post read(PostReader reader, PostIndex index, PostFile file) throws ProblemException {
        Post unchanged = index.unchanged(file);
        if (unchanged != null && reader.findsSameImage(unchanged, file)) return unchanged;
        byte[] bytes = PostReader.bytes(file);
        String fingerprint = PostBody.fingerprintOf(bytes);
        Post earlier = index.get(file, fingerprint);
        if (earlier != null && reader.findsSameImage(earlier, file)) return earlier;
        Post post = reader.read(file, bytes);
        if (!reader.datedByItsFile(post, file)) index.put(post, file, fingerprint);
        return post;
    }

    private static void onThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "feedcard-index");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Two posts with one URL (compared as resolved against the site's URL, as readers get them), or with one card and
     * head tags file (their keys are the same, or the same where file names differ only in case or Unicode form, which
     * macOS and Windows take for one file: Foo.md and foo.md): an error naming both files. The later post is left out.
     */
    private int removeDuplicates(List<Post> posts, List<Problem> problems) {
        Map<String, Post> byUrl = new HashMap<>();
        Map<String, Post> byFiles = new HashMap<>();
        List<Post> duplicates = new ArrayList<>();
        for (Post post : posts) {
            String path = Permalinks.path(config.site(), post);
            String url = Permalinks.of(config.site(), post).toString();
            String files = FileNames.folded(post.key());
            Post sameUrl = byUrl.get(url);
            Post sameFiles = byFiles.get(files);
            String message;
            if (sameUrl != null) {
                message = "this post has the same URL (" + path + ") as " + sameUrl.file();
            } else if (sameFiles != null) {
                message = "this post's card and head tags (" + CardMaker.path(post.key()) + ", " + META_FOLDER + post.key() + ".html) would be the files of "
                        + sameFiles.file() + (sameFiles.key().equals(post.key()) ? ""
                        : " on macOS and Windows, which take names that differ only in case or Unicode form for one");
            } else {
                byUrl.put(url, post);
                byFiles.put(files, post);
                continue;
            }
            duplicates.add(post);
            problems.add(skippedIfKeepGoing(Problem.error(post.file(), 0, message,
                    "give one of them another slug ('slug: ...' in its front matter) or rename its file")));
        }
        posts.removeAll(duplicates);
        return duplicates.size();
    }

    private Map<String, Card> makeCards(List<Post> posts, List<Problem> problems) {
        CardMaker maker;
        try {
            maker = CardMaker.create(config.cards(), config.site(), config.content());
        } catch (UnusableImageException e) {
            problems.add(Problem.error(config.cards().titleImage(), 0, "cannot use the title cards' background image (cardTitleImage): " + e.getMessage(), e.hint()));
            return new LinkedHashMap<>();
        }
        AtomicInteger done = new AtomicInteger();
        List<MadeCard> results = Cores.map(posts, post -> {
            CardCache.Key key = cardCache == null ? null : cardCache.key(post, config);
            MadeCard cached = key == null ? null : cardCache.get(key);
            if (cached != null) {
                progress.update("making cards", done.incrementAndGet(), posts.size());
                return cached;
            }
            MadeCard made;
            try {
                made = maker.make(post, config.keepGoing());
                if (key != null) cardCache.put(key, made);
            } catch (RuntimeException | StackOverflowError e) {
                Problem p = unexpected(post.file(), "make a card for", e);
                made = new MadeCard(null, List.of(config.keepGoing() ? asWarning(p) : p));
            }
            progress.update("making cards", done.incrementAndGet(), posts.size());
            return made;
        });
        Map<String, Card> cards = new LinkedHashMap<>();
        if (cardCache != null) {
            cardCache.keepOnly(posts.stream().map(Post::key).collect(java.util.stream.Collectors.toSet()));
        }
        for (MadeCard made : results) {
            if (made.card() != null) cards.put(made.card().slug(), made.card());
            problems.addAll(made.problems());
        }
        return cards;
    }

    private static Problem asWarning(Problem p) {
        return Problem.warning(p.file(), p.line(), "published without a card: " + p.message(), p.hint());
    }

    /**
     * The feeds (the site's, one per language, one per tag), each keyed by everything its files are made from, with
     * the posts rendered that the feeds to be written show: the newest of each, up to the limit, each post once however
     * many feeds show it, on every core. The posts of a feed whose files the last build wrote from the same inputs are
     * not rendered, nor loaded from the render cache. A post that cannot be rendered is a problem of its own; with
     * keep-going it is left out of {@code posts} (so of every feed) and the next post takes its place.
     */
    private PlannedFeeds planFeeds(List<Post> posts, Map<String, Card> cards, List<Problem> problems) {
        Renderer renderer = new Renderer(config.site());
        Map<Post, RenderedPost> rendered = new IdentityHashMap<>();
        AtomicInteger done = new AtomicInteger();
        while (true) {
            PlannedFeeds planned = keyedFeeds(posts, cards, rendered);
            List<Post> todo = FeedPlan.shown(planned.feeds().stream().filter(feed -> feed.published() == null).map(KeyedFeed::plan).toList());
            List<Post> failed = renderPosts(renderer, todo, rendered, done, problems);
            if (failed.isEmpty() || !config.keepGoing()) {
                keepRenderings(planned);
                return planned;
            }
            posts.removeIf(failed::contains);
        }
    }

    /** Keeps in the render cache, unread, the renderings of the posts that only feeds left as they were show. */
    private void keepRenderings(PlannedFeeds planned) {
        if (renderCache == null) return;
        for (Post post : FeedPlan.shown(planned.plans())) {
            if (!planned.rendered().containsKey(post)) renderCache.keep(post, Permalinks.of(config.site(), post));
        }
    }

    /** Every feed of the published {@code posts} with its key in the feed cache and what the last build published for it. */
    private PlannedFeeds keyedFeeds(List<Post> posts, Map<String, Card> cards, Map<Post, RenderedPost> rendered) {
        if (config.cardsOnly()) return new PlannedFeeds(List.of(), rendered, Map.of());
        Map<Post, Instant> updated = UpdateTimes.of(posts);
        List<FeedPlan> plans = FeedPlan.of(posts, config.site(), config.feeds());
        if (feedCache == null) return new PlannedFeeds(plans.stream().map(plan -> new KeyedFeed(plan, null, null)).toList(), rendered, updated);
        List<Post> shown = FeedPlan.shown(plans);
        List<String> keys = Cores.map(shown, post -> FeedCache.entryKey(post, cardImage(post, cards.get(post.key())), updated.get(post), config.site()));
        Map<Post, String> entryKeys = new IdentityHashMap<>();
        for (int i = 0; i < shown.size(); i++) entryKeys.put(shown.get(i), keys.get(i));
        List<KeyedFeed> feeds = Cores.map(plans, plan -> {
            String key = feedCache.key(plan, entryKeys::get, config.site(), config.feeds());
            return new KeyedFeed(plan, key, feedCache.published(key, Set.of(plan.atomPath(), plan.rssPath(), plan.jsonPath())));
        });
        return new PlannedFeeds(feeds, rendered, updated);
    }

    /**
     * Renders those of {@code posts} not yet in {@code rendered} into it, on every core; a post that cannot be rendered
     * is a problem (left out with keep-going). Returns the posts that failed.
     */
    private List<Post> renderPosts(Renderer renderer, List<Post> posts, Map<Post, RenderedPost> rendered, AtomicInteger done, List<Problem> problems) {
        List<Post> todo = posts.stream().filter(post -> !rendered.containsKey(post)).toList();
        int total = done.get() + todo.size();
        List<Object> results = Cores.map(todo, post -> {
            Object result;
            try {
                result = render(renderer, post);
            } catch (PostBody.FileChangedException e) {
                result = Problem.error(post.file(), 0, e.getMessage(), "build again once the file is saved");
            } catch (RuntimeException | StackOverflowError e) {
                result = unexpected(post.file(), "render", e);
            }
            progress.update("rendering", done.incrementAndGet(), total);
            return result;
        });
        List<Post> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof RenderedPost r) {
                rendered.put(todo.get(i), r);
            } else {
                problems.add(skippedIfKeepGoing((Problem) results.get(i)));
                failed.add(todo.get(i));
            }
        }
        return failed;
    }

    /** The post as an earlier build rendered it, else rendered now (and kept for the next build). */
    private RenderedPost render(Renderer renderer, Post post) {
        if (renderCache == null) return renderer.render(post);
        RenderedPost earlier = renderCache.get(post, Permalinks.of(config.site(), post));
        if (earlier != null) return earlier;
        RenderedPost rendered = renderer.render(post);
        renderCache.put(rendered);
        return rendered;
    }

    /**
     * The build's feeds, each with its key, the posts rendered so far, and each post's shown update time.
     */
    private record PlannedFeeds(List<KeyedFeed> feeds, Map<Post, RenderedPost> rendered, Map<Post, Instant> updated) {
        List<FeedPlan> plans() {
            return feeds.stream().map(KeyedFeed::plan).toList();
        }
    }

    /**
     * A feed, its key in the feed cache (null without one), and the files the last build published from the same
     * inputs, by path (null when none: the feed is written).
     */
    private record KeyedFeed(FeedPlan plan, String key, Map<String, FeedCache.PublishedFile> published) {
    }

    /**
     * Every feed in every format, to be made while the output folder is published, then the files the feeds share;
     * except the feeds made from exactly what the last build published them from, which are only checked once the
     * output folder is locked.
     */
    private FeedsToWrite feedFiles(PlannedFeeds planned, Map<String, Card> cards) {
        Function<Post, Entry> entries = post -> new Entry(planned.rendered().get(post), cardImage(post, cards.get(post.key())), planned.updated().get(post));
        FeedsToWrite feeds = new FeedsToWrite(new LinkedHashMap<>(), new ArrayList<>(), new FeedFiles(config.site(), config.feeds()), entries, feedCache);
        for (KeyedFeed feed : planned.feeds()) {
            if (feed.published() != null) feeds.unchanged().add(feed);
            else feeds.write(feed, feeds.files());
        }
        if (!config.cardsOnly()) feeds.writer().shared(planned.plans()).forEach((path, bytes) -> feeds.files().put(path, () -> bytes));
        return feeds;
    }

    /** The feed files to write, and the feeds that may stay as the last build wrote them. */
    private record FeedsToWrite(Map<String, Supplier<byte[]>> files, List<KeyedFeed> unchanged, FeedFiles writer,
                                Function<Post, Entry> entries, FeedCache cache) {
        /**
         * Adds a feed's files, made from its rendered posts, to {@code toWrite}, each remembered in the cache under
         * the feed's key (when there is one) once made.
         */
        void write(KeyedFeed feed, Map<String, Supplier<byte[]>> toWrite) {
            String key = feed.key();
            writer.of(feed.plan().toSet(entries)).forEach((path, make) -> toWrite.put(path, key == null ? make : () -> {
                byte[] bytes = make.get();
                cache.put(key, path, bytes);
                return bytes;
            }));
        }

        /** The paths of the unchanged feeds whose files, in the locked output folder, still hold what the last build wrote and are still feedcard's. */
        Set<String> keep(OutputFolder out) throws IOException {
            Set<String> owned = out.owned();
            Instant checking = Instant.now();
            List<Boolean> held = Cores.map(unchanged, feed -> owned.containsAll(feed.published().keySet())
                    && cache.stillHeld(out.root(), feed.key(), feed.published(), checking));
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < unchanged.size(); i++) if (held.get(i)) kept.addAll(unchanged.get(i).published().keySet());
            return kept;
        }
    }

    private CardImage cardImage(Post post, Card card) {
        if (card != null) {
            return new CardImage(config.site().resolve(CardMaker.path(Permalinks.encodePath(post.key()))),
                    card.width(), card.height(), card.bytes(), "image/jpeg", altText(post));
        }
        if (post.image() != null && post.image().remote() != null) {
            return new CardImage(post.image().remote(), 0, 0, 0, null, altText(post));
        }
        return null;
    }

    private static String altText(Post post) {
        return post.image() != null && post.image().alt() != null && !post.image().alt().isBlank() ? post.image().alt() : post.title();
    }
}
