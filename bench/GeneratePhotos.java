import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes N large synthetic landscape photos for the feedcard card benchmark (issue 6).
 *
 * <pre>
 * java bench/GeneratePhotos.java --count 40 --out bench/work/photos [--width 3456 --height 2304]
 *      [--sizes 3264x2448,4032x3024,6000x4000] [--progressive-out DIR] [--quality 0.9] [--seed 7] [--threads 2]
 * </pre>
 *
 * Each photo is a procedurally generated landscape: a sky gradient with a sun glow and fractal clouds,
 * three or four fractal mountain ridges fading into haze, a textured meadow, then vignetting and
 * per-pixel sensor grain. Plain colour fields compress to a few hundred kilobytes and decode
 * unrealistically fast; these compress like camera photos (about 2-4 MB at 8 megapixels, quality 0.9).
 * Deterministic: photo i depends only on the seed and i, so the same arguments give the same bytes.
 * Files: {@code photo-001.jpg} ... (baseline JPEG, 4:2:0, written by ImageIO). {@code --sizes} gives photo i the
 * i-th size of the list, cycled (phone cameras: 3264x2448 is 8 MP, 4032x3024 12 MP, 6000x4000 24 MP), in place of
 * {@code --width}/{@code --height}; {@code --progressive-out DIR} also writes each photo as a progressive JPEG (the
 * same pixels, the same quality, ImageIO's default progressive scans) under the same name in DIR, as many phones and
 * editors save them.
 */
public class GeneratePhotos {

    public static void main(String[] args) throws Exception {
        int count = 40, width = 3456, height = 2304, threads = 2;
        float quality = 0.9f;
        long seed = 7;
        Path out = null, progressiveOut = null;
        List<int[]> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--width" -> width = Integer.parseInt(args[++i]);
                case "--height" -> height = Integer.parseInt(args[++i]);
                case "--quality" -> quality = Float.parseFloat(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                case "--progressive-out" -> progressiveOut = Paths.get(args[++i]);
                case "--sizes" -> {
                    for (String size : args[++i].split(",")) {
                        String[] wh = size.strip().split("x");
                        sizes.add(new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])});
                    }
                }
                default -> {
                    System.err.println("usage: java bench/GeneratePhotos.java --count N --out DIR [--width W]"
                            + " [--height H] [--sizes WxH,WxH...] [--progressive-out DIR] [--quality Q] [--seed S] [--threads T]");
                    System.exit(2);
                }
            }
        }
        if (out == null) { System.err.println("--out is required"); System.exit(2); }
        Files.createDirectories(out);
        if (progressiveOut != null) Files.createDirectories(progressiveOut);
        if (sizes.isEmpty()) sizes.add(new int[] {width, height});
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<Long>> jobs = new ArrayList<>();
        final float q = quality;
        final Path dir = out, progressiveDir = progressiveOut;
        final long s = seed;
        for (int i = 0; i < count; i++) {
            final int idx = i;
            jobs.add(pool.submit(() -> {
                int[] size = sizes.get(idx % sizes.size());
                BufferedImage img = new Landscape(s * 1_000_003L + idx, size[0], size[1]).render();
                String name = String.format(Locale.ROOT, "photo-%03d.jpg", idx + 1);
                Path file = dir.resolve(name);
                writeJpeg(img, file, q, false);
                if (progressiveDir != null) writeJpeg(img, progressiveDir.resolve(name), q, true);
                return Files.size(file);
            }));
        }
        long total = 0;
        for (Future<Long> f : jobs) total += f.get();
        pool.shutdown();
        StringBuilder described = new StringBuilder();
        for (int[] size : sizes) described.append(described.length() == 0 ? "" : ", ").append(size[0]).append('x').append(size[1]);
        System.out.printf(Locale.ROOT, "wrote %d photos of %s (%.1f MB in all, %.2f MB each on average) to %s%s%n",
                count, described, total / 1e6, total / 1e6 / Math.max(1, count), out,
                progressiveOut == null ? "" : ", and as progressive JPEGs to " + progressiveOut);
    }

    static void writeJpeg(BufferedImage img, Path file, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        if (progressive) p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(tmp.toFile())) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** One procedurally generated landscape. */
    static final class Landscape {
        final Random rnd;
        final int w, h;
        final int noiseSeed;

        Landscape(long seed, int w, int h) {
            this.rnd = new Random(seed);
            this.w = w;
            this.h = h;
            this.noiseSeed = rnd.nextInt();
        }

        // ---- value noise -------------------------------------------------------------------------
        float hash(int x, int y, int salt) {
            int n = x * 374761393 + y * 668265263 + (noiseSeed ^ salt) * 1274126177;
            n = (n ^ (n >>> 13)) * 1274126177;
            n ^= n >>> 16;
            return (n & 0xFFFFFF) / (float) 0xFFFFFF;
        }

        float noise(float x, float y, int salt) {
            int xi = (int) Math.floor(x), yi = (int) Math.floor(y);
            float fx = x - xi, fy = y - yi;
            float u = fx * fx * (3 - 2 * fx), v = fy * fy * (3 - 2 * fy);
            float a = hash(xi, yi, salt), b = hash(xi + 1, yi, salt);
            float c = hash(xi, yi + 1, salt), d = hash(xi + 1, yi + 1, salt);
            return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
        }

        /** Fractal Brownian motion in [0,1). */
        float fbm(float x, float y, int octaves, int salt) {
            float sum = 0, amp = 0.5f, norm = 0;
            for (int o = 0; o < octaves; o++) {
                sum += amp * noise(x, y, salt + o * 7919);
                norm += amp;
                amp *= 0.5f;
                x *= 2.03f;
                y *= 2.03f;
            }
            return sum / norm;
        }

        static float clamp(float v) { return v < 0 ? 0 : (v > 1 ? 1 : v); }
        static float mix(float a, float b, float t) { return a + (b - a) * t; }

        BufferedImage render() {
            // Palette: a few plausible times of day, jittered.
            float[][] palettes = {
                    // skyTop, skyHorizon, sun, rock, meadow
                    {0.18f, 0.36f, 0.68f, 0.72f, 0.82f, 0.92f, 1.0f, 0.97f, 0.85f, 0.36f, 0.38f, 0.42f, 0.28f, 0.45f, 0.16f},
                    {0.25f, 0.22f, 0.45f, 0.98f, 0.62f, 0.38f, 1.0f, 0.82f, 0.5f, 0.32f, 0.26f, 0.30f, 0.35f, 0.32f, 0.12f},
                    {0.10f, 0.20f, 0.42f, 0.55f, 0.68f, 0.80f, 0.95f, 0.95f, 0.92f, 0.30f, 0.33f, 0.38f, 0.42f, 0.40f, 0.20f},
                    {0.30f, 0.45f, 0.70f, 0.85f, 0.88f, 0.90f, 1.0f, 1.0f, 0.95f, 0.45f, 0.40f, 0.36f, 0.50f, 0.42f, 0.18f},
            };
            float[] p = palettes[rnd.nextInt(palettes.length)].clone();
            for (int i = 0; i < p.length; i++) p[i] = clamp(p[i] + (rnd.nextFloat() - 0.5f) * 0.08f);
            float horizon = h * (0.42f + rnd.nextFloat() * 0.16f);
            float sunX = w * (0.15f + rnd.nextFloat() * 0.7f), sunY = horizon * (0.25f + rnd.nextFloat() * 0.6f);
            float sunR = h * (0.025f + rnd.nextFloat() * 0.02f);
            float cloudCover = 0.35f + rnd.nextFloat() * 0.3f;
            int layers = 3 + rnd.nextInt(2);
            float[][] ridge = new float[layers][w];
            for (int l = 0; l < layers; l++) {
                float base = horizon - h * (0.22f - 0.05f * l) * (0.7f + rnd.nextFloat() * 0.6f);
                float amp = h * (0.18f - 0.02f * l);
                float scale = (2.5f + l * 1.5f + rnd.nextFloat()) / w;
                for (int x = 0; x < w; x++) {
                    float n = fbm(x * scale, l * 17.3f, 7, 100 + l);
                    float ridged = 1 - Math.abs(2 * n - 1);
                    ridge[l][x] = base + amp * (0.55f - ridged) + (l + 1) * h * 0.05f;
                }
            }
            float meadowTop = horizon + h * 0.02f;
            float snowLine = horizon - h * (0.22f + rnd.nextFloat() * 0.08f);

            int[] row = new int[w];
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            float cx = w / 2f, cy = h / 2f, maxD2 = cx * cx + cy * cy;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float r, g, b;
                    int layer = -1;
                    for (int l = layers - 1; l >= 0; l--) {
                        if (y >= ridge[l][x]) { layer = l; break; }
                    }
                    if (y >= meadowTop + (ridge[layers - 1][x] - meadowTop) * 0.0f && y > horizon + h * 0.06f
                            + h * 0.05f * fbm(x * 3f / w, 3.1f, 4, 900)) {
                        // Meadow: anisotropic grass texture, patches, darker towards the bottom.
                        float depth = (y - horizon) / (h - horizon);
                        float patch = fbm(x * 6f / w, y * 12f / h, 5, 300);
                        float grass = fbm(x * (0.25f + depth * 0.15f), y * (0.02f + depth * 0.01f), 3, 400);
                        float fine = noise(x * 0.9f, y * 0.3f, 500);
                        float blades = noise(x * 0.35f + y * 0.05f, y * 0.06f, 510);
                        float shade = 0.5f + 0.5f * patch + 0.45f * (grass - 0.5f) + 0.3f * (fine - 0.5f)
                                + 0.3f * (blades - 0.5f);
                        shade *= 1.05f - 0.35f * depth;
                        r = p[12] * shade + 0.06f * (patch - 0.5f);
                        g = p[13] * shade;
                        b = p[14] * shade;
                    } else if (layer >= 0) {
                        // Mountains: crags with slope shading, strata, snow above the snow line, forest on
                        // the lower slopes of the near layers, haze increasing with distance (layer 0 = far).
                        float f = 0.0035f * (layer + 1);
                        float rock = fbm(x * f, y * f * 2.2f, 8, 200 + layer);
                        float slope = fbm((x + 3) * f, y * f * 2.2f, 5, 200 + layer) - fbm((x - 3) * f, y * f * 2.2f, 5, 200 + layer);
                        float crag = 1 - Math.abs(2 * noise(x * 0.03f, y * 0.06f, 220 + layer) - 1);
                        float strata = noise(x * 0.002f, y * 0.05f, 250 + layer);
                        float light = 0.55f + 0.9f * (rock - 0.5f) + 0.18f * (strata - 0.5f) + 0.25f * (crag - 0.6f)
                                + (sunX > w / 2f ? 9f : -9f) * slope;
                        r = p[9] * light;
                        g = p[10] * light;
                        b = p[11] * light;
                        float snow = layer >= layers - 2 ? 0 : clamp((snowLine - y) / (h * 0.03f) + (rock - 0.5f) * 2.5f);
                        float snowLit = 0.8f + 0.2f * light;
                        r = mix(r, 0.93f * snowLit, snow);
                        g = mix(g, 0.94f * snowLit, snow);
                        b = mix(b, 0.98f * snowLit, snow);
                        float haze = 0.62f - 0.2f * layer;
                        r = mix(r, p[3], clamp(haze));
                        g = mix(g, p[4], clamp(haze));
                        b = mix(b, p[5], clamp(haze));
                        if (layer >= layers - 2) {
                            float below = (y - ridge[layer][x]) / (h * 0.06f);
                            float forest = clamp((fbm(x * 0.006f, y * 0.012f, 4, 260 + layer) - 0.55f + below * 0.3f) * 6f);
                            float leaves = 0.6f + 0.9f * (fbm(x * 0.05f, y * 0.05f, 3, 270) - 0.5f)
                                    + 0.7f * (noise(x * 0.4f, y * 0.4f, 280) - 0.5f);
                            float fh = 0.45f - 0.15f * (layers - 1 - layer);
                            r = mix(r, mix(0.12f * leaves + 0.02f, p[3], fh * 0.5f), forest);
                            g = mix(g, mix(0.24f * leaves + 0.04f, p[4], fh * 0.5f), forest);
                            b = mix(b, mix(0.13f * leaves + 0.03f, p[5], fh * 0.5f), forest);
                        }
                    } else {
                        // Sky: gradient, sun glow, clouds.
                        float t = clamp(y / horizon);
                        t = (float) Math.pow(t, 1.6);
                        r = mix(p[0], p[3], t);
                        g = mix(p[1], p[4], t);
                        b = mix(p[2], p[5], t);
                        float dx = x - sunX, dy = y - sunY;
                        float d = (float) Math.sqrt(dx * dx + dy * dy);
                        float glow = (float) Math.exp(-d / (h * 0.12f)) * 0.6f + (d < sunR ? 1 : 0);
                        r = mix(r, p[6], clamp(glow));
                        g = mix(g, p[7], clamp(glow));
                        b = mix(b, p[8], clamp(glow));
                        float c = fbm(x * 3f / w + y * 0.4f / h, y * 9f / h, 7, 600);
                        float cloud = clamp((c - (1 - cloudCover)) * 3.5f) * (1 - t * 0.6f);
                        float lit = 0.75f + 0.5f * (fbm(x * 8f / w, y * 20f / h, 4, 700) - 0.5f);
                        r = mix(r, lit * 0.97f, cloud);
                        g = mix(g, lit * 0.96f, cloud);
                        b = mix(b, lit * 0.98f, cloud);
                    }
                    // Vignette and sensor grain (luminance + a little chroma).
                    float vx = x - cx, vy = y - cy;
                    float vig = 1 - 0.35f * (vx * vx + vy * vy) / maxD2;
                    float lum = (hash(x, y, 11) + hash(x, y, 12) - 1f) * 0.06f;
                    r = clamp(r * vig + lum + (hash(x, y, 13) - 0.5f) * 0.012f);
                    g = clamp(g * vig + lum + (hash(x, y, 14) - 0.5f) * 0.012f);
                    b = clamp(b * vig + lum + (hash(x, y, 15) - 0.5f) * 0.012f);
                    row[x] = ((int) (r * 255 + 0.5f) << 16) | ((int) (g * 255 + 0.5f) << 8) | (int) (b * 255 + 0.5f);
                }
                img.setRGB(0, y, w, 1, row, 0, w);
            }
            return img;
        }
    }
}
