package dev.feedcard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs feedcard in a second JVM started with settings that suit a build of a few seconds, when {@code java -jar
 * feedcard.jar} was started without any JVM option of the user's own. The JVM's defaults are made for long-running
 * servers: on the benchmark's 1,000-post blog the optimising JIT compiler alone spent 14 of the build's 22 CPU
 * seconds compiling, and the G1 collector grew the heap to 1.4 GB. With only the quick compiler and a simple
 * collector the same build takes 60% of the time and a quarter of the memory. A young generation of 64 MB (by
 * default a third of the starting heap, itself a 64th of the memory: 126 MB on a 24 GB machine) is filled and
 * emptied again and again instead of touching fresh memory, which is slow on some machines; where the heap may not
 * grow to 512 MB (a machine or container with less than 2 GB), the JVM sizes it as usual. The parallel collector
 * copies what survives on every core where the serial one pauses all but one: measured against the serial one with
 * the same young generation, a 10,000-post rebuild with nothing changed took 9% less time, a cold build of 10,000
 * posts 3.5% less and of 100,000 posts 8% less, at 9 MB and 82 MB more memory; 1,000 posts and cards took the same.
 * Where the kernel gives out transparent huge pages on request (Linux's {@code madvise} or {@code always} mode), the
 * heap is backed by them: memory touched for the first time then faults once per 2 MB instead of once per 4 KB
 * (measured on a 2-core virtual machine: a 10,000-post rebuild with nothing changed 0.88x the time, a cold build
 * 0.95x, the peak memory within 8 MB).
 * Any {@code -X} option (or {@code -Dfeedcard.tunedJvm=false}) keeps feedcard in the JVM it was started in.
 */
final class TunedJvm {
    /** The smallest heap the 64 MB young generation is given to: on a smaller one it would take too much of it. */
    static final long YOUNG_GENERATION_MIN_HEAP = 512L * 1024 * 1024;
    /** The system property that marks the second JVM, and turns the second JVM off when set to false. */
    static final String PROPERTY = "feedcard.tunedJvm";

    private TunedJvm() {
    }

    /**
     * The command that runs feedcard in a tuned JVM, or empty when this JVM should run it: when it was given options
     * other than system properties (the user chose), or when feedcard does not run from its jar. Asked only when
     * {@link #PROPERTY} is not set: set, it marks the tuned JVM itself, or the user's choice against one.
     *
     * @param jvmArguments the options this JVM was started with
     * @param jar where feedcard's classes come from
     * @param maxHeap the largest heap this JVM may take, which the JVM's defaults give the second one too
     * @param hugePages whether the kernel gives out transparent huge pages on request ({@link #transparentHugePages})
     * @param classData the class-data archive the second JVM uses once it is made, or null
     */
    static Optional<List<String>> command(List<String> jvmArguments, Path jar, Path javaHome, long maxHeap, boolean hugePages,
                                          ClassDataArchive classData, String[] args) {
        for (String argument : jvmArguments) if (!argument.startsWith("-D")) return Optional.empty();
        if (jar == null || !jar.getFileName().toString().endsWith(".jar") || !Files.isRegularFile(jar)) return Optional.empty();
        List<String> command = new ArrayList<>(jvm(javaHome, maxHeap, hugePages));
        if (classData != null) command.addAll(classData.options());
        command.addAll(jvmArguments);
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /**
     * This process's arguments after the java executable, as Linux keeps them in {@code /proc/self/cmdline}; empty
     * elsewhere, and when they are not all ASCII (the JVM decodes them in the system's own encoding). Read as a file:
     * asking {@code ProcessHandle.Info} took a JVM that only starts another some 13 ms.
     */
    static Optional<List<String>> commandLine() {
        return commandLine(Path.of("/proc/self/cmdline"));
    }

    /** As {@link #commandLine()}, from the file (arguments each ended by a NUL byte). */
    static Optional<List<String>> commandLine(Path cmdline) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(cmdline);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (byte b : bytes) if (b < 0) return Optional.empty();
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.endsWith("\0")) return Optional.empty();
        List<String> arguments = new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1)));
        arguments.remove(0);
        return Optional.of(arguments);
    }

    /**
     * The options this JVM was started with, when its command line plainly shows them: only system properties
     * ({@code -D...}) before {@code -jar}, and no JVM options in the environment ({@code JAVA_TOOL_OPTIONS},
     * {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}); else empty, and the JVM's management classes are asked, which
     * takes a JVM that only starts another some 15 ms.
     *
     * @param arguments the process's arguments after the java executable, as the system gives them
     */
    static Optional<List<String>> plainJvmArguments(List<String> arguments, Map<String, String> env) {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-jar")) return Optional.of(options);
            if (!argument.startsWith("-D")) return Optional.empty();
            options.add(argument);
        }
        return Optional.empty();
    }

    /** The tuned JVM's command up to its class path and what it runs: the java executable, its options, and the mark. */
    static List<String> jvm(Path javaHome, long maxHeap, boolean hugePages) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(options(maxHeap, hugePages));
        // lets feedcard call libjpeg-turbo where the machine has it (card/TurboJpeg), without a warning
        if (Runtime.version().feature() >= 22) command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-D" + PROPERTY + "=true");
        return command;
    }

    /**
     * The options of the second JVM, whose largest heap will be {@code maxHeap} (a quarter of the memory by default),
     * with its heap on transparent huge pages when {@code hugePages}.
     */
    static List<String> options(long maxHeap, boolean hugePages) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseParallelGC"));
        if (maxHeap >= YOUNG_GENERATION_MIN_HEAP) options.add("-Xmn64m");
        options.add("-XX:TieredStopAtLevel=1");
        if (hugePages) options.add("-XX:+UseTransparentHugePages");
        return options;
    }

    /**
     * Whether the kernel gives out transparent huge pages to a process that asks for them: Linux with its setting in
     * {@code madvise} or {@code always} mode. Elsewhere (another system, the setting {@code never}) the JVM would only
     * warn that it cannot have them.
     */
    static boolean transparentHugePages() {
        return transparentHugePages(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
    }

    /** As {@link #transparentHugePages()}, from the setting's file (such as {@code always [madvise] never}). */
    static boolean transparentHugePages(Path setting) {
        try {
            String modes = Files.readString(setting);
            return modes.contains("[madvise]") || modes.contains("[always]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs the command with this process's input and output, and returns its exit code; -1 when it could not be
     * started (then this JVM runs feedcard itself). Stopping this JVM stops the other one.
     */
    static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // this JVM is stopping (a signal), and the hook has stopped the other one
                }
                return code;
            } catch (InterruptedException e) {
                // keep waiting: the child decides when feedcard is done
            }
        }
    }

    /**
     * In the tuned JVM: stops at once when the JVM that started it is gone (killed), as feedcard would have stopped
     * had it run there. Files are written whole and renamed into place, so a stop leaves each one old or new. Set up
     * on a thread of its own, as finding the parent and waiting for it takes the JVM some 8 ms the build need not wait.
     */
    static void stopWithParent() {
        // a class of its own rather than lambdas: each lambda's first use costs a short-lived JVM its set-up
        Thread watch = new Thread(new ParentWatch(), "feedcard-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Halts this JVM once the JVM that started it has exited. */
    private static final class ParentWatch implements Runnable {
        @Override
        public void run() {
            Optional<ProcessHandle> parent = ProcessHandle.current().parent();
            if (parent.isEmpty()) return;
            try {
                parent.get().onExit().get();
            } catch (InterruptedException | ExecutionException e) {
                return;
            }
            Runtime.getRuntime().halt(Main.FAILED);
        }
    }
}
