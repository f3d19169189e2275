package dev.feedcard.feed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedPathsTest {
    @Test
    void spellingsOfOneTagShareOneSlug() {
        for (String tag : List.of("Deep Learning", "deep learning", "deep-learning", "  DEEP   LEARNING ")) {
            assertEquals("deep-learning", FeedPaths.slug(tag), tag);
        }
    }

    @Test
    void aTagIsItsOwnKeyOnlyWhenNothingInItWouldBeNormalised() {
        for (String tag : List.of("deep-learning", "c++", "node.js", "2024", "a_b")) assertEquals(tag, FeedPaths.tagKey(tag), tag);
        assertEquals("deep-learning", FeedPaths.tagKey("Deep Learning"));
        assertEquals("deep-learning", FeedPaths.tagKey("deep\tlearning "));
        assertEquals("caf\u00e9", FeedPaths.tagKey("Caf\u0065\u0301"));
        assertEquals("\u65e5\u672c\u8a9e", FeedPaths.tagKey("\u65e5\u672c\u8a9e"));
    }

    @Test
    void lettersOfAnyScriptAreKeptAndPercentEncodedInUrls() {
        assertEquals("日本語", FeedPaths.slug("日本語"));
        assertEquals("café", FeedPaths.slug("Caf\u0065\u0301"), "combining accents are composed (NFC)");
        assertEquals("tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/atom.xml", FeedPaths.urlPath("tags/日本語/atom.xml"));
        assertEquals("c++", FeedPaths.slug("C++"));
        assertEquals("node.js", FeedPaths.slug("Node.js"));
        assertEquals("tags/c%2B%2B/", FeedPaths.urlPath("tags/c++/"));
    }

    @Test
    void aSlugThatLostCharactersCarriesAHashSoTagsCannotMeet() {
        String sharp = FeedPaths.slug("C#");
        String slash = FeedPaths.slug("c/");
        assertTrue(sharp.matches("c-[0-9a-f]{8}"), sharp);
        assertTrue(slash.matches("c-[0-9a-f]{8}"), slash);
        assertNotEquals(sharp, slash);
        assertNotEquals("c", sharp);
        assertEquals(sharp, FeedPaths.slug("c#"), "one tag, one slug, whatever else the site has");
        assertTrue(FeedPaths.slug("../etc").matches("etc-[0-9a-f]{8}"), "no path can climb out of tags/");
        assertTrue(FeedPaths.slug("???").matches("tag-[0-9a-f]{8}"), "a tag of symbols only still gets a folder");
        assertTrue(FeedPaths.slug(".hidden").matches("hidden-[0-9a-f]{8}"), "no hidden folders");
    }

    @Test
    void longTagsAreCutAndMadeUnique() {
        String a = "a".repeat(100);
        String b = "a".repeat(99) + "b";
        assertTrue(FeedPaths.slug(a).length() <= FeedPaths.MAX_LENGTH + 9);
        assertNotEquals(FeedPaths.slug(a), FeedPaths.slug(b));
    }

    @Test
    void aHashCollisionFallsBackToTheWholeHash() {
        Map<String, String> folders = FeedPlan.tagFolders(List.of("c#", "c-" + FeedPaths.slug("c#").substring(2)));
        assertEquals(2, folders.values().stream().distinct().count(), folders.toString());
    }
}
