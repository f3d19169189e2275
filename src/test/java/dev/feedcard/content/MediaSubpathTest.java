package dev.feedcard.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Chirpy's media_subpath rule: which paths go below it, and how they are joined. */
class MediaSubpathTest {
    @Test
    void aPathThatIsNotAUrlGoesBelowTheSubpathFromTheSiteRoot() {
        assertEquals("/assets/img/post-a/shot.png", MediaSubpath.below("/assets/img/post-a", "shot.png"));
        assertEquals("/assets/img/post-a/shot.png", MediaSubpath.below("assets/img/post-a/", "/shot.png"), "a leading '/' too, as Chirpy does");
        assertEquals("/assets/img/post-a/sub/shot.png", MediaSubpath.below(" /assets/img/post-a ", "sub/shot.png"));
        assertEquals("/assets/img/post-a/shot%20one.png?v=2", MediaSubpath.below("/assets/img/post-a", "shot%20one.png?v=2"));
    }

    @Test
    void urlsAndPostsWithoutASubpathAreLeftAlone() {
        assertNull(MediaSubpath.below("/m", "https://cdn.example.net/a.png"));
        assertNull(MediaSubpath.below("/m", "//cdn.example.net/a.png"));
        assertNull(MediaSubpath.below("/m", "data:image/png;base64,iVBORw0KGgo="));
        assertNull(MediaSubpath.below("/m", " "));
        assertNull(MediaSubpath.below("", "shot.png"));
        assertNull(MediaSubpath.below(null, "shot.png"));
    }
}
