package dev.feedcard.card;

import dev.feedcard.config.CardSettings;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Turns a featured image into a card of exactly the configured size: cropped to fill around the centre, JPEG. */
public final class CardMaker {
    static {
        ImageIO.setUseCache(false);
    }

    private final CardSettings settings;

    public CardMaker(CardSettings settings) {
        this.settings = settings;
    }

    public byte[] fromImage(Path source) throws IOException {
        BufferedImage image = Thumbnails.of(source.toFile())
                .size(settings.width(), settings.height())
                .crop(Positions.CENTER)
                .asBufferedImage();
        return jpeg(opaque(image));
    }

    private BufferedImage opaque(BufferedImage image) {
        BufferedImage canvas = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.drawImage(image, 0, 0, settings.width(), settings.height(), null);
        g.dispose();
        return canvas;
    }

    private byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(settings.quality() / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
