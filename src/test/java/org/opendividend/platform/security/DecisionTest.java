package org.opendividend.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTest {

    @Test
    void allowIsAllowedWithoutReason() {
        Decision decision = Decision.allow();
        assertTrue(decision.allowed());
        assertNull(decision.reasonKey());
    }

    @Test
    void denyIsRefusedWithItsReason() {
        Decision decision = Decision.deny("denied.fundAdminOnly");
        assertFalse(decision.allowed());
        assertEquals("denied.fundAdminOnly", decision.reasonKey());
    }

    @Test
    void allowedDecisionLetsTheOperationThrough() {
        assertDoesNotThrow(() -> Decision.allow().orThrow());
    }

    @Test
    void deniedDecisionThrowsAccessDeniedCarryingTheReasonKey() {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> Decision.deny("denied.notYourMinistry").orThrow());
        assertEquals("denied.notYourMinistry", refused.reasonKey());
        assertTrue(refused.getMessage().contains("denied.notYourMinistry"), refused.getMessage());
    }

    @Test
    void accessDeniedIsUncheckedSoFacadesNeedNotDeclareIt() {
        assertTrue(RuntimeException.class.isAssignableFrom(AccessDeniedException.class));
    }

    @Test
    void decisionsWithTheSameOutcomeAndReasonAreEqual() {
        assertEquals(Decision.deny("a"), Decision.deny("a"));
        assertFalse(Decision.deny("a").equals(Decision.deny("b")));
        assertEquals(Decision.allow(), new Decision(true, null));
    }
}
