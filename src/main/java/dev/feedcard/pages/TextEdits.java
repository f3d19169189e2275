package dev.feedcard.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Takes tags out of a page's text without leaving blank lines or stray indentation behind. */
final class TextEdits {
    private TextEdits() {
    }

    /**
     * The text without the given ranges. Ranges only spaces or tabs apart are taken out as one run, with those
     * spaces; a run that is alone on its line takes its whole line with it (indentation and line break).
     */
    static String remove(String text, List<int[]> ranges) {
        if (ranges.isEmpty()) return text;
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> runs = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && onlyBlanks(text, last[1], r[0])) last[1] = Math.max(last[1], r[1]);
            else runs.add(new int[]{r[0], r[1]});
        }
        StringBuilder sb = new StringBuilder(text.length());
        int copied = 0;
        for (int[] run : runs) {
            int start = run[0];
            int end = run[1];
            Layout.LineStart line = Layout.lineStartBefore(text, start);
            Layout.LineBreak lineBreak = Layout.lineBreakAfter(text, end);
            if (line != null && lineBreak != null) {
                start = line.start();
                end = lineBreak.end();
            }
            start = Math.max(start, copied);
            sb.append(text, copied, start);
            copied = Math.max(copied, end);
        }
        sb.append(text, copied, text.length());
        return sb.toString();
    }

    private static boolean onlyBlanks(String text, int from, int to) {
        if (from > to) return true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }
}
