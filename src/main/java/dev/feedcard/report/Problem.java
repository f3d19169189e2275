package dev.feedcard.report;

/**
 * Something wrong with the input, found by any stage and printed by the command line.
 *
 * @param file the file concerned, relative to the content folder ("" for the whole build)
 * @param line the 1-based line in that file, or 0 when no line applies
 * @param message what is wrong
 * @param hint what to do about it
 */
public record Problem(Severity severity, String file, int line, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, message, hint);
    }

    public static Problem warning(String file, int line, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line in the style of compilers: {@code file:line: error: message (hint)}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) sb.append(file).append(line > 0 ? ":" + line : "").append(": ");
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (hint != null && !hint.isEmpty()) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
