package dev.feedcard.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTextTest {
    @Test
    void theQuickLookForWhiteSpaceToCollapseAgreesWithThePattern() {
        java.util.regex.Pattern whiteSpace = java.util.regex.Pattern.compile("\\s+");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : List.of("a" + c + "b", "a " + c + "b", c + "a", "a" + c)) {
                assertEquals(!whiteSpace.matcher(s).replaceAll(" ").equals(s), HtmlText.collapsible(s), "U+" + Integer.toHexString(c) + " in '" + s + "'");
            }
        }
    }

    @Test
    void inlineMarkupIsLeftOutOfTheTextShown() {
        assertEquals("writing for action and flexibility", HtmlText.shown("writing for action <em>and</em> flexibility"));
        assertEquals("Bold move", HtmlText.shown("<strong>Bold</strong> move"));
        assertEquals("Click here", HtmlText.shown("Click <script>alert('x')</script>here"), "a script's code is no text");
        assertEquals("Two lines", HtmlText.shown("Two<br>lines"));
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertEquals("Tom & Jerry", HtmlText.shown("Tom &amp; Jerry"));
        assertEquals("Why <div> soup", HtmlText.shown("Why &lt;div&gt; soup"));
        assertEquals("&amp; is an ampersand", HtmlText.shown("&amp;amp; is an ampersand"));
        assertEquals("caf\u00e9 \u2014 \u00a9 2024", HtmlText.shown("caf&eacute; &mdash; &#169; 2024"));
    }

    @Test
    void textThatStartsNoEntityOrTagStaysAsWritten() {
        assertEquals("AT&T and R&D", HtmlText.shown("AT&T and R&D"));
        assertEquals("a < b && c > d", HtmlText.shown("a < b && c > d"));
        assertEquals("Llama 4's \"open\" weights", HtmlText.shown("Llama 4's \"open\" weights"));
    }

    @Test
    void whiteSpaceIsCollapsedAndForbiddenCharactersRemoved() {
        assertEquals("one two three", HtmlText.shown("  one\n\ttwo\u0001   three "));
        assertEquals("", HtmlText.shown(null));
    }

    @Test
    void tagsThatAreNoHtmlElementAreNamed() {
        assertEquals(List.of("<String>"), HtmlText.unknownTags("Why List<String> is invariant"));
        assertEquals(List.of(), HtmlText.unknownTags("<EM>Loud</EM> and <Strong>clear</Strong>"), "HTML's names in any case are known");
        assertEquals(List.of(), HtmlText.unknownTags("writing <em>and</em> <script>x()</script>"));
        assertEquals(List.of(), HtmlText.unknownTags("a < b"));
    }

    @Test
    void charactersXmlForbidsAreRemoved() {
        assertEquals("ab\tc\nd", HtmlText.xmlSafe("a\u0000b\t\u0001c\n\u000Bd\uFFFE"));
        assertEquals("x\uD83D\uDE00y", HtmlText.xmlSafe("x\uD83D\uDE00y\uD800"), "pairs kept, lone surrogates dropped");
        assertEquals("日本語\uD83D\uDE00 \uE000\uFFFDa\uDBFF\uDFFF", HtmlText.xmlSafe("日本語\uD83D\uDE00 \uE000\uFFFD\u0085a\uDC00\uDBFF\uDFFF\u007F"),
                "C1 controls, DEL and a lone low surrogate go; private use, U+FFFD and the last pair stay");
        String allowed = "# Title\r\n\tText, 日本語 \u00A0\uD83D\uDE00 \uFFFD.\n";
        assertSame(allowed, HtmlText.xmlSafe(allowed), "a text with nothing to remove is the same text");
    }

}
