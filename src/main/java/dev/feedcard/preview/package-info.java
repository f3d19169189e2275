/**
 * {@code feedcard serve} and the preview page, after the pipeline: the page that shows every published post's card,
 * feed-reader summary and shares on each platform ({@link dev.feedcard.preview.PreviewPage}, made from a build's
 * {@link dev.feedcard.build.SiteOutline}), the local server that sends the output folder as a production server
 * would ({@link dev.feedcard.preview.PreviewServer}), and the watch that rebuilds on a change ({@link
 * dev.feedcard.preview.ContentWatcher}).
 *
 * <p>Public surface: those three types.
 *
 * <p>Depends on build, meta and report; it must not depend on cli, which uses it.
 */
package dev.feedcard.preview;
