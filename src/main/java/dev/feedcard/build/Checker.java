package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.pages.BuiltPages;
import dev.feedcard.pages.TagSnippet;
import dev.feedcard.report.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code feedcard check}: the build's own judgement, writing nothing. The posts go through the build's stages
 * ({@link Builder#judge()}: every image decoded, no card encoded), so check reports the problems a build with the
 * same options reports, in the same words and with the same severity, and finds an error exactly when the build
 * would stop.
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

        /** The number of warnings found (advice aside). */
        public long warnings() {
            return problems.stream().filter(Problem::isWarning).count();
        }
    }

    private final Config config;
    private final Progress progress;

    /** A check of the posts {@code config} names, telling {@code progress} how far it is. */
    public Checker(Config config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Judges the posts as a build would; writes nothing. */
    public Result check() throws IOException {
        Builder.Judged judged = new Builder(config, progress).judge();
        List<Problem> problems = new ArrayList<>(judged.problems());
        if (judged.pagesFound() != null) problems.addAll(checkPages(judged.pagesFound()));
        return new Result(judged.found(), problems);
    }

    /**
     * {@code --pages}: each published post's built page against the tags the last build wrote for it (its
     * {@code meta/} snippet in the output folder), or, without one, against what every shared page needs.
     */
    private List<Problem> checkPages(BuiltPages.Located located) {
        List<Problem> problems = new ArrayList<>();
        try {
            Map<Post, List<HeadTag>> expected = new HashMap<>();
            for (BuiltPages.PostPage page : located.pages()) {
                Path snippet = config.out().resolve(OutputLayout.headTags(page.post().key()));
                if (Files.isRegularFile(snippet)) expected.put(page.post(), TagSnippet.parse(Files.readString(snippet, StandardCharsets.UTF_8)));
            }
            problems.addAll(new PagesStep(config, progress).check(located, expected));
        } catch (IOException e) {
            problems.add(Problem.error("", 0, "cannot read the head tags the last build wrote into " + config.out() + ": " + e.getMessage(), ""));
        }
        return problems;
    }
}
