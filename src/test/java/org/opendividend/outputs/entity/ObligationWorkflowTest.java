package org.opendividend.outputs.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.ObligationWorkflow.Who;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.workflow.Workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.entity.ObligationAction.CHECK_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.FLAG_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.MARK_NON_COMPLIANT;
import static org.opendividend.outputs.entity.ObligationAction.REGISTER_OUTPUT;
import static org.opendividend.outputs.entity.ObligationAction.VERIFY_OUTPUT;
import static org.opendividend.outputs.entity.ObligationState.CHECKED;
import static org.opendividend.outputs.entity.ObligationState.NON_COMPLIANT;
import static org.opendividend.outputs.entity.ObligationState.PLANNED;
import static org.opendividend.outputs.entity.ObligationState.REGISTERED;
import static org.opendividend.outputs.entity.ObligationState.VERIFIED;

/** The output obligation's table, walked whole, and the entity that follows it. */
class ObligationWorkflowTest {

    private static final Instant NOW = Instant.parse("2027-07-02T02:00:00.123456Z");

    private static final Map<List<Object>, List<Object>> EXPECTED = Map.ofEntries(
            entry(List.of(PLANNED, REGISTER_OUTPUT), List.of(REGISTERED, Who.GRANTEE)),
            entry(List.of(REGISTERED, CHECK_OUTPUT), List.of(CHECKED, Who.SYSTEM)),
            entry(List.of(CHECKED, CHECK_OUTPUT), List.of(CHECKED, Who.SYSTEM)),
            entry(List.of(CHECKED, REGISTER_OUTPUT), List.of(REGISTERED, Who.GRANTEE)),
            entry(List.of(CHECKED, VERIFY_OUTPUT), List.of(VERIFIED, Who.OFFICER)),
            entry(List.of(CHECKED, MARK_NON_COMPLIANT), List.of(NON_COMPLIANT, Who.OFFICER)),
            entry(List.of(VERIFIED, CHECK_OUTPUT), List.of(VERIFIED, Who.SYSTEM)),
            entry(List.of(VERIFIED, FLAG_OUTPUT), List.of(CHECKED, Who.SYSTEM)),
            entry(List.of(VERIFIED, REGISTER_OUTPUT), List.of(REGISTERED, Who.GRANTEE)),
            entry(List.of(NON_COMPLIANT, REGISTER_OUTPUT), List.of(REGISTERED, Who.GRANTEE)));

    @Test
    void everyPairOfStateAndActionIsTheTablesRowOrRefused() {
        for (ObligationState from : ObligationState.values()) {
            for (ObligationAction action : ObligationAction.values()) {
                List<Object> expected = EXPECTED.get(List.of(from, action));
                var row = ObligationWorkflow.RULES.find(from, action);
                if (expected == null) {
                    assertTrue(row.isEmpty(), from + " " + action);
                    for (Who who : Who.values()) {
                        assertThrows(ForbiddenTransitionException.class,
                                () -> ObligationWorkflow.RULES.transition(from, action, who));
                    }
                } else {
                    Workflow.Transition<ObligationState, ObligationAction, Who> found = row.orElseThrow();
                    assertEquals(expected, List.of(found.to(), found.who()), from + " " + action);
                    for (Who who : Who.values()) {
                        if (who != found.who()) {
                            assertThrows(ForbiddenTransitionException.class,
                                    () -> ObligationWorkflow.RULES.transition(from, action, who));
                        }
                    }
                }
            }
        }
        assertEquals(EXPECTED.size(), ObligationWorkflow.RULES.rows().size());
    }

    @Test
    void onlyVerifiedCountsForTheGateAndTheScheduleRechecksCheckedAndVerified() {
        assertEquals(Set.of(VERIFIED), ObligationWorkflow.RULES.statesWhere(ObligationWorkflow.State::verified));
        assertEquals(Set.of(CHECKED, VERIFIED), ObligationWorkflow.RULES.statesWhere(ObligationWorkflow.State::rechecked));
        assertEquals(Who.OFFICER, ObligationWorkflow.state(CHECKED).waitsFor());
        assertEquals(Who.GRANTEE, ObligationWorkflow.state(NON_COMPLIANT).waitsFor());
        assertNull(ObligationWorkflow.state(VERIFIED).waitsFor());
    }

    @Test
    void theEntityWalksTheTableAndAChangeFlagsAVerifiedOutputBack() {
        TrackedObligation o = TrackedObligation.planned(new TrackedObligation.Terms(8001, 0, "1008-1", 2301,
                Set.of("moc"), OutputType.DATASET, "詞彙", "CC-BY-4.0", "CC-BY-4.0", LocalDate.of(2028, 6, 30), "hak", 0));
        assertEquals(PLANNED, o.state());
        assertThrows(ForbiddenTransitionException.class, () -> o.judge(true, "", "officer", NOW));
        o.register(new TrackedObligation.Registration("https://zenodo.org/records/1", OutputRegistry.ZENODO, null,
                null, "CC-BY-4.0", List.of()), "grantee", NOW);
        assertEquals(REGISTERED, o.state());
        StoredCheck open = new StoredCheck("LICENCE_DECLARED", "PASS", "k", "", "", "license", "cc-by-4.0");
        assertEquals(CHECK_OUTPUT, o.checked(List.of(open), null, NOW));
        assertEquals(CHECKED, o.state());
        o.judge(true, "", "officer", NOW);
        assertEquals(VERIFIED, o.state());
        assertNull(o.verdictReason());
        assertEquals(CHECK_OUTPUT, o.checked(List.of(open), null, NOW));
        assertEquals(VERIFIED, o.state());
        assertFalse(o.flagged());
        assertEquals(FLAG_OUTPUT, o.checked(List.of(open), "LICENCE_DECLARED cc-by-4.0 → cc-by-nc-4.0", NOW));
        assertEquals(CHECKED, o.state());
        assertTrue(o.flagged());
        o.judge(false, " 授權已改為非商業授權。 ", "officer", NOW);
        assertEquals(NON_COMPLIANT, o.state());
        assertEquals("授權已改為非商業授權。", o.verdictReason());
        assertFalse(o.flagged());
        assertThrows(ForbiddenTransitionException.class, () -> o.checked(List.of(open), null, NOW));
        o.register(new TrackedObligation.Registration("https://zenodo.org/records/2", OutputRegistry.ZENODO, null,
                null, "CC-BY-4.0", List.of()), "grantee", NOW);
        assertEquals(REGISTERED, o.state());
        assertNull(o.verdictReason());
    }
}
