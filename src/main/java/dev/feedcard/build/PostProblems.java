package dev.feedcard.build;

import dev.feedcard.report.Problem;

/** The problems the stages find in one post, worded alike. */
final class PostProblems {
    private PostProblems() {
    }

    /** With keep-going, a post's error becomes a warning that says the post was left out. */
    static Problem skippedIfKeepGoing(boolean keepGoing, Problem p) {
        return keepGoing ? Problem.asSkipped(p) : p;
    }

    /** A failure feedcard did not foresee while handling one post: reported for that post, never a crash of the build. */
    static Problem unexpected(String file, String doing, Throwable e) {
        String what = e instanceof StackOverflowError ? "it is nested too deeply" : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Problem.error(file, 0, "feedcard could not " + doing + " this post (" + firstLine(what) + ")",
                "simplify the part of the post that looks unusual, and please report this as a feedcard bug with the file attached");
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }
}
