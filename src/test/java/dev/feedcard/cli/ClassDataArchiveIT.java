package dev.feedcard.cli;

import dev.feedcard.config.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataArchiveIT {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final String JAVA_VERSION = System.getProperty("java.vm.version");
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path*=off");

    @Test
    void anArchiveIsUsedOnceItIsThereAndKeptPerJarAndJava(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, env, "/home/nobody");
        Path archive = classData.archive();
        assertEquals(dir.resolve("cache/feedcard"), archive.getParent(), "kept in $XDG_CACHE_HOME/feedcard");
        assertEquals(List.of(), classData.options(), "none yet");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "an archive");
        List<String> expected = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        expected.addAll(QUIET);
        assertEquals(expected, classData.options(), "used, the JVM's notes about it kept out of the output");

        assertNotEquals(archive, ClassDataArchive.of(jar, JAVA_HOME, "17.0.99+1", env, null).archive(), "another Java");
        assertNotEquals(archive, ClassDataArchive.of(jar, Path.of("/opt/other-java"), JAVA_VERSION, env, null).archive());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2024-05-01T00:00:00Z")));
        assertNotEquals(archive, ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, env, null).archive(), "the jar replaced");
        assertEquals(dir.resolve("home/.cache/feedcard"),
                ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of(), dir.resolve("home").toString()).archive().getParent(),
                "~/.cache/feedcard without XDG_CACHE_HOME");
        assertNull(ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of(), null), "nowhere to keep one");
    }

    @Test
    void theArchiveIsMadeByAJvmOfItsOwnAndAFailureIsNotTriedAgain(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.toString());
        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, env, null);
        Path runs = dir.resolve("runs");
        List<String> writes = standIn(runs, "exit 0");
        List<String> told = new ArrayList<>();
        classData.makeIfMissing(writes, jar, () -> told.add("starting"));
        assertEquals("archive of: listed\n", Files.readString(classData.archive()), "made from the list the first JVM wrote");
        assertEquals(List.of("starting"), told, "told once, before");
        classData.makeIfMissing(writes, jar, () -> told.add("starting"));
        assertEquals(List.of("listing", "dumping"), Files.readAllLines(runs), "made once, by two JVMs");
        assertEquals(List.of("starting"), told, "not told when there is nothing to make");
        assertEquals(List.of(classData.archive().getFileName().toString()), names(dir.resolve("feedcard")), "nothing else left");

        Files.delete(classData.archive());
        Files.delete(runs);
        List<String> fails = standIn(runs, "exit 1");
        classData.makeIfMissing(fails, jar, () -> { });
        classData.makeIfMissing(fails, jar, () -> { });
        assertEquals(List.of("listing"), Files.readAllLines(runs), "a Java that cannot make one is not asked again");
        assertEquals(List.of(), classData.options(), "what it wrote is not used");
        assertEquals(List.of(classData.archive().getFileName() + ".failed"), names(dir.resolve("feedcard")));
    }

    @Test
    void aJavaThatListsTheClassesButCannotArchiveThemIsNotAskedAgain(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", dir.toString()), null);
        Path runs = dir.resolve("runs");
        List<String> failsToDump = standIn(runs, "case \"$*\" in *Xshare:dump*) exit 1;; esac");
        classData.makeIfMissing(failsToDump, jar, () -> { });
        classData.makeIfMissing(failsToDump, jar, () -> { });
        assertEquals(List.of("listing", "dumping"), Files.readAllLines(runs));
        assertEquals(List.of(), classData.options(), "the half-written archive is not used");
        assertEquals(List.of(classData.archive().getFileName() + ".failed"), names(dir.resolve("feedcard")), "neither the list nor the part left");
    }

    @Test
    void whereNoFolderCanBeMadeNothingIsMadeAndNothingSaid(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder would go");
        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", notAFolder.toString()), null);
        List<String> told = new ArrayList<>();
        classData.makeIfMissing(List.of("sh", "-c", "exit 0", "sh"), jar, () -> told.add("starting"));
        assertEquals(List.of(), told, "a read-only home does not get the line on every build");
        assertEquals(List.of(), classData.options());
    }

    @Test
    void aCiJobMakesNoArchiveButUsesOneThatIsThere(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        ClassDataArchive ci = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", dir.toString(), "CI", "true"), null);
        ci.makeIfMissing(standIn(dir.resolve("runs"), "exit 0"), jar, () -> { });
        assertFalse(Files.exists(dir.resolve("feedcard")), "not even its folder");

        ClassDataArchive notCi = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", dir.toString(), "CI", "false"), null);
        notCi.makeIfMissing(standIn(dir.resolve("runs"), "exit 0"), jar, () -> { });
        assertEquals("-XX:SharedArchiveFile=" + ci.archive(), ci.options().get(0), "made on a developer's machine, used in CI");
    }

    @Test
    void partlyMadeArchivesLongAbandonedAndArchivesMonthsOldAreRemoved(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1, 2, 3});
        Path folder = Files.createDirectories(dir.resolve("feedcard"));
        Path old = Files.writeString(folder.resolve("classes-1-2.jsa.999.part"), "left by a JVM killed long ago");
        Path recent = Files.writeString(folder.resolve("classes-1-2.jsa.998.part"), "another feedcard making one now");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
        Path outdated = Files.writeString(folder.resolve("classes-3-4.jsa"), "an archive of a jar replaced months ago");
        Files.setLastModifiedTime(outdated, FileTime.from(Instant.now().minus(java.time.Duration.ofDays(40))));
        Path current = Files.writeString(folder.resolve("classes-5-6.jsa"), "an archive of another jar in use");
        ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", dir.toString()), null)
                .makeIfMissing(List.of("sh", "-c", "exit 1", "sh"), jar, () -> { });
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertFalse(Files.exists(outdated));
        assertTrue(Files.exists(current));
    }

    /** With this Java and feedcard's classes in a jar: the archive is made, then used, and the JVM says nothing about it. */
    @Test
    void thisJavaMakesTheArchiveAndUsesItQuietly(@TempDir Path dir) throws Exception {
        Path jar = jarOfFeedcard(dir);
        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, JAVA_VERSION, Map.of("XDG_CACHE_HOME", dir.toString()), null);
        List<String> jvm = TunedJvm.jvm(JAVA_HOME, Runtime.getRuntime().maxMemory(), TunedJvm.transparentHugePages());
        classData.makeIfMissing(jvm, jar, () -> { });
        assertTrue(Files.size(classData.archive()) > 1_000_000, "the JVM wrote an archive of the classes a build loads");
        Path loaded = dir.resolve("loaded.txt");
        List<String> logged = new ArrayList<>(classData.options());
        logged.add("-Xlog:class+load=info:file=" + loaded);
        run(jvm, logged, jar);
        String commandLine = Files.readAllLines(loaded).stream().filter(line -> line.contains(" picocli.CommandLine ")).findFirst().orElseThrow();
        assertTrue(commandLine.contains("shared objects file"), "picocli's classes, compiled for Java 5, come from the archive: " + commandLine);

        assertEquals(List.of("feedcard " + Version.get(), ""), run(jvm, classData.options(), jar));
        Files.writeString(classData.archive(), "not an archive");
        assertEquals(List.of("feedcard " + Version.get(), ""), run(jvm, classData.options(), jar), "a damaged archive is passed over in silence");
    }

    @Test
    void theBlogBuiltToMakeTheArchiveIgnoresTheFeedcardYmlOfTheFolderItRunsIn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("feedcard.yml"), "siteUrl: https://example.com\nout: " + dir.resolve("not-here") + "\npages: " + dir + "\n");
        List<String> command = new ArrayList<>(TunedJvm.jvm(JAVA_HOME, Runtime.getRuntime().maxMemory(), TunedJvm.transparentHugePages()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClassDataRun.class.getName()));
        Process java = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), output);
        assertEquals(List.of("feedcard.yml"), names(dir), "nothing written where it ran: " + output);
    }

    /**
     * A stand-in for the JVM: notes in {@code runs} whether it was asked to list the classes or to archive them, writes
     * the list, or the archive (naming the list's content) where the options say, then runs {@code then}.
     */
    private static List<String> standIn(Path runs, String then) {
        String script = """
                for a; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) echo listing >> %1$s; echo listed > "${a#*=}";;
                    -XX:SharedClassListFile=*) list="${a#*=}";;
                    -XX:SharedArchiveFile=*) echo dumping >> %1$s; echo "archive of: $(cat "$list")" > "${a#*=}";;
                  esac
                done
                %2$s
                """.formatted(runs, then);
        return List.of("sh", "-c", script, "sh");
    }

    /** Standard output and error of {@code feedcard --version} in the JVM {@code jvm} with {@code options}. */
    private static List<String> run(List<String> jvm, List<String> options, Path jar) throws Exception {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(options);
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName(), "--version"));
        Process java = new ProcessBuilder(command).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, java.waitFor(), err);
        return List.of(out, err);
    }

    /**
     * feedcard's classes in a jar whose manifest names the libraries' jars, as the JVM archives only classes from jars
     * (it refuses to make an archive with a folder of classes on the class path).
     */
    static Path jarOfFeedcard(Path dir) throws Exception {
        List<String> path = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        Path classes = path.stream().map(Path::of).filter(p -> p.endsWith("classes") && !p.endsWith("test-classes")).findFirst().orElseThrow();
        // relative to the jar: the JVM's archive takes a Class-Path entry for a path relative to the jar, as the JAR specification says
        String libraries = path.stream().filter(p -> p.endsWith(".jar"))
                .map(p -> dir.toAbsolutePath().relativize(Path.of(p).toAbsolutePath()).toString()).collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, libraries);
        Path jar = dir.resolve("feedcard.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
