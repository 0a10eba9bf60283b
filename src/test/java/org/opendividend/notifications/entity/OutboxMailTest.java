package org.opendividend.notifications.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    private static OutboxMail waiting() {
        return new OutboxMail("n-1", "Application 7 SUBMITTED",
                new ComposedMail("lin@example.org", "林雅琪", Locale.forLanguageTag("zh-TW"), "已收到", "text", "<p>html</p>"), T0);
    }

    @Test
    void aNewMailIsDueAtOnceAndKeepsWhatWasComposed() {
        OutboxMail mail = waiting();
        assertTrue(mail.claim(T0));
        assertEquals(1, mail.attempts());
        assertEquals("林雅琪", mail.mail().toName());
        assertEquals(Locale.forLanguageTag("zh-TW"), mail.mail().language());
        assertEquals("<p>html</p>", mail.mail().html());
    }

    @Test
    void aClaimKeepsOtherSendersAwayUntilItLapses() {
        OutboxMail mail = waiting();
        assertTrue(mail.claim(T0));
        assertFalse(mail.claim(T0.plusSeconds(10)), "claimed by the first sender");
        assertTrue(mail.claim(T0.plus(OutboxMail.CLAIM).plusSeconds(1)), "a sender that died lets go after the claim");
    }

    @Test
    void aSentMailIsNeverSentAgain() {
        OutboxMail mail = waiting();
        mail.claim(T0);
        mail.sent(T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(1), mail.sentAt());
        assertFalse(mail.claim(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aFailureWaitsLongerEachTimeAndGivesUpAtTheLimit() {
        OutboxMail mail = waiting();
        Instant now = T0;
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt <= OutboxMail.MAX_ATTEMPTS; attempt++) {
            assertTrue(mail.claim(now), "attempt " + attempt);
            boolean last = mail.failed(now, "connection refused");
            assertEquals(attempt == OutboxMail.MAX_ATTEMPTS, last);
            Duration pause = Duration.between(now, mail.nextAttemptAt());
            assertTrue(pause.compareTo(previous) >= 0, "pauses never shrink");
            assertFalse(mail.claim(now.plus(pause).minusSeconds(1)), "not before the pause is over");
            previous = pause;
            now = now.plus(pause);
        }
        assertFalse(mail.claim(now.plus(Duration.ofDays(30))), "given up");
        assertEquals("connection refused", mail.lastError());
        assertNull(mail.sentAt());
    }

    @Test
    void pausesStartAtHalfAMinuteAndStopGrowingAtSixHours() {
        assertEquals(Duration.ofSeconds(30), OutboxMail.pauseAfter(1));
        assertEquals(Duration.ofSeconds(60), OutboxMail.pauseAfter(2));
        assertEquals(Duration.ofHours(6), OutboxMail.pauseAfter(OutboxMail.MAX_ATTEMPTS));
    }
}
