import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares two folders of cards made from the same photos (feedcard's and sharp's), pairing the files
 * in name order (the benchmark's post i has photo i, so feedcard's {@code cards/p00000i-*.jpg} and
 * sharp's {@code photo-00(i+1).jpg} sort alike):
 *
 * <pre>java bench/CompareCards.java A_DIR B_DIR</pre>
 *
 * For each pair: both sizes, PSNR and SSIM of the luma (8x8 windows, stride 4), and the mean absolute
 * difference of each colour channel's average (a colour cast or a shifted crop shows there). Prints
 * one line per pair and the means. Two good 1200x630 cover crops of the same photo at JPEG quality 85
 * differ only by resampling filter and JPEG noise: SSIM well above 0.9; a shifted or wrongly scaled
 * crop falls far below.
 */
public class CompareCards {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/CompareCards.java A_DIR B_DIR");
            System.exit(2);
        }
        List<Path> a = list(Paths.get(args[0])), b = list(Paths.get(args[1]));
        if (a.size() != b.size() || a.isEmpty()) {
            System.err.printf("%d cards in %s, %d in %s: nothing to pair%n", a.size(), args[0], b.size(), args[1]);
            System.exit(1);
        }
        double sumSsim = 0, sumPsnr = 0, minSsim = 1, minPsnr = 99;
        for (int i = 0; i < a.size(); i++) {
            BufferedImage x = ImageIO.read(a.get(i).toFile()), y = ImageIO.read(b.get(i).toFile());
            if (x.getWidth() != y.getWidth() || x.getHeight() != y.getHeight()) {
                System.out.printf("%s %dx%d vs %s %dx%d: sizes differ%n", a.get(i).getFileName(), x.getWidth(),
                        x.getHeight(), b.get(i).getFileName(), y.getWidth(), y.getHeight());
                minSsim = 0;
                minPsnr = 0;
                continue;
            }
            int w = x.getWidth(), h = x.getHeight();
            double[] lx = luma(x), ly = luma(y);
            double mse = 0;
            for (int k = 0; k < lx.length; k++) mse += (lx[k] - ly[k]) * (lx[k] - ly[k]);
            mse /= lx.length;
            double psnr = mse == 0 ? 99 : 10 * Math.log10(255 * 255 / mse);
            double ssim = ssim(lx, ly, w, h);
            double[] cx = channelMeans(x), cy = channelMeans(y);
            System.out.printf(Locale.ROOT, "%-40s %-16s %dx%d  SSIM %.4f  PSNR %5.2f dB  mean RGB diff %.1f/%.1f/%.1f%n",
                    a.get(i).getFileName(), b.get(i).getFileName(), w, h, ssim, psnr,
                    Math.abs(cx[0] - cy[0]), Math.abs(cx[1] - cy[1]), Math.abs(cx[2] - cy[2]));
            sumSsim += ssim;
            sumPsnr += psnr;
            minSsim = Math.min(minSsim, ssim);
            minPsnr = Math.min(minPsnr, psnr);
        }
        System.out.printf(Locale.ROOT, "%d pairs: mean SSIM %.4f (lowest %.4f), mean PSNR %.2f dB (lowest %.2f dB)%n",
                a.size(), sumSsim / a.size(), minSsim, sumPsnr / a.size(), minPsnr);
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted().toList();
        }
    }

    static double[] luma(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        double[] l = new double[px.length];
        for (int k = 0; k < px.length; k++) {
            int p = px[k];
            l[k] = 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
        }
        return l;
    }

    static double[] channelMeans(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        double r = 0, g = 0, b = 0;
        for (int p : px) { r += (p >> 16) & 255; g += (p >> 8) & 255; b += p & 255; }
        return new double[] {r / px.length, g / px.length, b / px.length};
    }

    static double ssim(double[] x, double[] y, int w, int h) {
        final double c1 = Math.pow(0.01 * 255, 2), c2 = Math.pow(0.03 * 255, 2);
        final int win = 8, stride = 4;
        double total = 0;
        int n = 0;
        for (int y0 = 0; y0 + win <= h; y0 += stride) {
            for (int x0 = 0; x0 + win <= w; x0 += stride) {
                double mx = 0, my = 0;
                for (int j = 0; j < win; j++) for (int i = 0; i < win; i++) {
                    int k = (y0 + j) * w + x0 + i;
                    mx += x[k];
                    my += y[k];
                }
                mx /= win * win;
                my /= win * win;
                double vx = 0, vy = 0, cov = 0;
                for (int j = 0; j < win; j++) for (int i = 0; i < win; i++) {
                    int k = (y0 + j) * w + x0 + i;
                    double dx = x[k] - mx, dy = y[k] - my;
                    vx += dx * dx;
                    vy += dy * dy;
                    cov += dx * dy;
                }
                vx /= win * win - 1;
                vy /= win * win - 1;
                cov /= win * win - 1;
                total += ((2 * mx * my + c1) * (2 * cov + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
                n++;
            }
        }
        return total / n;
    }
}
