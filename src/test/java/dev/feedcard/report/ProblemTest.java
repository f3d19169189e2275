package dev.feedcard.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {
    @Test
    void namesTheFileAndLineLikeACompiler() {
        Problem p = Problem.error("notes/leap.md", 3, "'2024-02-30' is not a date", "write dates as 2024-05-01");
        assertEquals("notes/leap.md:3: error: '2024-02-30' is not a date", p.headline());
        assertEquals("notes/leap.md:3: error: '2024-02-30' is not a date (write dates as 2024-05-01)", p.format());
        assertEquals("notes/leap.md:3: error: '2024-02-30' is not a date" + System.lineSeparator() + "    write dates as 2024-05-01",
                p.formatForTerminal());
    }

    @Test
    void leavesOutWhatDoesNotApply() {
        assertEquals("empty.md: warning: skipped: the file is empty", Problem.warning("empty.md", 0, "skipped: the file is empty", "").format());
        assertEquals("error: every post is broken", Problem.error("", 0, "every post is broken", null).formatForTerminal());
    }
}
