package dev.feedcard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TunedJvmTest {
    private static final Path JAVA_HOME = Path.of("/opt/java");
    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void aJarStartedWithoutJvmOptionsRunsAgainInATunedJvmWithTheSameArguments(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1});
        List<String> command = TunedJvm.command(List.of("-Dfile.encoding=UTF-8"), jar, JAVA_HOME, 6 * GB, false, null, new String[] {"build", "--out", "public"})
                .orElseThrow();
        assertEquals(List.of("/opt/java/bin/java", "-XX:+UseParallelGC", "-Xmn64m", "-XX:TieredStopAtLevel=1", "-Dfeedcard.tunedJvm=true",
                "-Dfile.encoding=UTF-8", "-cp", jar.toString(), "dev.feedcard.cli.Main", "build", "--out", "public"), command);

        ClassDataArchive classData = ClassDataArchive.of(jar, JAVA_HOME, "17", java.util.Map.of("XDG_CACHE_HOME", dir.toString()), null);
        Files.createDirectories(classData.archive().getParent());
        Files.writeString(classData.archive(), "an archive");
        List<String> withArchive = TunedJvm.command(List.of(), jar, JAVA_HOME, 6 * GB, false, classData, new String[] {"build"}).orElseThrow();
        assertEquals(List.of("/opt/java/bin/java", "-XX:+UseParallelGC", "-Xmn64m", "-XX:TieredStopAtLevel=1", "-Dfeedcard.tunedJvm=true",
                "-XX:SharedArchiveFile=" + classData.archive(), "-Xlog:cds*=off", "-Xlog:class+path*=off", "-cp", jar.toString(),
                "dev.feedcard.cli.Main", "build"), withArchive);
    }

    @Test
    void theOptionsAreReadOffACommandLineThatPlainlyShowsThem() {
        Map<String, String> noOptions = Map.of("HOME", "/root");
        assertEquals(Optional.of(List.of()), TunedJvm.plainJvmArguments(List.of("-jar", "feedcard.jar", "build"), noOptions));
        assertEquals(Optional.of(List.of("-Dx=1", "-Dfile.encoding=UTF-8")),
                TunedJvm.plainJvmArguments(List.of("-Dx=1", "-Dfile.encoding=UTF-8", "-jar", "feedcard.jar", "-Dnot=an-option"), noOptions));
        // anything else: the JVM's management classes are asked, as they see every option
        assertEquals(Optional.empty(), TunedJvm.plainJvmArguments(List.of("-Xmx1g", "-jar", "feedcard.jar"), noOptions));
        assertEquals(Optional.empty(), TunedJvm.plainJvmArguments(List.of("@options.txt", "-jar", "feedcard.jar"), noOptions), "an argument file");
        assertEquals(Optional.empty(), TunedJvm.plainJvmArguments(List.of("-cp", "feedcard.jar", "dev.feedcard.cli.Main"), noOptions));
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), TunedJvm.plainJvmArguments(List.of("-jar", "feedcard.jar"), Map.of(variable, "-Xmx1g")), variable);
        }
        assertEquals(Optional.of(List.of()), TunedJvm.plainJvmArguments(List.of("-jar", "feedcard.jar"), Map.of("JAVA_TOOL_OPTIONS", " ")));
    }

    @Test
    void theCommandLineIsReadAsLinuxKeepsIt(@TempDir Path dir) throws Exception {
        Path cmdline = Files.write(dir.resolve("cmdline"), "java\0-Dx=1\0-jar\0feedcard.jar\0build\0\0".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Optional.of(List.of("-Dx=1", "-jar", "feedcard.jar", "build", "")), TunedJvm.commandLine(cmdline), "an empty argument kept");
        Files.write(cmdline, "java\0-Dname=caf\u00e9\0-jar\0feedcard.jar\0".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), TunedJvm.commandLine(cmdline), "beyond ASCII: the JVM's own decoding is asked for");
        Files.write(cmdline, "java -jar feedcard.jar".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Optional.empty(), TunedJvm.commandLine(cmdline), "not the form Linux writes");
        assertEquals(Optional.empty(), TunedJvm.commandLine(dir.resolve("missing")));
    }

    @Test
    void jvmOptionsOfTheUsersOwnOrClassesOutsideAJarKeepFeedcardInThisJvm(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("feedcard.jar"), new byte[] {1});
        String[] args = {"build"};
        assertTrue(TunedJvm.command(List.of("-Xmx2g"), jar, JAVA_HOME, GB, false, null, args).isEmpty(), "a heap size chosen");
        assertTrue(TunedJvm.command(List.of("-XX:+UseG1GC", "-Dx=y"), jar, JAVA_HOME, GB, false, null, args).isEmpty(), "a collector chosen");
        assertTrue(TunedJvm.command(List.of("-agentlib:jdwp=transport=dt_socket"), jar, JAVA_HOME, GB, false, null, args).isEmpty(), "a debugger");
        assertTrue(TunedJvm.command(List.of(), Files.createDirectories(dir.resolve("classes")), JAVA_HOME, GB, false, null, args).isEmpty(),
                "classes in a folder (tests, an IDE)");
        assertTrue(TunedJvm.command(List.of(), null, JAVA_HOME, GB, false, null, args).isEmpty());
    }

    @Test
    void aHeapTooSmallForTheFixedYoungGenerationIsSizedAsTheJvmSizesIt() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn64m", "-XX:TieredStopAtLevel=1"), TunedJvm.options(GB / 2, false));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"), TunedJvm.options(GB / 4, false),
                "a 256 MB heap (a 1 GB container): 64 MB of young generation would be a quarter of it");
    }

    @Test
    void theHeapIsOnTransparentHugePagesWhereTheKernelGivesThemOnRequest(@TempDir Path dir) throws Exception {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn64m", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages"), TunedJvm.options(GB, true));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages"), TunedJvm.options(GB / 4, true));

        Path setting = dir.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertTrue(TunedJvm.transparentHugePages(setting), "Debian's and Ubuntu's default: given to the JVM that asks");
        Files.writeString(setting, "[always] madvise never\n");
        assertTrue(TunedJvm.transparentHugePages(setting));
        Files.writeString(setting, "always madvise [never]\n");
        assertFalse(TunedJvm.transparentHugePages(setting), "turned off: the JVM would only warn");
        assertFalse(TunedJvm.transparentHugePages(dir.resolve("missing")), "not Linux, or no such setting");
    }
}
