package dev.feedcard.content;

/**
 * Jekyll Chirpy's {@code media_subpath} (older: {@code img_path}): the folder, from the site root, that a post's
 * media paths are below. One rule for the featured image and for the images in the post's text.
 */
public final class MediaSubpath {
    private MediaSubpath() {
    }

    /**
     * The path from the site root of {@code src} below {@code subpath}, as Chirpy writes it ("/posts/a" and
     * "shot.png" or "/shot.png" give "/posts/a/shot.png"); null when {@code subpath} is null or blank, or when
     * {@code src} is blank or a URL (has a ':', such as https: or data:, or starts with "//"), which stays as written.
     */
    public static String below(String subpath, String src) {
        if (subpath == null || subpath.isBlank() || src == null || src.isBlank()) return null;
        String path = src.strip();
        if (path.contains(":") || path.startsWith("//")) return null;
        return ("/" + subpath.strip() + "/" + path).replaceAll("/{2,}", "/");
    }
}
