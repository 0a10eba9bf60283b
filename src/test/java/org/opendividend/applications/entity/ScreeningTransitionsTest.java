package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.calls.entity.FundingCall;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screening as the workflow table says, and what a request for more information leaves open to the applicant. */
class ScreeningTransitionsTest {

    private static final FundingCall CALL = ScreeningTestData.call();
    private static final Instant NOW = ScreeningTestData.SUBMITTED.plus(Duration.ofDays(40));
    private static final Instant UNTIL = NOW.plus(Duration.ofDays(14));

    @Test
    void everyOutcomeIsTheOfficersStepFromSubmitted() {
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            var step = ApplicationWorkflow.find(ApplicationStatus.SUBMITTED, outcome.action()).orElseThrow();
            assertEquals(ApplicationWorkflow.Who.SCREENING_OFFICER, step.who(), outcome.name());
        }
    }

    @Test
    void eligibleRecordsWhoAndWhen() {
        Application a = ScreeningTestData.submitted(CALL);
        a.screen(ScreeningOutcome.ELIGIBLE, "", Set.of(), null, ScreeningTestData.OFFICER, NOW);
        assertEquals(ApplicationStatus.ELIGIBLE, a.status());
        assertEquals(ScreeningOutcome.ELIGIBLE, a.screeningOutcome());
        assertEquals("文化部承辦人", a.screenedByName());
        assertEquals(NOW, a.screenedAt());
        assertTrue(a.moreInfoSections().isEmpty());
        assertNull(a.moreInfoUntil());
        assertFalse(a.mayChange(ScreeningSection.PROJECT, NOW), "an eligible application is no longer edited");
    }

    @Test
    void ineligibleNeedsAReason() {
        Application a = ScreeningTestData.submitted(CALL);
        assertThrows(IllegalArgumentException.class,
                () -> a.screen(ScreeningOutcome.INELIGIBLE, "  ", Set.of(), null, ScreeningTestData.OFFICER, NOW));
        assertEquals(ApplicationStatus.SUBMITTED, a.status(), "nothing recorded");
        a.screen(ScreeningOutcome.INELIGIBLE, " 申請單位類型不符 ", Set.of(), null, ScreeningTestData.OFFICER, NOW);
        assertEquals(ApplicationStatus.INELIGIBLE, a.status());
        assertEquals("申請單位類型不符", a.screeningReason());
    }

    @Test
    void moreInformationNeedsSectionsAndAFutureDate() {
        Application a = ScreeningTestData.submitted(CALL);
        assertThrows(IllegalArgumentException.class, () -> a.screen(ScreeningOutcome.MORE_INFO, "", Set.of(), UNTIL,
                ScreeningTestData.OFFICER, NOW));
        assertThrows(IllegalArgumentException.class, () -> a.screen(ScreeningOutcome.MORE_INFO, "",
                Set.of(ScreeningSection.BUDGET), NOW, ScreeningTestData.OFFICER, NOW));
        a.screen(ScreeningOutcome.MORE_INFO, "請補經費說明", EnumSet.of(ScreeningSection.OUTPUTS, ScreeningSection.BUDGET),
                UNTIL, ScreeningTestData.OFFICER, NOW);
        assertEquals(ApplicationStatus.MORE_INFO_REQUESTED, a.status());
        assertEquals(EnumSet.of(ScreeningSection.BUDGET, ScreeningSection.OUTPUTS), a.moreInfoSections());
        assertEquals(UNTIL, a.moreInfoUntil());
    }

    @Test
    void onlyASubmittedApplicationIsScreened() {
        Application a = ScreeningTestData.submitted(CALL);
        a.screen(ScreeningOutcome.ELIGIBLE, "", Set.of(), null, ScreeningTestData.OFFICER, NOW);
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            assertThrows(ForbiddenTransitionException.class, () -> a.screen(outcome, "reason", Set.of(ScreeningSection.BUDGET),
                    UNTIL, ScreeningTestData.OFFICER, NOW), outcome.name());
        }
        Application draft = Application.start(1, 2, ScreeningTestData.APPLICANT, NOW);
        assertThrows(ForbiddenTransitionException.class,
                () -> draft.screen(ScreeningOutcome.ELIGIBLE, "", Set.of(), null, ScreeningTestData.OFFICER, NOW));
    }

    @Test
    void moreInformationOpensOnlyTheNamedSectionsUntilTheDate() {
        Application a = moreInfoOnBudget();
        assertTrue(a.mayChange(ScreeningSection.BUDGET, NOW));
        assertFalse(a.mayChange(ScreeningSection.PROJECT, NOW));
        assertFalse(a.mayChange(ScreeningSection.BUDGET, UNTIL), "closed at the date");
        assertTrue(a.isMoreInfoOpenAt(UNTIL.minusSeconds(1)));
        assertFalse(a.isMoreInfoOpenAt(UNTIL));
    }

    @Test
    void changesToClosedSectionsAreNamedAndTheOpenOnesAccepted() {
        Application a = moreInfoOnBudget();
        ApplicationContent before = a.content();
        ApplicationContent budgetChanged = withBudget(before, new BigDecimal("600000"));
        assertEquals(Set.of(), a.closedSectionsChangedBy(budgetChanged, NOW));

        ApplicationContent titleAndBudget = new ApplicationContent("新標題", before.titleEn(), before.abstractText(),
                before.startDate(), before.durationMonths(), before.team(), before.answers(), budgetChanged.budget(),
                before.outputs(), before.ethics());
        assertEquals(Set.of(ScreeningSection.PROJECT), a.closedSectionsChangedBy(titleAndBudget, NOW));
        assertEquals(Set.of(ScreeningSection.PROJECT, ScreeningSection.BUDGET),
                a.closedSectionsChangedBy(titleAndBudget, UNTIL), "after the date nothing is open");
    }

    @Test
    void whatAPageSendsBackUnchangedIsNoChange() {
        Application a = moreInfoOnBudget();
        ApplicationContent c = a.content();
        ApplicationContent resent = new ApplicationContent(c.titleZhTw() + " ", c.titleEn(), c.abstractText().replace("\n", "\r\n"),
                c.startDate(), c.durationMonths(), c.team(), withEmptyAnswer(c), c.budget(), c.outputs(), c.ethics());
        assertEquals(Set.of(), a.closedSectionsChangedBy(resent, NOW));
        ApplicationContent scaled = withBudget(c, c.budget().get(0).amount().setScale(2));
        assertFalse(ScreeningSection.BUDGET.differs(c, scaled), "500000 and 500000.00 are the same amount");
    }

    @Test
    void revisingKeepsTheClosedSectionsAsTheyWere() {
        Application a = moreInfoOnBudget();
        ApplicationContent before = a.content();
        ApplicationContent typed = new ApplicationContent(before.titleZhTw() + " ", before.titleEn(), before.abstractText(),
                before.startDate(), before.durationMonths(), before.team(), before.answers(),
                withBudget(before, new BigDecimal("700000")).budget(), before.outputs(), before.ethics());
        a.reviseOpenSections(typed, NOW);
        assertEquals(before.titleZhTw(), a.content().titleZhTw(), "the closed project section keeps what it held");
        assertEquals(new BigDecimal("700000"), a.content().budget().get(0).amount());
    }

    @Test
    void resubmittingAfterMoreInformationIsPossibleUntilTheDateOnly() {
        Application late = moreInfoOnBudget();
        assertThrows(IllegalStateException.class, () -> late.submit("OD-1001-1-2", UNTIL));
        Application inTime = moreInfoOnBudget();
        assertEquals(2, inTime.submit("OD-1001-1-2", UNTIL.minusSeconds(1)));
        assertEquals(ApplicationStatus.SUBMITTED, inTime.status());
    }

    @Test
    void sectionsAreStoredAsCommaSeparatedKeys() {
        assertEquals("project,budget,attachments",
                ScreeningSection.join(Set.of(ScreeningSection.ATTACHMENTS, ScreeningSection.BUDGET, ScreeningSection.PROJECT)));
        assertEquals(EnumSet.of(ScreeningSection.BUDGET, ScreeningSection.ETHICS), ScreeningSection.parse("budget, ETHICS,nonsense"));
        assertEquals(EnumSet.noneOf(ScreeningSection.class), ScreeningSection.parse(null));
    }

    private static Application moreInfoOnBudget() {
        Application a = ScreeningTestData.submitted(CALL);
        a.screen(ScreeningOutcome.MORE_INFO, "請補經費", Set.of(ScreeningSection.BUDGET), UNTIL, ScreeningTestData.OFFICER, NOW);
        return a;
    }

    private static ApplicationContent withBudget(ApplicationContent c, BigDecimal amount) {
        BudgetLine line = c.budget().get(0);
        return new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(), c.durationMonths(),
                c.team(), c.answers(), List.of(new BudgetLine(line.category(), line.projectYear(), line.description(), amount)),
                c.outputs(), c.ethics());
    }

    private static java.util.Map<Long, String> withEmptyAnswer(ApplicationContent c) {
        var answers = new java.util.TreeMap<>(c.answers());
        answers.put(999L, "");
        return answers;
    }
}
