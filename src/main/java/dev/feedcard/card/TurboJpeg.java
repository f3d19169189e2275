package dev.feedcard.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * libjpeg-turbo's TurboJPEG library ({@value #LIBRARY}, Debian's package libturbojpeg0), called through Java's foreign
 * function API, where the machine has both: Java 22 or later, started with native access allowed (feedcard's own
 * second JVM is), and the library. It decodes a JPEG in one pass at 1/2, 1/4 or 1/8 of its size inside the inverse
 * DCT; Java's own reader decodes every pixel, and a progressive JPEG once for each of its scans. Optional: where it
 * cannot be used, {@link #get()} is null and every JPEG is decoded by Java's reader, which also decodes each JPEG this
 * library reports a problem with (and then says what it is). Reached by reflection, so that feedcard builds and runs
 * on Java 17, where the API does not exist.
 */
final class TurboJpeg {
    /** The library's file name, as the dynamic linker finds it. */
    static final String LIBRARY = "libturbojpeg.so.0";
    /** TJPF_BGR: three bytes per pixel, blue, green, red: {@link BufferedImage#TYPE_3BYTE_BGR}, which Java2D resamples with loops of its own. */
    private static final int PIXELS_BGR = 1;
    /** TJCS_RGB, TJCS_YCbCr and TJCS_GRAY: the colour spaces decoded into RGB as Java's reader decodes them (not CMYK or YCCK). */
    private static final int LAST_RGB_COLOUR_SPACE = 2;

    private static final Optional<TurboJpeg> LOADED = load();
    private static final AtomicLong DECODED = new AtomicLong();

    private final MethodHandle init;
    private final MethodHandle header;
    private final MethodHandle decompress;
    private final MethodHandle destroy;
    private final Method ofConfined;
    private final Method allocate;
    private final Method asByteBuffer;
    private final Method address;

    private TurboJpeg(MethodHandle init, MethodHandle header, MethodHandle decompress, MethodHandle destroy, Method ofConfined,
                      Method allocate, Method asByteBuffer, Method address) {
        this.init = init;
        this.header = header;
        this.decompress = decompress;
        this.destroy = destroy;
        this.ofConfined = ofConfined;
        this.allocate = allocate;
        this.asByteBuffer = asByteBuffer;
        this.address = address;
    }

    /** The library, or null where this Java or this machine cannot call it. */
    static TurboJpeg get() {
        return LOADED.orElse(null);
    }

    /** How many images this JVM decoded with the library. */
    static long decoded() {
        return DECODED.get();
    }

    /**
     * The stored image at {@code 1/denominator} of its size (1, 2, 4 or 8; each side rounded up), as a {@link
     * BufferedImage#TYPE_3BYTE_BGR} image; null when the library reads a colour space other than RGB, YCbCr or grey,
     * or reports any problem (an error or a warning, such as a file cut short).
     */
    BufferedImage decode(byte[] jpeg, int denominator) {
        try (AutoCloseable arena = (AutoCloseable) ofConfined.invoke(null)) {
            Object handle = init.invokeWithArguments();
            if ((long) address.invoke(handle) == 0) return null;
            try {
                Object source = allocate.invoke(arena, (long) jpeg.length);
                buffer(source).put(jpeg);
                Object[] ints = {allocate.invoke(arena, 4L), allocate.invoke(arena, 4L), allocate.invoke(arena, 4L), allocate.invoke(arena, 4L)};
                int read = (int) header.invokeWithArguments(handle, source, (long) jpeg.length, ints[0], ints[1], ints[2], ints[3]);
                int colourSpace = intIn(ints[3]);
                if (read != 0 || colourSpace < 0 || colourSpace > LAST_RGB_COLOUR_SPACE) return null;
                int width = ceilDiv(intIn(ints[0]), denominator);
                int height = ceilDiv(intIn(ints[1]), denominator);
                Object pixels = allocate.invoke(arena, (long) width * height * 3);
                int status = (int) decompress.invokeWithArguments(handle, source, (long) jpeg.length, pixels, width, 0, height, PIXELS_BGR, 0);
                if (status != 0) return null;
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
                buffer(pixels).get(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
                DECODED.incrementAndGet();
                return image;
            } finally {
                destroy.invokeWithArguments(handle);
            }
        } catch (Throwable e) {
            if (e instanceof OutOfMemoryError oom) throw oom;
            return null; // Java's reader decodes it, and reports what is wrong with it
        }
    }

    private ByteBuffer buffer(Object segment) throws ReflectiveOperationException {
        return ((ByteBuffer) asByteBuffer.invoke(segment)).order(ByteOrder.nativeOrder());
    }

    private int intIn(Object segment) throws ReflectiveOperationException {
        return buffer(segment).getInt(0);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** The library's four functions bound through the foreign function API; empty where anything is missing. */
    private static Optional<TurboJpeg> load() {
        try {
            if (Runtime.version().feature() < 22) return Optional.empty();
            // without native access allowed, calling a library prints a warning (and will fail on a later Java)
            if (!(boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(TurboJpeg.class.getModule())) return Optional.empty();
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayoutType = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object global = arenaType.getMethod("global").invoke(null);
            Object library = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null, LIBRARY, global);
            Method find = lookupType.getMethod("find", String.class);
            Method of = descriptorType.getMethod("of", layoutType, layoutType.arrayType());
            Method downcall = linkerType.getMethod("downcallHandle", segmentType, descriptorType, optionType.arrayType());
            Object pointer = valueLayoutType.getField("ADDRESS").get(null);
            Object int32 = valueLayoutType.getField("JAVA_INT").get(null);
            Object int64 = valueLayoutType.getField("JAVA_LONG").get(null);
            Object noOptions = Array.newInstance(optionType, 0);
            record Binder(Object library, Method find, Method of, Method downcall, Object linker, Class<?> layoutType, Object noOptions) {
                MethodHandle bind(String name, Object result, Object... arguments) throws ReflectiveOperationException {
                    Object symbol = ((Optional<?>) find.invoke(library, name)).orElseThrow(() -> new NoSuchMethodException(name));
                    Object layouts = Array.newInstance(layoutType, arguments.length);
                    for (int i = 0; i < arguments.length; i++) Array.set(layouts, i, arguments[i]);
                    return (MethodHandle) downcall.invoke(linker, symbol, of.invoke(null, result, layouts), noOptions);
                }
            }
            Binder binder = new Binder(library, find, of, downcall, linker, layoutType, noOptions);
            return Optional.of(new TurboJpeg(
                    binder.bind("tjInitDecompress", pointer),
                    binder.bind("tjDecompressHeader3", int32, pointer, pointer, int64, pointer, pointer, pointer, pointer),
                    binder.bind("tjDecompress2", int32, pointer, pointer, int64, pointer, int32, int32, int32, int32, int32),
                    binder.bind("tjDestroy", int32, pointer),
                    arenaType.getMethod("ofConfined"),
                    arenaType.getMethod("allocate", long.class),
                    segmentType.getMethod("asByteBuffer"),
                    segmentType.getMethod("address")));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty(); // no such Java API, no library, or no such function in it
        }
    }
}
