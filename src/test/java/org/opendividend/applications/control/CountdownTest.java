package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.i18n.Languages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The countdown on the applicant dashboard, on fixed clocks, to the closing second of a call closing in Taipei. */
class CountdownTest {

    /** Demo call 1001 closes 2027-03-31 17:00:00 Taipei time, i.e. 09:00:00 UTC. */
    private static final Instant CLOSES = LocalDateTime.of(2027, 3, 31, 17, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant();

    private static Instant at(Clock clock) {
        return clock.instant();
    }

    @Test
    void theClosingInstantIsReadInTaipei() {
        assertEquals(Instant.parse("2027-03-31T09:00:00Z"), CLOSES);
    }

    @Test
    void daysAndHoursWhileMoreThanADayIsLeft() {
        Instant now = at(Clock.fixed(CLOSES.minus(Duration.ofDays(3).plusHours(4).plusMinutes(59)), ZoneOffset.UTC));
        Countdown countdown = Countdown.until(CLOSES, now);
        assertEquals(new Countdown(Countdown.DAYS, List.of(3L, 4L)), countdown, "cut down, never rounded up");
        assertEquals("closes in 3 days 4 hours", countdown.text(Languages.EN));
        assertEquals("3 天 4 小時後截止", countdown.text(Languages.ZH_TW));
        assertFalse(countdown.isClosed());
    }

    @Test
    void singularWordsInEnglish() {
        assertEquals("closes in 1 day 1 hour", Countdown.until(CLOSES, CLOSES.minus(Duration.ofHours(25))).text(Languages.EN));
        assertEquals("closes in 1 day 0 hours", Countdown.until(CLOSES, CLOSES.minus(Duration.ofHours(24))).text(Languages.EN));
        assertEquals("closes in 1 hour 1 minute", Countdown.until(CLOSES, CLOSES.minus(Duration.ofMinutes(61))).text(Languages.EN));
        assertEquals("closes in 1 minute", Countdown.until(CLOSES, CLOSES.minusSeconds(60)).text(Languages.EN));
    }

    @Test
    void hoursAndMinutesOnTheLastDay() {
        Countdown countdown = Countdown.until(CLOSES, CLOSES.minus(Duration.ofHours(23).plusMinutes(59).plusSeconds(59)));
        assertEquals(new Countdown(Countdown.HOURS, List.of(23L, 59L)), countdown);
        assertEquals("closes in 23 hours 59 minutes", countdown.text(Languages.EN));
        assertEquals("23 小時 59 分鐘後截止", countdown.text(Languages.ZH_TW));
    }

    @Test
    void minutesInTheLastHour() {
        Countdown countdown = Countdown.until(CLOSES, CLOSES.minus(Duration.ofMinutes(7).plusSeconds(30)));
        assertEquals(new Countdown(Countdown.MINUTES, List.of(7L)), countdown);
        assertEquals("closes in 7 minutes", countdown.text(Languages.EN));
        assertEquals("7 分鐘後截止", countdown.text(Languages.ZH_TW));
    }

    @Test
    void theLastSecondBeforeTheCloseIsStillOpen() {
        Countdown countdown = Countdown.until(CLOSES, CLOSES.minusSeconds(1));
        assertEquals(Countdown.LESS_THAN_A_MINUTE, countdown.key());
        assertFalse(countdown.isClosed());
        assertEquals("closes in less than a minute", countdown.text(Languages.EN));
        assertEquals("不到一分鐘後截止", countdown.text(Languages.ZH_TW));
        assertFalse(Countdown.until(CLOSES, CLOSES.minusNanos(1000)).isClosed(), "a microsecond before is still open");
    }

    @Test
    void closedAtTheClosingSecondAndAfter() {
        Countdown atTheSecond = Countdown.until(CLOSES, CLOSES);
        assertTrue(atTheSecond.isClosed(), "an application counts only strictly before the closing second");
        assertEquals("closed", atTheSecond.text(Languages.EN));
        assertEquals("已截止", atTheSecond.text(Languages.ZH_TW));
        assertTrue(Countdown.until(CLOSES, CLOSES.plusSeconds(1)).isClosed());
        assertTrue(Countdown.until(CLOSES, CLOSES.plus(Duration.ofDays(400))).isClosed());
    }

    @Test
    void noClosingInstantCountsAsClosed() {
        assertTrue(Countdown.until(null, CLOSES).isClosed());
    }

    @Test
    void theServerTimeZoneDoesNotMatter() {
        // the same instants give the same words whatever zone the server's clock reports in
        Instant now = CLOSES.minus(Duration.ofHours(30));
        Clock taipei = Clock.fixed(now, ZoneId.of("Asia/Taipei"));
        Clock newYork = Clock.fixed(now, ZoneId.of("America/New_York"));
        assertEquals(Countdown.until(CLOSES, taipei.instant()), Countdown.until(CLOSES, newYork.instant()));
        assertEquals("closes in 1 day 6 hours", Countdown.until(CLOSES, newYork.instant()).text(Languages.EN));
    }
}
