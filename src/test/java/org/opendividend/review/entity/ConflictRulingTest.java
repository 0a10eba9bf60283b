package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An officer's ruling on a conflict: always with a reason and an officer, audited as what it is. */
class ConflictRulingTest {

    private static final Actor OFFICER = new Actor("sub-officer", "Officer Ko");
    private static final Instant NOW = Instant.parse("2026-06-15T04:00:00Z");

    @Test
    void anAddedConflictIsTheOfficersSourceWithTheReasonAsGiven() {
        ConflictRuling added = ConflictRuling.added(12, 42, "  same lab  ", OFFICER, NOW);
        assertEquals(ConflictSource.OFFICER_ADDED, added.source());
        assertEquals(ConflictRuling.Kind.ADDED, added.ruling());
        assertEquals("same lab", added.reason());
        assertEquals("Officer Ko", added.officerName());
    }

    @Test
    void noRulingWithoutAReasonOrByTheSystem() {
        assertThrows(IllegalArgumentException.class,
                () -> ConflictRuling.lifted(12, 42, ConflictSource.ORGANISATION, " ", OFFICER, NOW));
        assertThrows(NullPointerException.class,
                () -> ConflictRuling.lifted(12, 42, ConflictSource.ORGANISATION, "reason", Actor.SYSTEM, NOW));
    }

    @Test
    void theAuditEntrySaysWhatWasLiftedForWhomAndWhy() {
        ConflictRuled lifted = new ConflictRuled(OFFICER, 42, 12, ConflictRuling.Kind.LIFTED,
                ConflictSource.EMAIL_DOMAIN, "different institutes");
        assertEquals(ConflictChange.CONFLICT_LIFTED, lifted.action());
        assertEquals("42", lifted.objectId());
        assertEquals("conflict lifted (EMAIL_DOMAIN) for reviewer person 12: different institutes", lifted.summary());
    }
}
