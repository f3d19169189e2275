package dev.feedcard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The tuned JVM's class-data archive: the classes a build loads (feedcard's, its libraries' and the JDK's), as the
 * JVM left them after reading and checking them, in a file the next JVM maps instead of doing that again (HotSpot's
 * static CDS archive, made from a list of the classes a build loaded). It is a static archive rather than the dynamic
 * one a JVM can write as it exits because Java 17 leaves classes compiled for Java 5 out of a dynamic archive, and
 * picocli's 175 are: with them archived, a 10,000-post rebuild's second JVM took 0.66 s instead of 0.70 s.
 * <p>
 * It is kept per user, in {@code $XDG_CACHE_HOME/feedcard} or {@code ~/.cache/feedcard}, named after the jar (its
 * path, size and time) and the Java, so another feedcard or another Java has its own. A JVM given an archive it cannot
 * use runs without it, silently. The archive is never made by the user's build: after the first build with a jar and
 * a Java, a JVM of its own builds a small blog ({@link ClassDataRun}) and lists the classes it loaded, and another
 * makes the archive of them (about three seconds, once); their output is dropped, and when either fails, a note keeps
 * the next builds from trying again. Where the environment says it is a CI job ({@code CI} set, as GitHub Actions,
 * GitLab and most others do), none is made, since the machine is thrown away after the job; one already there is used.
 */
final class ClassDataArchive {
    private static final String PART = ".part";
    private static final String FAILED = ".failed";
    /** The classes the small blog's builds loaded, listed for the JVM that makes the archive of them. */
    private static final String CLASS_LIST = ".classlist";
    /** A partly made archive older than this was left by a JVM that was killed: removed. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    /** An archive made longer ago than this is removed when another is made: each jar and Java leaves one. */
    private static final Duration OUTDATED = Duration.ofDays(30);
    private static final long MAKING_TIMEOUT_SECONDS = 120;
    /** The JVM's notes about archives (a class it cannot archive, an archive it cannot use) stay out of feedcard's output. */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path*=off");

    private final Path archive;
    private final boolean ci;

    private ClassDataArchive(Path archive, boolean ci) {
        this.archive = archive;
        this.ci = ci;
    }

    /**
     * The archive for feedcard's {@code jar} run by the Java in {@code javaHome} (version {@code javaVersion}), whether
     * it is made yet or not; null when there is nowhere to keep one.
     */
    static ClassDataArchive of(Path jar, Path javaHome, String javaVersion, Map<String, String> env, String userHome) {
        Path folder = folder(env, userHome);
        if (folder == null) return null;
        String identity;
        try {
            identity = String.join("\n", jar.toAbsolutePath().toString(), String.valueOf(Files.size(jar)),
                    String.valueOf(Files.getLastModifiedTime(jar).toMillis()), javaHome.toString(), javaVersion);
        } catch (IOException e) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        return new ClassDataArchive(folder.resolve("classes-" + Long.toHexString(crc.getValue()) + "-" + identity.length() + ".jsa"), isCi(env));
    }

    /** The JVM options that use the archive; none while it is not made. */
    List<String> options() {
        if (!Files.isRegularFile(archive)) return List.of();
        List<String> options = new ArrayList<>();
        options.add("-XX:SharedArchiveFile=" + archive);
        options.addAll(QUIET);
        return options;
    }

    /**
     * Makes the archive, unless it is made, was tried without success, or this is a CI job: runs {@link ClassDataRun}
     * in a JVM started as {@code tunedJvm} (the tuned JVM's command up to its class path) that lists the classes it
     * loads, then a JVM started the same way that archives them; {@code starting} is told just before, once the folder
     * to keep it in is there.
     */
    void makeIfMissing(List<String> tunedJvm, Path jar, Runnable starting) {
        if (ci || Files.exists(archive) || Files.exists(failed())) return;
        Path making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + PART);
        Path classList = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + CLASS_LIST + PART);
        try {
            Files.createDirectories(archive.getParent());
            removeAbandoned(archive.getParent());
            starting.run();
            List<String> listing = new ArrayList<>(tunedJvm);
            listing.add("-XX:DumpLoadedClassList=" + classList);
            listing.addAll(List.of("-cp", jar.toString(), ClassDataRun.class.getName()));
            List<String> dumping = new ArrayList<>(tunedJvm);
            dumping.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + making));
            dumping.addAll(QUIET);
            dumping.addAll(List.of("-cp", jar.toString()));
            if (succeeds(listing) && succeeds(dumping) && Files.isRegularFile(making)) {
                Files.move(making, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else if (!Thread.currentThread().isInterrupted()) {
                Files.writeString(failed(), "this Java could not make a class-data archive of feedcard; delete this file to try again\n");
            }
        } catch (IOException e) {
            // tried again next time
        } finally {
            try {
                Files.deleteIfExists(making);
                Files.deleteIfExists(classList);
            } catch (IOException e) {
                // removed as abandoned later
            }
        }
    }

    /**
     * Runs {@code command}, its output dropped, and tells whether it exited with 0 in time; stopped with this JVM (Ctrl-C),
     * or when this thread is interrupted.
     */
    private static boolean succeeds(List<String> command) throws IOException {
        Process java = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread stop = new Thread(java::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            boolean exited = java.waitFor(MAKING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!exited) java.destroyForcibly();
            return exited && java.exitValue() == 0;
        } catch (InterruptedException e) {
            java.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // this JVM is stopping, and the hook stops the other one: as if interrupted, so no failure is noted
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path failed() {
        return archive.resolveSibling(archive.getFileName() + FAILED);
    }

    Path archive() {
        return archive;
    }

    private static Path folder(Map<String, String> env, String userHome) {
        String cache = env.get("XDG_CACHE_HOME");
        if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) return Path.of(cache, "feedcard");
        if (userHome == null || userHome.isBlank() || userHome.equals("?")) return null;
        return Path.of(userHome, ".cache", "feedcard");
    }

    private static boolean isCi(Map<String, String> env) {
        String ci = env.get("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Removes what is left of others: archives partly made by a JVM that was killed, and archives (and notes) of jars
     * and Javas made so long ago that they are most likely gone (one still in use is made again).
     */
    private static void removeAbandoned(Path folder) throws IOException {
        FileTime partsBefore = FileTime.from(Instant.now().minus(ABANDONED));
        FileTime archivesBefore = FileTime.from(Instant.now().minus(OUTDATED));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "classes-*")) {
            for (Path file : files) {
                FileTime before = file.getFileName().toString().endsWith(PART) ? partsBefore : archivesBefore;
                if (Files.getLastModifiedTime(file).compareTo(before) < 0) Files.deleteIfExists(file);
            }
        }
    }
}
