package dev.feedcard.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.time.Instant;

/** Serialises a Rome feed as UTF-8 XML that keeps content intact (raw format, Unix line ends). */
final class XmlFeeds {
    private XmlFeeds() {
    }

    static byte[] serialise(WireFeed feed) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            XMLOutputter outputter = new XMLOutputter(Format.getRawFormat()
                    .setLineSeparator(LineSeparator.UNIX).setEncoding("UTF-8"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                outputter.output(document, writer);
            }
            return bytes.toByteArray();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("could not write the feed: " + e.getMessage(), e);
        }
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
