package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.review.entity.PoolMember;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may manage which reviewer pool: a ministry's officers their ministry's, and a call's pool in the name of a
 * ministry that leads or co-funds it; never another role, never another ministry. Reviewers keep their own profile
 * and answer their own invitations.
 */
class ReviewerPoolPermissionsTest {

    /** Led by moc, co-funded by moda (as CallFixtures' calls); nstc has no part in it. */
    static final CallSummary CALL = new CallSummary(1001L, "客語語料", "Hakka corpora", null, "moc", Set.of("moc", "moda"),
            Set.of(FocusArea.DATASETS_AND_CORPORA));

    private static final Caller REVIEWER = CallFixtures.caller("sub-reviewer", EnumSet.of(Role.REVIEWER));

    @Test
    void officersManageTheirMinistrysPoolAndThePoolsOfCallsItFunds() {
        assertEquals(Decision.allow(), ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfMoc(), "moc"));
        assertEquals(Decision.allow(), ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfMoc(), "moc", CALL));
        assertEquals(Decision.allow(), ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfModa(), "moda", CALL),
                "a co-funder's officers too");
    }

    @Test
    void anotherMinistrysOfficerIsRefused() {
        assertEquals(Decision.deny("reviewers.denied.notOfMinistry"),
                ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfNstc(), "moc"));
        assertEquals(Decision.deny("reviewers.denied.notOfMinistry"),
                ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfNstc(), "moc", CALL));
        assertEquals(Decision.deny("reviewers.denied.notFunder"),
                ReviewerPoolPermissions.canManagePool(CallFixtures.officerOfNstc(), "nstc", CALL),
                "in the name of a ministry that does not fund the call");
    }

    @Test
    void otherRolesAreRefused() {
        for (Caller caller : new Caller[] {CallFixtures.approverOfMoc(), CallFixtures.applicant(), CallFixtures.fundAdmin(), REVIEWER}) {
            assertEquals(Decision.deny("reviewers.denied.notOfficer"), ReviewerPoolPermissions.canUsePools(caller));
            assertEquals(Decision.deny("reviewers.denied.notOfMinistry"), ReviewerPoolPermissions.canManagePool(caller, "moc"));
        }
        assertEquals(Decision.deny("reviewers.denied.notOfMinistry"),
                ReviewerPoolPermissions.canManagePool(CallFixtures.approverOfMoc(), "moc", CALL), "an approver of the lead");
    }

    @Test
    void onlyReviewersKeepAProfileAndOnlyTheInviteeDeclines() {
        assertEquals(Decision.allow(), ReviewerPoolPermissions.canKeepProfile(REVIEWER));
        assertEquals(Decision.deny("reviewers.denied.notReviewer"), ReviewerPoolPermissions.canKeepProfile(CallFixtures.officerOfMoc()));
        PoolMember member = PoolMember.invite("moc", null, "sub-reviewer", "r@example.org", "R", new Actor("o", "O"), Instant.EPOCH);
        assertEquals(Decision.allow(), ReviewerPoolPermissions.canDecline(REVIEWER, member));
        assertEquals(Decision.deny("reviewers.denied.notInvitee"),
                ReviewerPoolPermissions.canDecline(CallFixtures.caller("sub-other", EnumSet.of(Role.REVIEWER)), member));
        member.decline("on leave", Instant.EPOCH);
        assertEquals(Decision.deny("reviewers.denied.alreadyDeclined"), ReviewerPoolPermissions.canDecline(REVIEWER, member));
    }
}
