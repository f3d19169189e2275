package dev.feedcard.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates blogs write in front matter into instants. A date without a zone is read in the site's zone.
 * <ul>
 * <li>ISO 8601 and what generators make of it: {@code 2024-05-01}, {@code 2024-05-01T14:30}, {@code 2024-05-01 14:30:00},
 *     fractions ({@code 2023-01-13T22:01:03.284Z}), zones as {@code Z}, {@code UTC}, {@code +09:00}, {@code +0900},
 *     {@code -4} (Jekyll's {@code 2015-03-17 14:00:00 -4}), a zone name ({@code 2024-05-01 14:30 Asia/Tokyo},
 *     {@code 2024-05-01T14:30+09:00[Asia/Tokyo]}), and {@code 2024/05/01};</li>
 * <li>RFC 822, 1123 and 2822: {@code Tue, 17 Mar 2015 14:00:00 GMT}, {@code 17 Mar 15 14:00 EST},
 *     {@code Tue, 17 Mar 2015 14:00:00 +0900};</li>
 * <li>dates with a month name, as Astro's blog template and hand-written posts have them: {@code Jul 08 2022},
 *     {@code July 8, 2022}, {@code 8 July 2022}, {@code Jul 8th, 2022 10:30}, {@code Jul 08 2022 10:30 +0900};</li>
 * <li>the java.time values TOML front matter gives (local date, local date-time, offset date-time).</li>
 * </ul>
 * Spaces around the text are ignored.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
                    + "(?:[Tt ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "(?:\\s*(Z|z|UTC|GMT|UT|[+-]\\d{1,2}(?::?\\d{2})?)(?:\\s*[A-Z]{2,5}|\\s*\\[([A-Za-z0-9_+\\-/]+)])?"
                    + "|\\s+([A-Za-z]+/[A-Za-z0-9_+\\-/]+)"
                    + "|\\s*\\[([A-Za-z0-9_+\\-/]+)])?");
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2}|\\d{4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{4}|[A-Za-z]{1,5}))?");
    private static final String TIME_AND_ZONE = "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{4}|[A-Za-z]{1,5}))?)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_AND_ZONE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(\\d{4})" + TIME_AND_ZONE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

    /** The earliest moment every format feedcard writes can hold: RSS and Atom take years of four digits, from 0001. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The last second every format feedcard writes can hold (a year of five digits is neither RFC 822 nor RFC 3339). */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Dates() {
    }

    /** True when every format can hold {@code instant} as it is, to the second: from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean holdable(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST.plusSeconds(1));
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
        if (!(value instanceof CharSequence)) return Optional.empty();
        String text = value.toString().strip();
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.ofNullable(parseText(text, zone));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant parseText(String text, ZoneId zone) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) return iso(iso, zone);
        Matcher rfc = RFC_822.matcher(text);
        if (rfc.matches()) return rfc822(rfc, zone);
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.matches()) return named(monthFirst.group(1), monthFirst.group(2), monthFirst, zone);
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) return named(dayFirst.group(2), dayFirst.group(1), dayFirst, zone);
        return null;
    }

    private static Instant iso(Matcher m, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                number(m.group(5)), number(m.group(6)), number(m.group(7)),
                m.group(8) == null ? 0 : nanos(m.group(8)));
        if (m.group(9) != null) {
            OffsetDateTime offset = local.atOffset(offset(m.group(9)));
            return offset.toInstant();
        }
        String zoneName = m.group(11) != null ? m.group(11) : m.group(12);
        if (zoneName != null) return local.atZone(ZoneId.of(zoneName)).toInstant();
        return local.atZone(zone).toInstant();
    }

    /** A date with a month name; groups 3 to 7 are the year, hours, minutes, seconds and zone. */
    private static Instant named(String monthName, String day, Matcher m, ZoneId zone) {
        String month = monthName.toLowerCase(Locale.ROOT);
        if (!MONTHS.contains(month)) return null;
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(month) + 1, Integer.parseInt(day),
                number(m.group(4)), number(m.group(5)), number(m.group(6)));
        return inZone(local, m.group(7), zone);
    }

    private static Instant rfc822(Matcher m, ZoneId zone) {
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) return null;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), number(m.group(6)));
        return inZone(local, m.group(7), zone);
    }

    /** The local time in the zone RFC 822 text names (+0900, GMT, EST, a military letter), else in the site's zone. */
    private static Instant inZone(LocalDateTime local, String zoneText, ZoneId zone) {
        if (zoneText == null) return local.atZone(zone).toInstant();
        if (zoneText.startsWith("+") || zoneText.startsWith("-")) return local.atOffset(offset(zoneText)).toInstant();
        Integer hours = NAMED_ZONES.get(zoneText.toUpperCase(Locale.ROOT));
        if (hours != null) return local.atOffset(ZoneOffset.ofHours(hours)).toInstant();
        // RFC 2822: military zones other than Z carry no reliable meaning and are read as UTC.
        if (zoneText.length() == 1 && Character.isLetter(zoneText.charAt(0)) && !zoneText.equalsIgnoreCase("J")) {
            return local.atOffset(ZoneOffset.UTC).toInstant();
        }
        return null;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static ZoneOffset offset(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT") || upper.equals("UT")) return ZoneOffset.UTC;
        int sign = text.startsWith("-") ? -1 : 1;
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        if (minutes > 59) throw new DateTimeException("minutes out of range: " + text);
        return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
    }
}
