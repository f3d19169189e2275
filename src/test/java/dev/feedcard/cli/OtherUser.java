package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * feedcard run in a process of its own, as user {@code nobody} when the tests run as root: root reads a folder
 * whatever its mode, so only another user sees an unreadable folder as a person would. When the tests do not run as
 * root, the process runs as the same user, for whom a folder's mode already counts.
 */
final class OtherUser {
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final String NOBODY = "65534";
    private static String classPath;

    private OtherUser() {
    }

    /**
     * Makes {@code dir} and everything in it the other user's, so that feedcard run by it can read and write there;
     * {@code dir}'s own folder must let it in (a test's temporary folder is made searchable by all).
     */
    static void give(Path dir) {
        if (!ROOT) return;
        try {
            Files.setPosixFilePermissions(dir.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command("chown", "-R", NOBODY + ":" + NOBODY, dir.toString());
    }

    /** Sets a file's or folder's mode ({@code chmod}), such as "000" for one nobody but root may read. */
    static void chmod(Path path, String mode) {
        command("chmod", mode, path.toString());
    }

    /** Starts feedcard with {@code args}, its output and errors written to {@code out} and {@code err}. */
    static Process start(Path out, Path err, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        if (ROOT) command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        command.addAll(List.of(java.toString(), "-Dfeedcard.tunedJvm=false", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Xshare:off", "-cp", classPath(), "dev.feedcard.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Runs feedcard with {@code args} to its end (five minutes at most) and returns what it printed and its exit code. */
    static TestBlog.Run run(String... args) throws Exception {
        Path out = Files.createTempFile("feedcard-out", ".txt");
        Path err = Files.createTempFile("feedcard-err", ".txt");
        try {
            Process process = start(out, err, args);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("feedcard did not finish: " + Files.readString(err));
            }
            return new TestBlog.Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The tests' class path; as root, hard links to (or copies of) its files in a folder every user may read, since
     * the originals may be in root's home.
     */
    private static synchronized String classPath() throws IOException {
        String original = System.getProperty("java.class.path");
        if (!ROOT) return original;
        if (classPath == null) {
            Path folder = Files.createTempDirectory("feedcard-classpath");
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : original.split(File.pathSeparator)) {
                Path from = Path.of(entry);
                if (!Files.exists(from)) continue;
                Path to = folder.resolve(n++ + (Files.isDirectory(from) ? "" : ".jar"));
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : walk.toList()) {
                        Path target = to.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            // a link shares the original's mode: only one every user may read will do
                            boolean readable = Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
                            try {
                                if (!readable) throw new IOException("not readable by all");
                                Files.createLink(target, p);
                            } catch (IOException | UnsupportedOperationException e) {
                                Files.copy(p, target);
                                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                            }
                        }
                    }
                }
                entries.add(to.toString());
            }
            command("find", folder.toString(), "-type", "d", "-exec", "chmod", "a+rx", "{}", "+");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> command("rm", "-rf", folder.toString())));
            classPath = String.join(File.pathSeparator, entries);
        }
        return classPath;
    }

    private static void command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + ": " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
