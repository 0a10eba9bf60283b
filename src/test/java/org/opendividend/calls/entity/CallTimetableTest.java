package org.opendividend.calls.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opendividend.calls.CallFixtures.CLOSES_AT;
import static org.opendividend.calls.CallFixtures.OPENS_AT;

/** The timetable alone: where a call stands at an instant, and how its deadline moves. */
class CallTimetableTest {

    private static final Actor OFFICER = new Actor("officer-sub", "張家豪");

    private static CallTimetable planned() {
        CallTimetable timetable = new CallTimetable();
        timetable.plan(OPENS_AT, CLOSES_AT);
        return timetable;
    }

    @Test
    void aPublishedCallIsOpenFromItsOpeningAndClosedFromItsClosingToTheSecond() {
        CallTimetable t = planned();
        assertEquals(CallStatus.PUBLISHED, t.statusAt(CallStatus.PUBLISHED, OPENS_AT.minusSeconds(1)));
        assertEquals(CallStatus.OPEN, t.statusAt(CallStatus.PUBLISHED, OPENS_AT));
        assertEquals(CallStatus.OPEN, t.statusAt(CallStatus.OPEN, CLOSES_AT.minusSeconds(1)));
        assertEquals(CallStatus.CLOSED, t.statusAt(CallStatus.PUBLISHED, CLOSES_AT), "closed even if never recorded open");
    }

    @Test
    void statusesOutsidePublicationAreNotTheTimetablesToChange() {
        CallTimetable t = planned();
        for (CallStatus recorded : CallStatus.values()) {
            if (recorded != CallStatus.PUBLISHED && recorded != CallStatus.OPEN) {
                assertEquals(recorded, t.statusAt(recorded, CLOSES_AT.plus(Duration.ofDays(1))), recorded.name());
                assertEquals(recorded, t.statusAt(recorded, OPENS_AT.minus(Duration.ofDays(1))), recorded.name());
            }
        }
    }

    @Test
    void anUnplannedTimetableKeepsAPublishedCallPublished() {
        assertEquals(CallStatus.PUBLISHED, new CallTimetable().statusAt(CallStatus.PUBLISHED, CLOSES_AT));
    }

    @Test
    void anExtensionMovesTheClosingLaterAndKeepsTheEarlierOne() {
        CallTimetable t = planned();
        Instant later = CLOSES_AT.plus(Duration.ofDays(7));
        DeadlineExtension extension = t.extend(later, "reason", OFFICER, OPENS_AT);
        assertEquals(later, t.closesAt());
        assertEquals(CLOSES_AT, extension.previousClosesAt());
        assertEquals(java.util.List.of(extension), t.extensions());
        assertEquals(CallStatus.OPEN, t.statusAt(CallStatus.OPEN, CLOSES_AT));
    }

    @Test
    void anExtensionToTheSameOrAnEarlierInstantIsRefusedAndChangesNothing() {
        CallTimetable t = planned();
        assertThrows(IllegalArgumentException.class, () -> t.extend(CLOSES_AT, "same", OFFICER, OPENS_AT));
        assertThrows(IllegalArgumentException.class, () -> t.extend(CLOSES_AT.minusSeconds(1), "earlier", OFFICER, OPENS_AT));
        assertEquals(CLOSES_AT, t.closesAt());
        assertEquals(0, t.extensions().size());
    }
}
