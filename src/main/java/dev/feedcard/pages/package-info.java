/**
 * The pages stage ({@code --pages}): finds each post's page in the folder the site generator built and puts the
 * post's head tags into it, editing only the head's text and leaving every other byte as it was ({@link
 * dev.feedcard.pages.BuiltPages}); {@code check --pages} reads the pages the way a sharer's crawler does ({@link
 * dev.feedcard.pages.PageChecker}).
 *
 * <p>Public surface: {@code BuiltPages} (with its {@code Located} and {@code Patched} results), {@code PageFinder},
 * {@code TagSnippet} and {@code UnusablePageException}.
 *
 * <p>Depends on config, content, render, meta, output and report; it must not depend on feed nor on the later
 * stages (build, preview, cli).
 */
package dev.feedcard.pages;
