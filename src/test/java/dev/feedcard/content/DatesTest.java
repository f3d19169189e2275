package dev.feedcard.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // ISO 8601 with a zone: the zone decides
            "2024-05-01T14:30:00Z                | 2024-05-01T14:30:00Z",
            "2024-05-01T14:30:00z                | 2024-05-01T14:30:00Z",
            "2023-01-13T22:01:03.284Z            | 2023-01-13T22:01:03.284Z",
            "2023-01-13T22:01:03,5Z              | 2023-01-13T22:01:03.500Z",
            "2023-01-13T22:01:03.123456789+09:00 | 2023-01-13T13:01:03.123456789Z",
            "2024-05-01T14:30:00+09:00           | 2024-05-01T05:30:00Z",
            "2024-05-01T14:30:00-07:00           | 2024-05-01T21:30:00Z",
            "2024-05-01T14:30+0530               | 2024-05-01T09:00:00Z",
            "2024-05-01 14:30:00 UTC             | 2024-05-01T14:30:00Z",
            "2024-05-01 14:30:00 GMT             | 2024-05-01T14:30:00Z",
            "2024-05-01T14:30:00+09:00[Asia/Tokyo] | 2024-05-01T05:30:00Z",
            "2024-05-01 14:30 Europe/Paris       | 2024-05-01T12:30:00Z",
            "2024-05-01T14:30[Europe/Paris]      | 2024-05-01T12:30:00Z",
            // Jekyll's forms
            "2015-03-17 14:00:00 -4              | 2015-03-17T18:00:00Z",
            "2015-03-17 14:00:00 -0400           | 2015-03-17T18:00:00Z",
            "2015-03-17 14:00:00 +0900 JST       | 2015-03-17T05:00:00Z",
            "2015-03-17 14:00:00+09:00           | 2015-03-17T05:00:00Z",
            // RFC 822 / 1123 / 2822
            "'Tue, 17 Mar 2015 14:00:00 GMT'     | 2015-03-17T14:00:00Z",
            "'Tue, 17 Mar 2015 14:00:00 +0900'   | 2015-03-17T05:00:00Z",
            "'Tue, 17 Mar 2015 14:00:00 -0430'   | 2015-03-17T18:30:00Z",
            "'17 Mar 2015 14:00 EST'             | 2015-03-17T19:00:00Z",
            "'17 Mar 15 14:00:00 PDT'            | 2015-03-17T21:00:00Z",
            "'Tue, 17 Mar 99 14:00:00 UT'        | 1999-03-17T14:00:00Z",
            "'Tuesday, 17 March 2015 14:00:00 Z' | 2015-03-17T14:00:00Z",
            "'tue, 17 mar 2015 14:00:00 gmt'     | 2015-03-17T14:00:00Z",
            "'Jul 08 2022 10:30 +0900'           | 2022-07-08T01:30:00Z",
            "'8 July 2022 10:30:15 GMT'          | 2022-07-08T10:30:15Z",
    })
    void readsDatesWithAZoneInThatZone(String text, String expected) {
        assertEquals(Instant.parse(expected), Dates.parse(text, TOKYO).orElseThrow());
        assertEquals(Instant.parse(expected), Dates.parse(text, NEW_YORK).orElseThrow(), "the site's zone must not matter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-01                     | 2024-05-01T00:00",
            "2024-5-1                       | 2024-05-01T00:00",
            "2024/05/01                     | 2024-05-01T00:00",
            "2024-05-01T14:30               | 2024-05-01T14:30",
            "2024-05-01 14:30               | 2024-05-01T14:30",
            "2024-05-01 14:30:15            | 2024-05-01T14:30:15",
            "2024-05-01t14:30:15            | 2024-05-01T14:30:15",
            "2024-05-01T14:30:15.250        | 2024-05-01T14:30:15.250",
            "2024-05-01 9:05                | 2024-05-01T09:05",
            "'Wed, 01 May 2024 14:30:00'    | 2024-05-01T14:30",
            // month names: Astro's blog template and hand-written dates
            "'Jul 08 2022'                  | 2022-07-08T00:00",
            "'July 8, 2022'                 | 2022-07-08T00:00",
            "'Sep. 3, 2021'                 | 2021-09-03T00:00",
            "'8 July 2022'                  | 2022-07-08T00:00",
            "'8th July, 2022'               | 2022-07-08T00:00",
            "'Jul 8th, 2022 10:30'          | 2022-07-08T10:30",
            "'Friday, July 8, 2022'         | 2022-07-08T00:00",
    })
    void readsDatesWithoutAZoneInTheSiteZone(String text, String local) {
        LocalDateTime expected = LocalDateTime.parse(local);
        assertEquals(expected.atZone(TOKYO).toInstant(), Dates.parse(text, TOKYO).orElseThrow());
        assertEquals(expected.atZone(NEW_YORK).toInstant(), Dates.parse(text, NEW_YORK).orElseThrow());
    }

    @Test
    void ignoresSpacesAroundTheText() {
        Instant expected = Instant.parse("2024-05-01T14:30:00Z");
        assertEquals(expected, Dates.parse("2024-05-01T14:30:00Z ", TOKYO).orElseThrow());
        assertEquals(expected, Dates.parse("  2024-05-01T14:30:00Z\t", TOKYO).orElseThrow());
        assertEquals(expected, Dates.parse("Wed, 01 May 2024 14:30:00 GMT ", TOKYO).orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 1).atStartOfDay(TOKYO).toInstant(), Dates.parse("2024-05-01 ", TOKYO).orElseThrow());
    }

    @Test
    void readsTheValuesTomlAndYamlLibrariesGive() {
        assertEquals(LocalDate.of(2024, 5, 1).atStartOfDay(TOKYO).toInstant(),
                Dates.parse(LocalDate.of(2024, 5, 1), TOKYO).orElseThrow());
        assertEquals(LocalDateTime.of(2024, 5, 1, 14, 30).atZone(NEW_YORK).toInstant(),
                Dates.parse(LocalDateTime.of(2024, 5, 1, 14, 30), NEW_YORK).orElseThrow());
        assertEquals(Instant.parse("2024-05-01T05:30:00Z"),
                Dates.parse(OffsetDateTime.of(2024, 5, 1, 14, 30, 0, 0, ZoneOffset.ofHours(9)), NEW_YORK).orElseThrow());
        assertEquals(Instant.parse("2024-05-01T05:30:00Z"),
                Dates.parse(ZonedDateTime.of(2024, 5, 1, 14, 30, 0, 0, TOKYO), NEW_YORK).orElseThrow());
        assertEquals(Instant.parse("2024-05-01T05:30:00Z"), Dates.parse(Date.from(Instant.parse("2024-05-01T05:30:00Z")), TOKYO).orElseThrow());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "yesterday", "2024-02-30", "2024-13-01", "2024-05-01T25:00", "2024-05-01T14:60",
            "2024-05-01 14:30 +25:00", "2024-05-01 14:30 Mars/Olympus", "32 Mar 2015 14:00:00 GMT", "17 Foo 2015 14:00 GMT",
            "17 Mar 2015 14:00 XYZ", "2024-05", "05/01/2024", "Foo 08 2022", "Jul 32 2022", "July 2022", "2024-05-01T14:30:00+09:00 and more"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(Dates.parse(text, TOKYO).isEmpty(), () -> text + " -> " + Dates.parse(text, TOKYO));
    }

    @Test
    void refusesValuesThatAreNotText() {
        assertTrue(Dates.parse(null, TOKYO).isEmpty());
        assertTrue(Dates.parse(20240501, TOKYO).isEmpty());
        assertTrue(Dates.parse(true, TOKYO).isEmpty());
        assertTrue(Dates.parse(List.of("2024-05-01"), TOKYO).isEmpty());
        assertTrue(Dates.parse(Map.of("date", "2024-05-01"), TOKYO).isEmpty());
    }
}
