package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.review.control.ReviewerAccount;
import org.opendividend.review.control.ReviewerAccounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The facade refuses, on the server, invitations and pool lists that the permissions refuse, before anyone's account
 * is looked up in the identity provider; whatever a page shows or hides.
 */
class ReviewerFacadeRefusalTest {

    private final ReviewerFacade facade = new ReviewerFacade();

    private void as(Caller caller) {
        facade.currentUser = new CurrentUser() {
            @Override
            public Caller caller() {
                return caller;
            }
        };
        facade.calls = new CallDirectory() {
            @Override
            public Optional<CallSummary> publishedSummary(long callId) {
                return callId == ReviewerPoolPermissionsTest.CALL.id() ? Optional.of(ReviewerPoolPermissionsTest.CALL)
                        : Optional.empty();
            }
        };
        facade.accounts = new ReviewerAccounts() {
            @Override
            public ReviewerAccount reviewerFor(String email) {
                throw new AssertionError("a refused invitation never reaches the identity provider");
            }
        };
    }

    private String refusal(Runnable attempt) {
        return assertThrows(AccessDeniedException.class, attempt::run).reasonKey();
    }

    @Test
    void anOfficerOfAnotherMinistryIsRefused() {
        as(CallFixtures.officerOfNstc());
        assertEquals("reviewers.denied.notOfMinistry", refusal(() -> facade.invite("moc", null, "new@example.org")));
        assertEquals("reviewers.denied.notOfMinistry", refusal(() -> facade.pool("moc", null)));
        assertEquals("reviewers.denied.notFunder", refusal(() -> facade.invite("nstc", 1001L, "new@example.org")),
                "a call that nstc neither leads nor co-funds");
        assertEquals("reviewers.denied.notFunder", refusal(() -> facade.pool("nstc", 1001L)));
    }

    @Test
    void anotherRoleIsRefused() {
        for (Caller caller : List.of(CallFixtures.caller("sub-reviewer", EnumSet.of(Role.REVIEWER)),
                CallFixtures.approverOfMoc(), CallFixtures.applicant())) {
            as(caller);
            assertEquals("reviewers.denied.notOfficer", refusal(() -> facade.invite("moc", null, "new@example.org")));
            assertEquals("reviewers.denied.notOfficer", refusal(() -> facade.pool("moc", 1001L)));
            assertEquals("reviewers.denied.notOfficer", refusal(facade::poolCalls));
        }
        as(CallFixtures.officerOfMoc());
        assertEquals("reviewers.denied.notReviewer", refusal(facade::myProfile), "an officer keeps no reviewer profile");
        assertEquals(Set.of("moc"), facade.poolMinistries());
    }
}
