package org.opendividend.calls.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.UNRELATED;
import static org.opendividend.calls.CallFixtures.twd;

/** The money alone: the shares' sums, who co-funds, and which answers to a share still hold. */
class CallFundingTest {

    private static final Actor APPROVER = new Actor("approver-sub", "吳美玲");
    private static final Instant AT = Instant.parse("2027-01-05T03:00:00Z");

    private static CallFunding sharedWithCoFunder() {
        CallFunding funding = CallFunding.ledBy(LEAD);
        funding.revise(new CallContent.Funding(twd(10_000_000), Map.of(LEAD, twd(6_000_000), CO_FUNDER, twd(4_000_000)),
                twd(500_000), twd(2_000_000), 24), LEAD);
        return funding;
    }

    @Test
    void theLeadAlwaysHasAShareAndIsNoCoFunder() {
        CallFunding funding = CallFunding.ledBy(LEAD);
        funding.revise(new CallContent.Funding(twd(1), Map.of(CO_FUNDER, twd(1)), twd(1), twd(1), 1), LEAD);
        assertEquals(Map.of(LEAD, BigDecimal.ZERO, CO_FUNDER, twd(1)), funding.shares());
        assertEquals(Set.of(CO_FUNDER), funding.coFunders(LEAD));
    }

    @Test
    void theSumsCountEveryShareAndTheCoFundingLeavesTheLeadsOut() {
        CallFunding funding = sharedWithCoFunder();
        assertEquals(twd(10_000_000), funding.totalShares());
        assertEquals(twd(4_000_000), funding.coFunding(LEAD));
        assertTrue(funding.isFundedBy(CO_FUNDER));
        assertFalse(funding.isFundedBy(UNRELATED));
    }

    @Test
    void anAnswerHoldsOnlyForTheAmountItWasGivenTo() {
        CallFunding funding = sharedWithCoFunder();
        funding.decideShare(CO_FUNDER, ShareConsent.accepted(twd(4_000_000), APPROVER, AT), LEAD);
        funding.changeShare(LEAD, twd(7_000_000), LEAD);
        assertEquals(Set.of(CO_FUNDER), funding.shareConsents().keySet(), "the lead's change leaves the co-funder's answer");
        funding.changeShare(CO_FUNDER, twd(3_000_000), LEAD);
        assertEquals(Map.of(), funding.shareConsents(), "a changed share needs a new answer");
    }

    @Test
    void onlyACoFunderAnswersAndOnlyToItsShareAsItStands() {
        CallFunding funding = sharedWithCoFunder();
        assertThrows(IllegalArgumentException.class,
                () -> funding.decideShare(LEAD, ShareConsent.accepted(twd(6_000_000), APPROVER, AT), LEAD));
        assertThrows(IllegalArgumentException.class,
                () -> funding.decideShare(CO_FUNDER, ShareConsent.accepted(twd(1), APPROVER, AT), LEAD));
        assertThrows(IllegalArgumentException.class, () -> funding.changeShare(UNRELATED, twd(1), LEAD));
        assertEquals(Map.of(), funding.shareConsents());
    }
}
