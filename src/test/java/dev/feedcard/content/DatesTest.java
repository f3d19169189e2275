package dev.feedcard.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-01-13T22:01:03.284Z      | 2023-01-13T22:01:03.284Z",
            "2023-01-13                    | 2023-01-12T15:00:00Z",
            "2023-01-13 10:30              | 2023-01-13T01:30:00Z",
            "2023-01-13T10:30:00+01:00     | 2023-01-13T09:30:00Z",
            "2015-03-17 14:00:00 -4        | 2015-03-17T18:00:00Z",
            "'2024-05-01T08:00:00Z '       | 2024-05-01T08:00:00Z",
            "'Fri, 13 Jan 2023 22:01:03 GMT' | 2023-01-13T22:01:03Z",
    })
    void readsTheFormsBlogsWrite(String text, String expected) {
        assertEquals(Instant.parse(expected), Dates.parse(text, ZoneId.of("Asia/Tokyo")).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"2023-02-30", "yesterday", "2023-13-01", "''"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(Dates.parse(text, ZoneId.of("UTC")).isEmpty());
    }
}
