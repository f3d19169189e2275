package dev.feedcard.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One piece of advice with the posts it concerns, printed on one line instead of once per post: how many posts,
 * and the first few of them by file name.
 *
 * @param files the files the advice concerns, in file-name order
 */
public record AdviceGroup(String message, String hint, List<String> files) {
    /** How many files a group names before it says how many more there are. */
    public static final int NAMED = 3;

    public AdviceGroup {
        files = List.copyOf(files);
    }

    /** The advice among {@code problems}, grouped by message and hint: the group of the most posts first (then by message). */
    public static List<AdviceGroup> of(List<Problem> problems) {
        Map<List<String>, TreeSet<String>> groups = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.isAdvice()) groups.computeIfAbsent(List.of(p.message(), p.hint()), k -> new TreeSet<>()).add(p.file());
        }
        List<AdviceGroup> result = new ArrayList<>();
        groups.forEach((key, files) -> result.add(new AdviceGroup(key.get(0), key.get(1), new ArrayList<>(files))));
        result.sort(Comparator.comparingInt((AdviceGroup g) -> -g.files().size()).thenComparing(AdviceGroup::message));
        return result;
    }

    /** How many files the advice among {@code problems} concerns, each counted once. */
    public static int filesAdvised(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isAdvice).map(Problem::file).distinct().count();
    }

    /** The part of a summary line about advice: "advice on 412 posts", or "" without advice. */
    public static String summary(List<Problem> problems) {
        int n = filesAdvised(problems);
        return n == 0 ? "" : "advice on " + n + (n == 1 ? " post" : " posts");
    }

    /** {@code advice: message (412 posts: a.md, b.md, c.md and 409 more)}. */
    public String headline() {
        StringBuilder sb = new StringBuilder("advice: ").append(message).append(" (").append(files.size())
                .append(files.size() == 1 ? " post: " : " posts: ");
        for (int i = 0; i < Math.min(NAMED, files.size()); i++) sb.append(i == 0 ? "" : ", ").append(Problem.visible(files.get(i)));
        if (files.size() > NAMED) sb.append(" and ").append(files.size() - NAMED).append(" more");
        return sb.append(')').toString();
    }

    /** One line, as {@link Problem#format()}: the headline, then the hint in brackets. */
    public String format() {
        return headline() + (hint != null && !hint.isEmpty() ? " (" + hint + ')' : "");
    }

    /** For a terminal, as {@link Problem#formatForTerminal()}: the headline, then the hint on an indented line. */
    public String formatForTerminal() {
        return headline() + (hint != null && !hint.isEmpty() ? System.lineSeparator() + "    " + hint : "");
    }
}
