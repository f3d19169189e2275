package dev.feedcard.report;

import java.util.Locale;

/**
 * Something wrong with the input, found by any stage and printed by the command line.
 *
 * @param file the file concerned, relative to the content folder ("" for the whole build)
 * @param line the 1-based line in that file, or 0 when no line applies
 * @param message what is wrong
 * @param hint what to do about it
 * @param skipped the problem left its post out of the build (with keep-going), as the message says
 */
public record Problem(Severity severity, String file, int line, String message, String hint, boolean skipped) {

    /**
     * An error stops a build (or, with --keep-going, skips the post); a warning only informs; advice (what would make
     * a share better, such as alt text) is listed grouped and counted ({@link AdviceGroup}), and fails only
     * {@code check --strict}.
     */
    public enum Severity { ERROR, WARNING, ADVICE }

    /** How the message of a post left out begins. */
    private static final String SKIPPED = "skipped: ";

    /** A problem that left nothing out. */
    public Problem(Severity severity, String file, int line, String message, String hint) {
        this(severity, file, line, message, hint, false);
    }

    /** An error in {@code file} at {@code line} (0 when there is no line), with what to do about it. */
    public static Problem error(String file, int line, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, message, hint);
    }

    /** A warning in {@code file} at {@code line} (0 when there is no line), with what to do about it. */
    public static Problem warning(String file, int line, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, message, hint);
    }

    /**
     * Advice for {@code file}: its {@code message} and {@code hint} are the same for every post it concerns, so that
     * the posts are listed under one line.
     */
    public static Problem advice(String file, int line, String message, String hint) {
        return new Problem(Severity.ADVICE, file, line, message, hint);
    }

    /** {@code problem}, which left its post out of the build (with keep-going): a warning whose message says so. */
    public static Problem asSkipped(Problem problem) {
        return new Problem(Severity.WARNING, problem.file(), problem.line(), SKIPPED + problem.message(), problem.hint(), true);
    }

    /** Whether this problem is an error rather than a warning. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether this problem is advice rather than an error or a warning. */
    public boolean isAdvice() {
        return severity == Severity.ADVICE;
    }

    /** Whether this problem is a warning. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** One line in the style of compilers: {@code file:line: error: message (hint)}. */
    public String format() {
        return headline() + (hint != null && !hint.isEmpty() ? " (" + hint + ')' : "");
    }

    /** The problem without its hint: {@code file:line: error: message}. */
    public String headline() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) sb.append(visible(file)).append(line > 0 ? ":" + line : "").append(": ");
        return sb.append(severity.name().toLowerCase(Locale.ROOT)).append(": ").append(message).toString();
    }

    /**
     * {@code text} with its control characters written out (a line break as a backslash and n, a tab as a backslash and t, others as a backslash, u and four hex digits),
     * so that a file name or slug that holds them shows on one line, as what it is.
     */
    public static String visible(String text) {
        if (text.codePoints().noneMatch(Character::isISOControl)) return text;
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) sb.append(String.format("\\u%04x", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }

    /** For a terminal: the headline, then what to do on an indented line of its own. */
    public String formatForTerminal() {
        return headline() + (hint != null && !hint.isEmpty() ? System.lineSeparator() + "    " + hint : "");
    }
}
