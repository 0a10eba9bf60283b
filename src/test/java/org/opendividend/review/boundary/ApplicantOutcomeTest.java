package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.review.boundary.ApplicantOutcome.ReviewerComment;
import org.opendividend.review.entity.DecisionOutcome;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the applicant reads of a taken decision, and who may read it. */
class ApplicantOutcomeTest {

    @Test
    void reviewersAreNumberedInSubmissionOrderAndOneWithoutACommentKeepsItsNumber() {
        assertEquals(List.of(new ReviewerComment(1, "Clear plan."), new ReviewerComment(3, "資料集授權需說明。")),
                ApplicantOutcome.numbered(Arrays.asList(" Clear plan. ", "  ", "資料集授權需說明。")));
        assertEquals(List.of(new ReviewerComment(2, "ok")), ApplicantOutcome.numbered(Arrays.asList(null, "ok")));
        assertEquals(List.of(), ApplicantOutcome.numbered(List.of()));
    }

    @Test
    void everyOutcomeHasItsLabel() {
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            assertEquals("outcome.applicant." + outcome.name(),
                    new ApplicantOutcome(7, outcome, 0, null, List.of()).labelKey());
        }
    }

    private static final OrganisationView ORGANISATION = new OrganisationView(3L, "客語協會", "Hakka Association",
            OrganisationType.NON_PROFIT, "04595257", "台北市", null,
            Map.of("sub-owner", MemberRole.OWNER, "sub-editor", MemberRole.EDITOR, "sub-viewer", MemberRole.VIEWER));

    private static Caller caller(String subject, Set<Role> roles, String... ministries) {
        return CallFixtures.caller(subject, roles, ministries);
    }

    @Test
    void onlyMembersOfTheApplyingOrganisationReadItsOutcome() {
        assertEquals(Decision.allow(), OutcomePermissions.canReadOwn(caller("sub-owner", Set.of(Role.APPLICANT)), ORGANISATION));
        assertEquals(Decision.allow(), OutcomePermissions.canReadOwn(caller("sub-editor", Set.of(Role.APPLICANT)), ORGANISATION));
        Decision refused = Decision.deny("denied.outcome.notOwn");
        assertEquals(refused, OutcomePermissions.canReadOwn(caller("sub-other", Set.of(Role.APPLICANT)), ORGANISATION),
                "another applicant");
        assertEquals(refused, OutcomePermissions.canReadOwn(caller("sub-officer", Set.of(Role.OFFICER), "nstc"),
                ORGANISATION), "an officer");
        assertEquals(refused, OutcomePermissions.canReadOwn(Caller.ANONYMOUS, ORGANISATION), "nobody logged in");
    }

    @Test
    void onlyMembersWhoWriteTheApplicationsAnswerTheReviewers() {
        assertEquals(Decision.allow(), OutcomePermissions.canAnswer(caller("sub-owner", Set.of(Role.APPLICANT)), ORGANISATION));
        assertEquals(Decision.allow(), OutcomePermissions.canAnswer(caller("sub-editor", Set.of(Role.APPLICANT)), ORGANISATION));
        assertEquals(Decision.deny("denied.response.notWriter"),
                OutcomePermissions.canAnswer(caller("sub-viewer", Set.of(Role.APPLICANT)), ORGANISATION), "a viewer reads only");
        assertEquals(Decision.allow(), OutcomePermissions.canReadOwn(caller("sub-viewer", Set.of(Role.APPLICANT)), ORGANISATION));
        assertEquals(Decision.deny("denied.outcome.notOwn"),
                OutcomePermissions.canAnswer(caller("sub-other", Set.of(Role.APPLICANT)), ORGANISATION), "another applicant");
    }
}
