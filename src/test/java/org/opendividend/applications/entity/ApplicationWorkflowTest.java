package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole table: which steps exist, from where, to where, by whom. */
class ApplicationWorkflowTest {

    @Test
    void everyPairOfStatusAndActionIsEitherAStepOfTheTableOrImpossible() {
        record Step(ApplicationStatus from, ApplicationAction action, ApplicationStatus to, ApplicationWorkflow.Who who) {
        }
        Set<Step> expected = Set.of(
                new Step(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.SUBMITTED, ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.SUBMITTED, ApplicationAction.SCREEN_ELIGIBLE, ApplicationStatus.ELIGIBLE, ApplicationWorkflow.Who.SCREENING_OFFICER),
                new Step(ApplicationStatus.SUBMITTED, ApplicationAction.SCREEN_INELIGIBLE, ApplicationStatus.INELIGIBLE, ApplicationWorkflow.Who.SCREENING_OFFICER),
                new Step(ApplicationStatus.SUBMITTED, ApplicationAction.REQUEST_MORE_INFO, ApplicationStatus.MORE_INFO_REQUESTED, ApplicationWorkflow.Who.SCREENING_OFFICER),
                new Step(ApplicationStatus.MORE_INFO_REQUESTED, ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.DRAFT, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.SUBMITTED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.MORE_INFO_REQUESTED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, ApplicationWorkflow.Who.APPLICANT),
                new Step(ApplicationStatus.ELIGIBLE, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, ApplicationWorkflow.Who.APPLICANT));
        Set<Step> actual = new HashSet<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                ApplicationWorkflow.find(from, action).ifPresent(t -> actual.add(new Step(t.from(), t.action(), t.to(), t.who())));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void nothingLeavesAFinalScreeningVerdictOrAWithdrawalExceptAsTheTableSays() {
        for (ApplicationAction action : ApplicationAction.values()) {
            assertFalse(ApplicationWorkflow.find(ApplicationStatus.WITHDRAWN, action).isPresent(), "withdrawn is final: " + action);
            assertFalse(ApplicationWorkflow.find(ApplicationStatus.INELIGIBLE, action).isPresent(), "ineligible is final: " + action);
        }
        assertTrue(ApplicationWorkflow.TABLE.stream().noneMatch(t -> t.action() == ApplicationAction.WITHDRAW
                && t.to() != ApplicationStatus.WITHDRAWN));
    }
}
