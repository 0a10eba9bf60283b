package org.opendividend.outputs.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.StoredCheck;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a re-check flags: a passed check now failing, a changed licence; never an unreachable registry. */
class RecheckFindingTest {

    private static StoredCheck check(String name, String verdict, String value) {
        return new StoredCheck(name, verdict, "outputs.check.x", "", "", value == null ? null : "field", value);
    }

    @Test
    void nothingChangedIsNoFinding() {
        List<StoredCheck> same = List.of(check("RESOLVABLE", "PASS", "a/b"), check("LICENCE_DECLARED", "PASS", "mit"));
        assertNull(RecheckFinding.change(same, same));
    }

    @Test
    void aLicenceChangeIsAFindingEvenWhenItStillPasses() {
        assertEquals("LICENCE_DECLARED mit → apache-2.0", RecheckFinding.change(
                List.of(check("LICENCE_DECLARED", "PASS", "mit")), List.of(check("LICENCE_DECLARED", "PASS", "apache-2.0"))));
    }

    @Test
    void aRepositoryNewlyGatedOrDeletedIsAFinding() {
        assertEquals("PUBLIC false → auto", RecheckFinding.change(List.of(check("PUBLIC", "PASS", "false")),
                List.of(check("PUBLIC", "FAIL", "auto"))));
        assertEquals("RESOLVABLE a/b → FAIL", RecheckFinding.change(List.of(check("RESOLVABLE", "PASS", "a/b")),
                List.of(check("RESOLVABLE", "FAIL", null))));
    }

    @Test
    void anUnreachableRegistryIsNoFindingAndTheRunIsKnownToHaveLearntNothing() {
        List<StoredCheck> unreachable = List.of(check("RESOLVABLE", "WARN", null),
                check("LICENCE_DECLARED", "NOT_APPLICABLE", null));
        assertNull(RecheckFinding.change(List.of(check("RESOLVABLE", "PASS", "a/b")), unreachable));
        assertTrue(RecheckFinding.unreachable(unreachable));
        assertFalse(RecheckFinding.unreachable(List.of(check("RESOLVABLE", "FAIL", null))), "deleted is an answer");
    }
}
