package org.opendividend.audit.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalCoalescingTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    private final RefusalCoalescing coalescing = new RefusalCoalescing();

    @Test
    void repeatedRefusalsWithinAMinuteAreRecordedOnce() {
        assertTrue(coalescing.first("ada|Application|12|GET|denied", T0));
        assertFalse(coalescing.first("ada|Application|12|GET|denied", T0.plusSeconds(1)));
        assertFalse(coalescing.first("ada|Application|12|GET|denied", T0.plusSeconds(59)));
    }

    @Test
    void aRefusalAMinuteAfterTheRecordedOneIsRecordedAgain() {
        assertTrue(coalescing.first("k", T0));
        assertFalse(coalescing.first("k", T0.plusSeconds(30)));
        assertTrue(coalescing.first("k", T0.plus(RefusalCoalescing.WINDOW)));
        assertFalse(coalescing.first("k", T0.plus(RefusalCoalescing.WINDOW).plusSeconds(59)));
    }

    @Test
    void differentPeopleObjectsOrActionsAreRecordedEach() {
        assertTrue(coalescing.first("ada|Application|12|GET|denied", T0));
        assertTrue(coalescing.first("bob|Application|12|GET|denied", T0));
        assertTrue(coalescing.first("ada|Application|13|GET|denied", T0));
        assertTrue(coalescing.first("ada|Application|12|POST|denied", T0));
    }

    @Test
    void expiredRefusalsAreForgottenOnceManyAreRemembered() {
        for (int i = 0; i < RefusalCoalescing.REMEMBERED_MAX; i++) {
            coalescing.first("key" + i, T0);
        }
        assertEquals(RefusalCoalescing.REMEMBERED_MAX, coalescing.remembered());

        assertTrue(coalescing.first("later", T0.plus(RefusalCoalescing.WINDOW)));

        assertEquals(1, coalescing.remembered(), "only the refusal still within its minute is remembered");
    }

    @Test
    void aFloodWithinOneMinuteKeepsTheMemoryBounded() {
        for (int i = 0; i <= RefusalCoalescing.REMEMBERED_MAX + 10; i++) {
            assertTrue(coalescing.first("key" + i, T0.plusMillis(i)));
        }
        assertTrue(coalescing.remembered() <= RefusalCoalescing.REMEMBERED_MAX, "remembered " + coalescing.remembered());
    }
}
