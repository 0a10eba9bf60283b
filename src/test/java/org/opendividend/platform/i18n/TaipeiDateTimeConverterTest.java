package org.opendividend.platform.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Instants are typed and shown in Asia/Taipei whatever the server's time zone. */
class TaipeiDateTimeConverterTest {

    private TimeZone before;

    @BeforeEach
    void serverElsewhere() {
        before = TimeZone.getDefault();
        // New York is on daylight saving time (UTC-4) at the end of March 2027: any use of the default zone shows
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void aTaipeiTimeIsStoredAsItsUtcInstant() {
        assertEquals(Instant.parse("2027-03-31T09:00:00Z"), TaipeiDateTimeConverter.parse("2027-03-31T17:00"));
        assertEquals(Instant.parse("2027-03-31T09:00:00Z"), TaipeiDateTimeConverter.parse(" 2027-03-31T17:00 "));
    }

    @Test
    void theSameInUtcAndInTokyo() {
        for (String zone : new String[] {"UTC", "Asia/Tokyo", "Pacific/Kiritimati"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            assertEquals(Instant.parse("2027-03-31T09:00:00Z"), TaipeiDateTimeConverter.parse("2027-03-31T17:00"), zone);
        }
    }

    @Test
    void aTaipeiMorningIsTheUtcDayBefore() {
        assertEquals(Instant.parse("2027-01-31T16:30:00Z"), TaipeiDateTimeConverter.parse("2027-02-01T00:30"));
    }

    @Test
    void instantsAreShownInTaipeiToTheMinute() {
        TaipeiDateTimeConverter converter = new TaipeiDateTimeConverter();
        assertEquals("2027-03-31T17:00", converter.getAsString(null, null, Instant.parse("2027-03-31T09:00:00Z")));
        assertEquals("2027-03-31T17:00", converter.getAsString(null, null, Instant.parse("2027-03-31T09:00:59.999Z")));
        assertEquals("2027-04-01T00:30", converter.getAsString(null, null, Instant.parse("2027-03-31T16:30:00Z")));
        assertEquals("", converter.getAsString(null, null, null));
    }

    @Test
    void whatIsShownIsReadBack() {
        Instant instant = Instant.parse("2027-03-31T09:00:00Z");
        assertEquals(instant, TaipeiDateTimeConverter.parse(new TaipeiDateTimeConverter().getAsString(null, null, instant)));
    }

    @Test
    void blankFieldsAreNoInstant() {
        TaipeiDateTimeConverter converter = new TaipeiDateTimeConverter();
        assertNull(converter.getAsObject(null, null, null));
        assertNull(converter.getAsObject(null, null, " "));
    }

    @Test
    void somethingElseIsNotADateTime() {
        assertThrows(DateTimeParseException.class, () -> TaipeiDateTimeConverter.parse("31/03/2027 17:00"));
        assertThrows(DateTimeParseException.class, () -> TaipeiDateTimeConverter.parse("2027-02-30T17:00"));
        assertThrows(DateTimeParseException.class, () -> TaipeiDateTimeConverter.parse("2027-03-31T17:00Z"));
    }
}
