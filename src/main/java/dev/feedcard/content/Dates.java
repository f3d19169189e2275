package dev.feedcard.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the dates blogs write in front matter into instants. A date without a zone is read in the site's zone. */
public final class Dates {
    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?");

    private Dates() {
    }

    /** The instant the value names, or empty when it is not a date this reader knows. */
    public static Optional<Instant> parse(Object value, ZoneId zone) {
        if (value == null) return Optional.empty();
        if (value instanceof Date d) return Optional.of(d.toInstant());
        if (value instanceof Instant i) return Optional.of(i);
        if (value instanceof LocalDate d) return Optional.of(d.atStartOfDay(zone).toInstant());
        if (value instanceof LocalDateTime d) return Optional.of(d.atZone(zone).toInstant());
        if (value instanceof OffsetDateTime d) return Optional.of(d.toInstant());
        if (value instanceof ZonedDateTime d) return Optional.of(d.toInstant());
        String text = String.valueOf(value).trim();
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(parseText(text, zone));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Instant parseText(String text, ZoneId zone) {
        Matcher m = LOCAL.matcher(text);
        if (m.matches()) {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : nanos(m.group(7)));
            String offset = m.group(8);
            if (offset == null) return local.atZone(zone).toInstant();
            return local.atOffset(offset(offset)).toInstant();
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return ZonedDateTime.parse(text, DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH)).toInstant();
        }
    }

    private static int nanos(String fraction) {
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z") || text.equals("UTC") || text.equals("GMT")) return ZoneOffset.UTC;
        String sign = text.substring(0, 1);
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int total = (hours * 3600 + minutes * 60) * (sign.equals("-") ? -1 : 1);
        return ZoneOffset.ofTotalSeconds(total);
    }
}
