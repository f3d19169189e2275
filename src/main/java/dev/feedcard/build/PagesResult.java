package dev.feedcard.build;

/**
 * What {@code --pages} did to the site generator's pages.
 *
 * @param written pages whose head changed
 * @param unchanged pages that already had their tags
 * @param leftAlone pages that are not UTF-8 HTML, or could not be written
 * @param notFound posts whose page was not found
 */
public record PagesResult(int written, int unchanged, int leftAlone, int notFound) {
}
