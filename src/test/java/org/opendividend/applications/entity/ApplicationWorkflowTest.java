package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertAll;
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

    // ---------------------------------------------------------------- the table walked on the application itself

    private static final FundingCall CALL = ScreeningTestData.call();
    private static final Instant SCREENED = ScreeningTestData.SUBMITTED.plus(Duration.ofDays(2));

    /** An application in each state the table leads to, reached by the application's own steps. */
    private static final Map<ApplicationStatus, Supplier<Application>> IN = Map.of(
            ApplicationStatus.DRAFT, () -> Application.start(1001, 7, ScreeningTestData.APPLICANT, NOW),
            ApplicationStatus.SUBMITTED, () -> ScreeningTestData.submitted(CALL),
            ApplicationStatus.ELIGIBLE, () -> screened(ScreeningOutcome.ELIGIBLE),
            ApplicationStatus.INELIGIBLE, () -> screened(ScreeningOutcome.INELIGIBLE),
            ApplicationStatus.MORE_INFO_REQUESTED, () -> screened(ScreeningOutcome.MORE_INFO),
            ApplicationStatus.WITHDRAWN, () -> {
                Application a = Application.start(1001, 7, ScreeningTestData.APPLICANT, NOW);
                a.withdraw(NOW);
                return a;
            });

    private static Application screened(ScreeningOutcome outcome) {
        Application a = ScreeningTestData.submitted(CALL);
        a.screen(outcome, "Not a non-profit.", Set.of(ScreeningSection.BUDGET), SCREENED.plus(Duration.ofDays(7)),
                ScreeningTestData.OFFICER, SCREENED);
        return a;
    }

    /** The application's own method that takes the action as that actor, if it has one. */
    private static Optional<Executable> byApplication(Application a, ApplicationAction action, ApplicationWorkflow.Who who) {
        Instant now = SCREENED.plus(Duration.ofDays(1));
        return switch (action) {
            // the application names its submission itself: SUBMIT from a draft, RESUBMIT from anywhere else
            case SUBMIT, RESUBMIT -> who == ApplicationWorkflow.Who.APPLICANT && a.submitAction() == action
                    ? Optional.of(() -> a.submit("OD-1001-1-9", now)) : Optional.empty();
            case SCREEN_ELIGIBLE, SCREEN_INELIGIBLE, REQUEST_MORE_INFO -> who == ApplicationWorkflow.Who.SCREENING_OFFICER
                    ? Optional.of(() -> a.screen(outcomeOf(action), "reason", Set.of(ScreeningSection.PROJECT),
                    now.plus(Duration.ofDays(7)), ScreeningTestData.OFFICER, now)) : Optional.empty();
            case WITHDRAW -> who == ApplicationWorkflow.Who.APPLICANT ? Optional.of(() -> a.withdraw(now)) : Optional.empty();
        };
    }

    private static ScreeningOutcome outcomeOf(ApplicationAction action) {
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            if (outcome.action() == action) {
                return outcome;
            }
        }
        throw new IllegalArgumentException(action.name());
    }

    /**
     * Every state, action and actor from the enums: where the table has the row, the application takes it and ends
     * where the row says; anywhere else it refuses and stays as it was. A state no row leads to or from has no
     * application to try it on, and must stay so until one is added here.
     */
    @Test
    void theApplicationTakesEveryRowWithItsActorAndRefusesEveryOtherStep() {
        List<Executable> checks = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            if (!IN.containsKey(from)) {
                checks.add(() -> assertTrue(ApplicationWorkflow.TABLE.stream().noneMatch(t -> t.from() == from || t.to() == from),
                        from + " is in the table: add an application in that state to IN"));
                continue;
            }
            for (ApplicationAction action : ApplicationAction.values()) {
                for (ApplicationWorkflow.Who who : ApplicationWorkflow.Who.values()) {
                    checks.add(() -> {
                        Application a = IN.get(from).get();
                        assertEquals(from, a.status(), "the fixture");
                        var row = ApplicationWorkflow.find(from, action).filter(t -> t.who() == who);
                        Optional<Executable> step = byApplication(a, action, who);
                        if (row.isPresent()) {
                            assertTrue(step.isPresent(), "the application offers " + action + " to " + who);
                            step.get().execute();
                            assertEquals(row.get().to(), a.status(), from + " + " + action + " by " + who);
                        } else if (step.isPresent()) {
                            assertThrows(ForbiddenTransitionException.class, step.get(), from + " + " + action + " by " + who);
                            assertEquals(from, a.status(), "a refused step changes nothing");
                        }
                    });
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void everyStateSaysWhoMayEditWhatComesNextAndWhetherItIsScreened() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            ApplicationWorkflow.State state = ApplicationWorkflow.state(status);
            assertTrue(state != null && state.editing() != null, status.name());
            assertEquals(status == ApplicationStatus.SUBMITTED, ApplicationWorkflow.isScreenable(status),
                    "only a submitted application is screened: " + status);
            assertEquals(ApplicationWorkflow.RULES.hasStepFrom(status, ApplicationWorkflow.Who.SCREENING_OFFICER),
                    ApplicationWorkflow.isScreenable(status), status.name());
            assertEquals(EnumSet.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED).contains(status),
                    state.nextStep().isEmpty(), "withdrawn and rejected alone have no next step: " + status);
        }
        assertEquals(Set.of(ApplicationStatus.MORE_INFO_REQUESTED),
                ApplicationWorkflow.RULES.statesWhere(s -> s.editing() == ApplicationWorkflow.Editing.REOPENED_SECTIONS),
                "only a request for more information reopens sections until a date");
    }

    @Test
    void moreInformationIsOpenStrictlyBeforeTheOfficersDateAndOnlyWhileRequested() {
        Instant until = SCREENED.plus(Duration.ofDays(7));
        Application reopened = screened(ScreeningOutcome.MORE_INFO);
        assertTrue(reopened.isReopenedBySections());
        assertTrue(reopened.isMoreInfoOpenAt(until.minusNanos(1_000)));
        assertTrue(reopened.isEditableAt(until.minusNanos(1_000)));
        assertFalse(reopened.isMoreInfoOpenAt(until), "the officer's date itself is too late");
        assertFalse(reopened.isEditableAt(until), "and nothing may change after it");
        assertTrue(reopened.isEditable(), "though the state is one the applicant edits in");
        Application submitted = ScreeningTestData.submitted(CALL);
        assertFalse(submitted.isReopenedBySections());
        assertFalse(submitted.isMoreInfoOpenAt(NOW));
        assertTrue(submitted.isEditableAt(until.plus(Duration.ofDays(400))), "the call's deadline is the facade's to judge");
        assertFalse(screened(ScreeningOutcome.ELIGIBLE).isEditableAt(SCREENED));
    }
}
