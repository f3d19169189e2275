package dev.feedcard.content;

import java.net.URI;
import java.nio.file.Path;

/**
 * A post's featured image as its front matter declares it.
 *
 * @param declared the value written in the front matter
 * @param file the image file, when it was found inside the content folder; null otherwise
 * @param remote the image's URL, when the front matter gives an absolute http(s) URL; null otherwise
 * @param alt the alternative text given in the front matter, or null
 * @param focus where to crop around ("0.3,0.6", "top", "bottom-left"), or null for the centre
 * @param fit "cover" or "contain", or null for the site's default
 * @param line the front matter's line that declares the image, or 0 when it is not known
 * @param unusable why the declared image cannot be used (it does not exist, it leads out of the content folder...),
 *                 or null when it was found; such a post gets a drawn card, or stops the build without keep-going
 * @param unusableHint what to do about it, or null
 */
public record FeaturedImage(String declared, Path file, URI remote, String alt, String focus, String fit, int line, String unusable,
                            String unusableHint) {

    /** An image found (a file or a URL), its line not known. */
    public FeaturedImage(String declared, Path file, URI remote, String alt, String focus, String fit) {
        this(declared, file, remote, alt, focus, fit, 0, null, null);
    }
}
