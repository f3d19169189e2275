package dev.feedcard.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aSkippedPostIsMarkedSoAndSaysSo() {
        Problem error = Problem.error("broken.md", 3, "'2024-13-45' is not a date", "write dates as 2024-05-01");
        Problem skipped = Problem.asSkipped(error);
        assertTrue(skipped.skipped());
        assertFalse(skipped.isError());
        assertFalse(error.skipped());
        assertFalse(Problem.warning("notes.md", 0, "skipped: is only a word here", "").skipped(), "the message does not make it skipped");
        assertEquals("broken.md:3: warning: skipped: '2024-13-45' is not a date (write dates as 2024-05-01)", skipped.format());
    }
}
