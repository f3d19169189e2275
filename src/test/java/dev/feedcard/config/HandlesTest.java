package dev.feedcard.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HandlesTest {
    @Test
    void anXHandleIsWrittenWithItsAtWhateverWayItWasGiven() {
        assertEquals("@jane_doe", Handles.twitter("jane_doe"));
        assertEquals("@jane_doe", Handles.twitter(" @jane_doe "));
        assertEquals("@jane", Handles.twitter("https://x.com/jane"));
        assertEquals("@jane", Handles.twitter("https://twitter.com/jane/"));
        assertNull(Handles.twitter("@this_is_far_too_long"), "X handles have at most 15 characters");
        assertNull(Handles.twitter("jane doe"));
        assertNull(Handles.twitter("https://example.com/jane"));
        assertNull(Handles.twitter(""));
    }

    @Test
    void aFediverseAccountIsUserAtServer() {
        assertEquals("@jane@mastodon.social", Handles.fediverse("@jane@mastodon.social"));
        assertEquals("@jane@mastodon.social", Handles.fediverse("jane@Mastodon.Social"));
        assertEquals("@jane@hachyderm.io", Handles.fediverse("https://hachyderm.io/@jane"));
        assertNull(Handles.fediverse("@jane"), "an account needs its server");
        assertNull(Handles.fediverse("jane@localhost"));
        assertNull(Handles.fediverse("http://hachyderm.io/@jane"));
        assertNull(Handles.fediverse(""));
    }
}
