package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.card.CardMaker;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.meta.ShareCheck;
import dev.feedcard.pages.BuiltPages;
import dev.feedcard.pages.TagSnippet;
import dev.feedcard.render.GeneratorSyntax;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code feedcard check}: reads every post (drafts and future posts too, they will be shared one day) and reports
 * what would go wrong when it is built or shared, without decoding images or writing anything.
 */
public final class Checker {
    /**
     * What a check found.
     *
     * @param posts the post files looked at
     */
    public record Result(int posts, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The number of errors found. */
        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        /** The number of warnings found. */
        public long warnings() {
            return problems.size() - errors();
        }
    }

    private final Config config;
    private final Progress progress;

    /** A check of the posts {@code config} names, telling {@code progress} how far it is. */
    public Checker(Config config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    /** A post as read (null when it could not be) and what is wrong with it. */
    private record Checked(Post post, List<Problem> problems) {
    }

    /** Reads every post and checks it; writes nothing. */
    public Result check() {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(config.content())) {
            problems.add(Problem.error("", 0, "the content folder " + config.content() + " does not exist",
                    "pass the folder of your posts with --content DIR"));
            return new Result(0, problems);
        }
        ShareCheck share = new ShareCheck(config.cards());
        problems.addAll(share.settingsProblems());
        ContentScanner.Found scanned = ContentScanner.find(config.content(), config.feeds().languages(), null);
        problems.addAll(scanned.problems());
        List<PostFile> files = scanned.files();
        if (files.isEmpty()) {
            problems.add(Problem.error("", 0, "the content folder " + config.content() + " has no posts (no .md or .markdown files)",
                    "pass the folder of your posts with --content DIR"));
            return new Result(0, problems);
        }
        PostReader reader = new PostReader(config);
        problems.addAll(reader.problems());
        Renderer renderer = new Renderer(config.site());
        AtomicInteger done = new AtomicInteger();
        List<Checked> found = Cores.map(files, file -> {
            List<Problem> mine = new ArrayList<>();
            Post post = null;
            try {
                post = reader.read(file);
                mine.addAll(post.warnings());
                String summary = post.description().isBlank() ? renderer.summary(post) : post.description();
                mine.addAll(share.problems(post, summary));
                FeaturedImage image = post.image();
                if (image != null && image.unusable() != null) {
                    mine.add(CardMaker.unusableImage(post, image, image.unusable(), image.unusableHint(), config.keepGoing()));
                }
                Problem generatorSyntax = GeneratorSyntax.warning(post, null);
                if (generatorSyntax != null) mine.add(generatorSyntax);
            } catch (ProblemException e) {
                mine.add(e.problem());
            } catch (RuntimeException | StackOverflowError e) {
                mine.add(Problem.error(file.name(), 0, "feedcard could not read this post (" + e + ")",
                        "please report this as a feedcard bug with the file attached"));
            }
            progress.update("checking", done.incrementAndGet(), files.size());
            return new Checked(post, mine);
        });
        List<Post> published = new ArrayList<>();
        for (Checked c : found) {
            problems.addAll(c.problems());
            if (c.post() != null && !c.post().draft() && !c.post().published().isAfter(config.now())) published.add(c.post());
        }
        if (config.pages() != null) problems.addAll(checkPages(published));
        return new Result(files.size(), problems);
    }

    /**
     * {@code --pages}: each published post's built page against the tags the last build wrote for it (its
     * {@code meta/} snippet in the output folder), or, without one, against what every shared page needs.
     */
    private List<Problem> checkPages(List<Post> posts) {
        List<Problem> problems = new ArrayList<>();
        PagesStep pages = new PagesStep(config, progress);
        try {
            BuiltPages.Located located = pages.locate(posts, problems);
            Map<Post, List<HeadTag>> expected = new HashMap<>();
            for (BuiltPages.PostPage page : located.pages()) {
                Path snippet = config.out().resolve(OutputLayout.headTags(page.post().key()));
                if (Files.isRegularFile(snippet)) expected.put(page.post(), TagSnippet.parse(Files.readString(snippet, StandardCharsets.UTF_8)));
            }
            problems.addAll(pages.check(located, expected));
        } catch (IOException e) {
            problems.add(Problem.error("", 0, "cannot read the pages folder " + config.pages() + ": " + e.getMessage(), ""));
        }
        return problems;
    }
}
