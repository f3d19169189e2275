package dev.feedcard.card;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * The memory outside Java's heap that decoding images may take, shared out between the threads that make cards so
 * that together they never take more than the machine has. Java's JPEG reader (libjpeg) decodes a progressive JPEG
 * by holding every DCT coefficient of the whole image in native memory, whatever part or fraction of it is read:
 * 572 MB for 10000x10000 pixels at full colour resolution; other images are decoded a band of rows at a time.
 * <p>
 * The budget is the machine's memory (a container's limit, or {@code -XX:MaxRAM}, as the JVM sees them) less
 * Java's largest heap and {@link #JVM_RESERVE}, and at least a quarter of the memory. With Java's default heap (a
 * quarter of the memory) that is three quarters of it less 160 MB: 608 MB on a 1 GB machine, where the largest
 * progressive JPEG {@code maxPixels} lets in is decoded alone; on a 24 GB machine, 17.8 GB.
 */
final class DecodeMemory {
    static final long MB = 1024 * 1024;
    /**
     * What the JVM takes besides its heap (its code, classes, threads, the libraries and the card encoder: a build
     * of one small card peaks at 90 MB including the heap it uses) and the launching JVM that waits for it (some
     * 40 MB), with room to spare.
     */
    static final long JVM_RESERVE = 160 * MB;

    private final long machine;
    private final long heap;
    private final long budget;
    private final Semaphore megabytes;

    /**
     * @param machine the memory of the machine or container, in bytes
     * @param heap the largest heap Java may take, in bytes
     */
    DecodeMemory(long machine, long heap) {
        this.machine = machine;
        this.heap = heap;
        long budget = Math.max(machine / 4, machine - heap - JVM_RESERVE);
        this.budget = Math.min(budget, Integer.MAX_VALUE * MB);
        this.megabytes = new Semaphore((int) (this.budget / MB), true);
    }

    /** The budget of this JVM, measured the first time it is asked for (some 0.1 s: Java's management classes). */
    static DecodeMemory shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final DecodeMemory INSTANCE = new DecodeMemory(machineMemory(), Runtime.getRuntime().maxMemory());
    }

    /** The machine's memory as the JVM sees it: the container's limit when there is one, and no more than -XX:MaxRAM. */
    static long machineMemory() {
        long memory = Long.MAX_VALUE;
        try {
            long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
            if (total > 0) memory = total;
        } catch (RuntimeException | LinkageError e) {
            // not a HotSpot JVM: the JVM's MaxRAM, if it has one, is all there is to go by
        }
        try {
            var hotSpot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            long maxRam = Long.parseLong(hotSpot.getVMOption("MaxRAM").getValue());
            if (maxRam > 0) memory = Math.min(memory, maxRam);
        } catch (RuntimeException | LinkageError e) {
            // no such option: the machine's memory stands
        }
        return memory;
    }

    /** The most memory outside Java's heap that decoding may take at once, in bytes. */
    long budget() {
        return budget;
    }

    /**
     * Takes {@code bytes} of the budget (no more than all of it), waiting while other decodes hold too much of
     * it; closing the result gives them back.
     */
    Taken take(long bytes) {
        if (bytes > budget) throw new IllegalArgumentException(bytes + " bytes asked for, more than the budget of " + budget);
        int permits = (int) ((bytes + MB - 1) / MB);
        megabytes.acquireUninterruptibly(permits);
        return () -> megabytes.release(permits);
    }

    /** A part of the budget taken, given back when closed. */
    interface Taken extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Why an image whose decoding holds more than the budget cannot be decoded here, and what to do. The machine
     * it needs is the one whose budget with Java's default heap (3/4 of the memory less the reserve) holds it.
     */
    UnusableImageException refusal(ImageHeader header) {
        long bytes = header.wholeImageBytes();
        long needed = (bytes + JVM_RESERVE) * 4 / 3;
        return new UnusableImageException(String.format(Locale.ROOT,
                "the image is %dx%d, %s, whose decoding holds %d MB of memory besides Java's heap, more than the %d MB this machine can spare (%d MB of memory, %d MB of it for Java's heap)",
                header.width(), header.height(), header.progressive() ? "a progressive JPEG" : "a JPEG stored in several scans", mb(bytes), budget / MB, mb(machine), heap / MB),
                String.format(Locale.ROOT, "export it smaller (a card uses no more than twice its own size) or as a baseline, not progressive, JPEG;"
                        + " or build on a machine with at least %d MB of memory", mb(needed)));
    }

    private static long mb(long bytes) {
        return (bytes + MB / 2) / MB;
    }
}
