/**
 * The command line, the last layer: {@link dev.feedcard.cli.Main} and the {@code build}, {@code serve}, {@code check}
 * and {@code init} commands with their flags, what feedcard prints ({@code Console}), and the tuned
 * second JVM with its class-data archive ({@code TunedJvm}, {@code ClassDataArchive}).
 *
 * <p>Public surface: {@code Main} (the jar's entry point) and {@code ClassDataRun} (what the JVM making the archive
 * runs); the rest serves them.
 *
 * <p>Depends on build, preview, init, config, content, output and report; no package depends on it.
 */
package dev.feedcard.cli;
