package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.CardImage;
import dev.feedcard.card.CardMaker;
import dev.feedcard.config.Config;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.feed.AtomFeed;
import dev.feedcard.feed.Entry;
import dev.feedcard.feed.FeedSet;
import dev.feedcard.feed.RssFeed;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.render.Permalinks;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline: finds and reads the posts, decides which are published, makes their cards, renders those the
 * feeds show, writes the feeds, and publishes everything into the output folder in one go. Problems are
 * collected, never printed; with errors (and without keep-going) the output folder is not touched.
 */
public final class Builder {
    private final Config config;
    private final Progress progress;

    public Builder(Config config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    public BuildResult build() throws IOException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Path content = config.content();
        if (!Files.isDirectory(content)) {
            problems.add(Problem.error(content.toString(), 0, "the content folder does not exist",
                    "pass the folder of your posts with --content DIR"));
            return failed(problems, start);
        }

        Posts posts = readPosts(problems);
        Map<String, Card> cards = config.feedsOnly() ? Map.of() : makeCards(posts.published(), problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors && !config.keepGoing()) return failed(problems, start);

        List<FeedSet> feedSets = feedSets(posts.published(), cards);
        Map<String, byte[]> files = new LinkedHashMap<>();
        AtomFeed atom = new AtomFeed(config.site(), config.feeds().summaryOnly());
        RssFeed rss = new RssFeed(config.site(), config.feeds().summaryOnly());
        for (FeedSet set : feedSets) {
            files.put(set.atomPath(), atom.write(set));
            files.put(set.rssPath(), rss.write(set));
        }
        int feedCount = files.size();
        for (Card card : cards.values()) files.put(card.path(), card.jpeg());

        OutputFolder out = new OutputFolder(config.out());
        List<String> foreign = out.foreign(files.keySet());
        if (!foreign.isEmpty()) {
            for (String f : foreign) {
                problems.add(Problem.error("", 0, "the output folder already has " + out.root().resolve(f) + ", which feedcard did not write",
                        "move that file away or choose another --out folder; feedcard never overwrites files it did not write"));
            }
            return failed(problems, start);
        }
        out.cleanTemporaryFiles();
        int written = 0;
        int done = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (out.write(file.getKey(), file.getValue())) written++;
            progress.update("writing", ++done, files.size());
        }
        List<String> removed = out.commit(files.keySet());
        return new BuildResult(List.copyOf(problems), posts.published().size(), posts.skipped(), feedCount, cards.size(),
                written, files.size() - written, removed.size(), true, Duration.ofNanos(System.nanoTime() - start));
    }

    private BuildResult failed(List<Problem> problems, long start) {
        return new BuildResult(List.copyOf(problems), 0, 0, 0, 0, 0, 0, 0, false, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The posts to publish, newest first, and how many were left out. */
    private record Posts(List<Post> published, int skipped) {
    }

    private Posts readPosts(List<Problem> problems) {
        List<PostFile> files = ContentScanner.scan(config.content());
        PostReader reader = new PostReader(config.content(), config.site().timeZone(), config.site().language(), config.feeds().languages());
        AtomicInteger done = new AtomicInteger();
        List<Object> results = Parallel.map(files, file -> {
            Object result;
            try {
                result = reader.read(file);
            } catch (ProblemException e) {
                result = e.problem();
            }
            progress.update("reading posts", done.incrementAndGet(), files.size());
            return result;
        });
        List<Post> published = new ArrayList<>();
        int skipped = 0;
        for (Object result : results) {
            if (result instanceof Problem problem) {
                problems.add(config.keepGoing() ? Problem.warning(problem.file(), problem.line(), "skipped: " + problem.message(), problem.hint()) : problem);
                skipped++;
            } else {
                Post post = (Post) result;
                if (post.draft() || post.published().isAfter(config.now())) skipped++;
                else published.add(post);
            }
        }
        skipped += removeDuplicates(published, problems);
        published.sort(Comparator.comparing(Post::published).reversed().thenComparing(Post::slug));
        return new Posts(published, skipped);
    }

    /** Two posts with one URL: an error naming both files. */
    private int removeDuplicates(List<Post> posts, List<Problem> problems) {
        Map<String, Post> byPath = new HashMap<>();
        List<Post> duplicates = new ArrayList<>();
        for (Post post : posts) {
            String path = Permalinks.path(config.site(), post);
            Post first = byPath.putIfAbsent(path, post);
            if (first != null) {
                duplicates.add(post);
                Problem p = Problem.error(post.file(), 0, "this post has the same URL (" + path + ") as " + first.file(),
                        "give one of them another slug ('slug: ...' in its front matter) or rename its file");
                problems.add(config.keepGoing() ? Problem.warning(p.file(), 0, "skipped: " + p.message(), p.hint()) : p);
            }
        }
        posts.removeAll(duplicates);
        return duplicates.size();
    }

    private Map<String, Card> makeCards(List<Post> posts, List<Problem> problems) {
        CardMaker maker = new CardMaker(config.cards());
        List<Post> withImages = posts.stream().filter(p -> p.image() != null && p.image().file() != null).toList();
        AtomicInteger done = new AtomicInteger();
        List<Object> results = Parallel.map(withImages, post -> {
            Object result;
            Path source = post.image().file();
            try {
                byte[] jpeg = maker.fromImage(source);
                result = new Card(post.slug(), "cards/" + post.slug() + ".jpg", config.cards().width(), config.cards().height(), jpeg,
                        config.content().toAbsolutePath().normalize().relativize(source).toString().replace('\\', '/'));
            } catch (IOException | RuntimeException e) {
                result = Problem.error(post.file(), 0, "cannot make a card from '" + post.image().declared() + "': " + e.getMessage(),
                        "use a JPEG, PNG, GIF or WebP image");
            }
            progress.update("making cards", done.incrementAndGet(), withImages.size());
            return result;
        });
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Object result : results) {
            if (result instanceof Card card) cards.put(card.slug(), card);
            else problems.add(config.keepGoing() ? asWarning((Problem) result) : (Problem) result);
        }
        return cards;
    }

    private static Problem asWarning(Problem p) {
        return Problem.warning(p.file(), p.line(), p.message(), p.hint());
    }

    private List<FeedSet> feedSets(List<Post> posts, Map<String, Card> cards) {
        int limit = config.feeds().limit() == 0 ? posts.size() : Math.min(config.feeds().limit(), posts.size());
        List<Post> shown = posts.subList(0, limit);
        Renderer renderer = new Renderer(config.site());
        AtomicInteger done = new AtomicInteger();
        List<RenderedPost> rendered = Parallel.map(shown, post -> {
            RenderedPost r = renderer.render(post);
            progress.update("rendering", done.incrementAndGet(), shown.size());
            return r;
        });
        List<Entry> entries = new ArrayList<>();
        for (RenderedPost r : rendered) entries.add(new Entry(r, cardImage(r.post(), cards.get(r.post().slug()))));
        return List.of(new FeedSet("", config.site().title(), config.site().description(), null, entries));
    }

    private CardImage cardImage(Post post, Card card) {
        if (card != null) {
            return new CardImage(config.site().resolve("cards/" + Permalinks.encodeSegment(post.slug()) + ".jpg"),
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
