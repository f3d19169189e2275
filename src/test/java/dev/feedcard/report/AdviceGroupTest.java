package dev.feedcard.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Advice for many posts comes out as one line per kind: how many posts, the first three by name, then how many more. */
class AdviceGroupTest {
    private static final String ALT = "the featured image has no alt text; the title stands in for it";
    private static final String DESCRIPTION = "the post has no description; shares show its opening text instead";

    @Test
    void adviceIsGroupedByKindLargestFirstWithTheFirstThreePostsByName() {
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.advice("solo.md", 0, ALT, "add alt text"));
        for (String name : List.of("e.md", "b.md", "d.md", "a.md", "c.md")) problems.add(Problem.advice(name, 0, DESCRIPTION, "add a description"));
        problems.add(Problem.advice("a.md", 0, DESCRIPTION, "add a description"));
        problems.add(Problem.warning("w.md", 3, "a warning", "hint"));

        List<AdviceGroup> groups = AdviceGroup.of(problems);
        assertEquals(List.of(
                "advice: " + DESCRIPTION + " (5 posts: a.md, b.md, c.md and 2 more) (add a description)",
                "advice: " + ALT + " (1 post: solo.md) (add alt text)"), groups.stream().map(AdviceGroup::format).toList());
        assertEquals("advice on 6 posts", AdviceGroup.summary(problems));
        assertEquals("", AdviceGroup.summary(List.of(Problem.warning("w.md", 3, "a warning", "hint"))));
    }

    @Test
    void aFileNameWithALineBreakStaysOnTheLine() {
        AdviceGroup group = AdviceGroup.of(List.of(Problem.advice("odd\nname.md", 0, ALT, ""))).get(0);
        assertEquals("advice: " + ALT + " (1 post: odd\\nname.md)", group.formatForTerminal());
    }
}
