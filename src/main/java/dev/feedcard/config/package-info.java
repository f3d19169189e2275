/**
 * Settings, the first layer under every stage: the configuration file and the flags read once into {@link
 * dev.feedcard.config.Config}, with typed groups for each stage ({@link dev.feedcard.config.Site}, {@link
 * dev.feedcard.config.ContentSettings}, {@link dev.feedcard.config.CardSettings}, {@link
 * dev.feedcard.config.FeedSettings}, {@link dev.feedcard.config.OutputSettings}), each declared once in {@link
 * dev.feedcard.config.Setting}; and {@link dev.feedcard.config.OutputLayout}, which names every path feedcard writes in
 * the output folder.
 *
 * <p>Public surface: {@code Config}, {@code ConfigFile} (reads {@code feedcard.yml} and the flags), {@code Setting},
 * {@code Settings}, the settings records above, {@code Handles} (social accounts as head tags write them), {@code OutputLayout},
 * {@code Version} and {@code ConfigException}.
 *
 * <p>Depends on no other feedcard package; every other package may depend on it.
 */
package dev.feedcard.config;
