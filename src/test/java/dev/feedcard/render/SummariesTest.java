package dev.feedcard.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummariesTest {
    private final Markdown markdown = new Markdown();

    private String summary(String description, String body) {
        return Summaries.of(description, markdown.parse(body));
    }

    @Test
    void descriptionWinsWhenItIsNotEmpty() {
        assertEquals("Given.", summary("Given.", "Some paragraph."));
    }

    @Test
    void skipsHeadingsListsCodeTablesImagesMathAndHtml() {
        String body = """
                # Heading
                - a list item
                ```
                code
                ```
                | a | b |
                |---|---|
                | c | d |

                ![alt text](x.png)

                <div>raw html</div>

                $$
                x^2
                $$

                The **first** paragraph with a [link](https://x.example) and `code` &amp; more.
                """;
        assertEquals("The first paragraph with a link and code & more.", summary("", body));
    }

    @Test
    void textBeforeTheMoreMarkerIsTheSummary() {
        assertEquals("One. Two.", summary("", "One.\n\nTwo.\n\n<!-- more -->\n\nThree."));
        assertEquals("One.", summary("", "One.\n\n<!--more-->\n\nThree."));
    }

    @Test
    void aPostWithoutParagraphsUsesWhateverTextItHas() {
        assertEquals("Title Only item", summary("", "# Title\n\n- Only item\n"));
    }

    @Test
    void longProseIsCutNear280Characters() {
        String s = summary("", "Lorem ipsum dolor sit amet. ".repeat(30));
        assertTrue(s.endsWith("…"));
        assertTrue(s.length() <= 280);
    }

    @Test
    void theDescriptionWinsAsThePlainTextItIs() {
        assertEquals("Tom &amp; Jerry — <b> is shown", summary("Tom &amp; Jerry — <b> is shown", "Body."),
                "a post's description is plain text already (HtmlText.shown): decoding it again would change what it says");
    }

    @Test
    void theMoreMarkerEndsTheSummaryInEverySpelling() {
        for (String marker : new String[]{"<!-- more -->", "<!--more-->", "<!--  more  -->"}) {
            assertEquals("First *one*. Second.".replace("*", ""), summary("", "First *one*.\n\nSecond.\n\n" + marker + "\n\nHidden.\n"), marker);
        }
        assertEquals("Intro sentence.", summary("", "Intro sentence. <!--more--> The rest of the paragraph.\n"));
    }

    @Test
    void aLongOpeningIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "supercalifragilistic ".repeat(30).strip();
        String s = summary("", text);
        assertTrue(s.endsWith("supercalifragilistic\u2026"), s);
        assertTrue(s.codePointCount(0, s.length()) <= Summaries.LENGTH, s);
    }

    @Test
    void entitiesAndMarkupNeverReachTheSummaryHalfWay() {
        String s = summary("", ("Fish &amp; chips with <em>salt</em> &mdash; and `code <b>` too. ").repeat(20));
        assertTrue(s.startsWith("Fish & chips with salt — and code <b> too."), s);
        assertTrue(!s.contains("&amp;") && !s.contains("<em"), s);
    }
}
