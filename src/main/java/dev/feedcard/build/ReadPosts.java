package dev.feedcard.build;

import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.Fingerprint;
import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.FileNames;
import dev.feedcard.content.FolderListings;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.render.Permalinks;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import dev.feedcard.work.Cores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first stage: finds the post files and reads them (reusing the posts earlier builds read from the same
 * bytes), and decides which are published: not drafts, not future posts, not broken, not a duplicate.
 */
final class ReadPosts {
    /**
     * What the stage read.
     *
     * @param published the posts to publish, newest first
     * @param skipped drafts, future posts and (with keep-going) broken posts left out
     * @param found how many post files were found
     */
    record Posts(List<Post> published, int skipped, int found) {
        Posts {
            published = List.copyOf(published);
        }
    }

    private final Config config;
    private final Set<Product> products;
    private final DiskCache cache;
    private final Progress progress;

    /** @param cache where the posts earlier builds read are kept, or null when they are not */
    ReadPosts(Config config, Set<Product> products, DiskCache cache, Progress progress) {
        this.config = config;
        this.products = products;
        this.cache = cache;
        this.progress = progress;
    }

    /** The posts to publish; what is wrong with the others goes into {@code problems}. */
    Posts read(List<Problem> problems) {
        // the index of the posts earlier builds read is decoded while the content folder is listed
        Instant readingStarted = Instant.now();
        CompletableFuture<PostIndex> loading = cache == null ? null : Cores.inBackground(() -> new PostIndex(cache, config, readingStarted));
        FolderListings listings = cache == null ? null : FolderIndex.load(cache, config.content(), readingStarted);
        ContentScanner.Found scanned = ContentScanner.find(config.content(), config.feeds().languages(), listings);
        List<PostFile> files = scanned.files();
        if (listings != null) FolderIndex.keep(cache, config.content(), listings);
        PostIndex index = loading == null ? null : loading.join();
        PostReader reader = new PostReader(config);
        problems.addAll(reader.problems());
        AtomicInteger done = new AtomicInteger();
        List<Object> results = Cores.map(files, file -> {
            Object result;
            try {
                result = index == null ? reader.read(file) : read(reader, index, file);
            } catch (ProblemException e) {
                result = e.problem();
            } catch (RuntimeException | StackOverflowError e) {
                result = PostProblems.unexpected(file.name(), "read", e);
            }
            progress.update("reading posts", done.incrementAndGet(), files.size());
            return result;
        });
        List<Post> published = new ArrayList<>();
        int skipped = 0;
        for (Problem problem : scanned.problems()) {
            problems.add(skippedWhileScanning(problem));
            skipped++;
        }
        for (Object result : results) {
            if (result instanceof Problem problem) {
                problems.add(PostProblems.skippedIfKeepGoing(config.keepGoing(), problem));
                skipped++;
            } else {
                Post post = (Post) result;
                problems.addAll(post.warnings());
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
        String fingerprint = Fingerprint.of(bytes);
        Post earlier = index.get(file, fingerprint);
        if (earlier != null && reader.findsSameImage(earlier, file)) return earlier;
        Post post = reader.read(file, bytes);
        if (!reader.datedByItsFile(post, file)) index.put(post, file, fingerprint);
        return post;
    }

    /**
     * With keep-going, what kept a file or folder of the content folder from being read becomes a warning that says
     * its posts were left out, and that what earlier builds published for them goes, as for any post left out.
     */
    private Problem skippedWhileScanning(Problem p) {
        if (!config.keepGoing()) return p;
        boolean folder = p.file().endsWith("/");
        String leftOut = folder ? "the posts in it are left out" : "it is left out";
        String earlier = !products.contains(Product.CARDS) ? "" : ", and the cards and head tags earlier builds made for " + (folder ? "them" : "it") + " are removed";
        return Problem.asSkipped(Problem.error(p.file(), p.line(), p.message() + " (" + leftOut + earlier + ")", p.hint()));
    }

    /** A post's URL path, its URL, and the name of its card and head tags folded as macOS and Windows compare names. */
    private record Names(String path, String url, String files) {
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
        List<Names> names = Cores.map(posts, post -> {
            String path = Permalinks.path(config.site(), post);
            return new Names(path, config.site().urlOf(path), FileNames.folded(post.key()));
        });
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            Names name = names.get(i);
            Post sameUrl = byUrl.get(name.url());
            Post sameFiles = byFiles.get(name.files());
            String message;
            if (sameUrl != null) {
                message = "this post has the same URL (" + name.path() + ") as " + sameUrl.file();
            } else if (sameFiles != null) {
                message = "this post's card and head tags (" + OutputLayout.card(post.key()) + ", " + OutputLayout.headTags(post.key()) + ") would be the files of "
                        + sameFiles.file() + (sameFiles.key().equals(post.key()) ? ""
                        : " on macOS and Windows, which take names that differ only in case or Unicode form for one");
            } else {
                byUrl.put(name.url(), post);
                byFiles.put(name.files(), post);
                continue;
            }
            duplicates.add(post);
            problems.add(PostProblems.skippedIfKeepGoing(config.keepGoing(), Problem.error(post.file(), 0, message,
                    "give one of them another slug ('slug: ...' in its front matter) or rename its file")));
        }
        posts.removeAll(duplicates);
        return duplicates.size();
    }
}
