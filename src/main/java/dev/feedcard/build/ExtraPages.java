package dev.feedcard.build;

import java.util.Map;

/**
 * Pages made from what a build published (such as the preview page), handed to the {@link Builder} so that they
 * are written, recorded and replaced together with the build's own files.
 */
@FunctionalInterface
public interface ExtraPages {
    /**
     * No pages, and no use for the outline of what was published: a build given this (with --feeds-only, and without
     * --pages) does not gather the outline, a tenth of a second at ten thousand posts.
     */
    ExtraPages NONE = new ExtraPages() {
        @Override
        public Map<String, byte[]> files(SiteOutline outline) {
            return Map.of();
        }

        @Override
        public boolean needsOutline() {
            return false;
        }
    };

    /** The files to add, by their path in the output folder. */
    Map<String, byte[]> files(SiteOutline outline);

    /** Whether {@link #files} needs the outline: false only when there are no pages to make. */
    default boolean needsOutline() {
        return true;
    }
}
