/**
 * The first stage, reading posts: finds the post files in the content folder ({@link
 * dev.feedcard.content.ContentScanner}), splits front matter from Markdown and reads its fields as the common
 * generators write them ({@link dev.feedcard.content.PostReader}), into {@link dev.feedcard.content.Post}s; dates,
 * languages, featured images and file names are read here, a Jekyll site's front matter defaults ({@link
 * dev.feedcard.content.JekyllConfig}) applied, and which posts are translations of one another ({@link
 * dev.feedcard.content.Translations}) worked out; a title, description or alt text written with HTML becomes the text
 * a browser shows for it here, once ({@link dev.feedcard.content.HtmlText}).
 *
 * <p>Public surface: {@code ContentScanner}, {@code PostFile}, {@code PostReader}, {@code Post}, {@code PostBody},
 * {@code FeaturedImage}, {@code Sharing}, {@code Dates}, {@code FileNames}, {@code FolderListings}, {@code Keys},
 * {@code Translations}, {@code HtmlText} and {@code JekyllConfig} (which init reads too).
 *
 * <p>Depends on config, report and cache (file stamps and fingerprints) only; it must not depend on the later stages (render, card, meta, feed, pages,
 * output, build, preview, cli) nor on init.
 */
package dev.feedcard.content;
