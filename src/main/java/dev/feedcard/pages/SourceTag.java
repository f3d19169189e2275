package dev.feedcard.pages;

import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * A meta or link element of a built page and where its tag is in the page's text.
 *
 * @param start the index of its '<'
 * @param end the index after its '>'
 * @param keys what it is, in {@link TagKeys}' terms ("og:image", "alternate application/atom+xml"); may be empty
 */
record SourceTag(Element element, int start, int end, Set<String> keys) {
}
