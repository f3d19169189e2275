package dev.feedcard.feed;

/** Which posts a feed holds: every post, the posts with one tag, or the posts in one language. */
public enum FeedKind {
    SITE, TAG, LANGUAGE
}
