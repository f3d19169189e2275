package dev.feedcard.card;

import java.util.ArrayList;
import java.util.List;

/** The segments of a JPEG file before its image data, read the simple way for tests. */
record JpegMarkers(List<Integer> markers, int components) {

    static JpegMarkers of(byte[] jpeg) {
        if ((jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) throw new IllegalArgumentException("not a JPEG");
        List<Integer> markers = new ArrayList<>();
        int components = 0;
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xff) != 0xff) throw new IllegalArgumentException("no marker at " + i);
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) components = jpeg[i + 9] & 0xff;
            if (marker == 0xDA) break;
            i += 2 + length;
        }
        return new JpegMarkers(List.copyOf(markers), components);
    }

    boolean has(int marker) {
        return markers.contains(marker);
    }

    boolean progressive() {
        return has(0xC2);
    }

    @Override
    public String toString() {
        return markers.stream().map(m -> String.format("FF%02X", m)).toList() + ", " + components + " components";
    }
}
