package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Instant;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole table: which steps exist, from where, to where, by whom. */
class ApplicationWorkflowTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

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

    @Test
    void transitionGivesTheRowOfTheTableAndRefusesEveryOtherStepNamingTheStateAndTheAction() {
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                for (ApplicationWorkflow.Who who : ApplicationWorkflow.Who.values()) {
                    var row = ApplicationWorkflow.find(from, action).filter(t -> t.who() == who);
                    if (row.isPresent()) {
                        assertEquals(row.get(), ApplicationWorkflow.transition(from, action, who));
                    } else {
                        ForbiddenTransitionException refused = assertThrows(ForbiddenTransitionException.class,
                                () -> ApplicationWorkflow.transition(from, action, who), from + " " + action + " " + who);
                        assertEquals(from.labelKey(), refused.stateKey());
                        assertEquals(action.labelKey(), refused.actionKey());
                        assertEquals(ForbiddenTransitionException.MESSAGE_KEY, refused.problem().messageKey());
                    }
                }
            }
        }
    }

    @Test
    void aWithdrawnApplicationIsNotSubmittedAgainAndStaysAsItWas() {
        Application application = Application.start(1001, 7, new Actor("subject", "林雅琪"), NOW);
        application.withdraw(NOW);
        ForbiddenTransitionException refused = assertThrows(ForbiddenTransitionException.class,
                () -> application.submit("OD-1001-1-1", NOW));
        assertEquals("application.status.WITHDRAWN", refused.stateKey());
        assertEquals("application.action.RESUBMIT", refused.actionKey());
        assertEquals(ApplicationStatus.WITHDRAWN, application.status());
        assertEquals(0, application.submittedVersions(), "nothing was recorded");
        assertThrows(ForbiddenTransitionException.class, () -> application.withdraw(NOW), "nor withdrawn twice");
    }
}
