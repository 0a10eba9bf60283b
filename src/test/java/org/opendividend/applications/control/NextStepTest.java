package org.opendividend.applications.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.platform.i18n.Languages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The applicant's next step in plain words, for every state, on fixed instants around the call's closing second. */
class NextStepTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** 2027-03-31 17:00:00 in Taipei = 09:00:00 UTC. */
    private static final Instant CLOSES = LocalDateTime.of(2027, 3, 31, 17, 0).atZone(TAIPEI).toInstant();
    /** 2027-04-10 23:30:00 in Taipei = 15:30 UTC: the Taipei date is a day later than the UTC one would be at 00:30. */
    private static final Instant MORE_INFO_UNTIL = LocalDateTime.of(2027, 4, 11, 0, 30).atZone(TAIPEI).toInstant();
    private static final Instant BEFORE = CLOSES.minusSeconds(3600);

    private static NextStep step(ApplicationStatus status, Instant now) {
        return NextStep.of(status, CLOSES, MORE_INFO_UNTIL, EnumSet.of(ScreeningSection.BUDGET, ScreeningSection.PROJECT),
                "Not a non-profit.", now).orElseThrow();
    }

    @Test
    void aDraftBeforeTheCloseIsToBeCompletedAndSubmittedBeforeTheDeadlineInTaipeiTime() {
        NextStep draft = step(ApplicationStatus.DRAFT, BEFORE);
        assertEquals("nextStep.draft", draft.key());
        assertEquals(CLOSES, draft.deadline());
        assertEquals("Complete the missing items and submit before 2027-03-31 17:00:00 (Taipei time).", draft.text(Languages.EN));
        assertEquals("請補齊尚缺的項目，並於 2027-03-31 17:00:00（台北時間）前提交。", draft.text(Languages.ZH_TW));
    }

    @Test
    void theLastSecondCountsAsOpenAndTheClosingSecondAsClosed() {
        assertEquals("nextStep.draft", step(ApplicationStatus.DRAFT, CLOSES.minusSeconds(1)).key());
        assertEquals("nextStep.draftClosed", step(ApplicationStatus.DRAFT, CLOSES).key());
        assertEquals("nextStep.submitted", step(ApplicationStatus.SUBMITTED, CLOSES.minusSeconds(1)).key());
        assertEquals("nextStep.submittedClosed", step(ApplicationStatus.SUBMITTED, CLOSES).key());
        assertEquals("The call has closed: this draft can no longer be submitted.",
                step(ApplicationStatus.DRAFT, CLOSES.plusSeconds(1)).text(Languages.EN));
    }

    @Test
    void aSubmittedApplicationWaitsForScreeningAndMayBeResubmittedUntilTheClose() {
        NextStep submitted = step(ApplicationStatus.SUBMITTED, BEFORE);
        assertEquals("Wait for screening; you may resubmit a new version until 2027-03-31 17:00:00 (Taipei time).",
                submitted.text(Languages.EN));
        assertEquals("請等候資格審查；在 2027-03-31 17:00:00（台北時間）前仍可重新提交新版本。", submitted.text(Languages.ZH_TW));
    }

    @Test
    void moreInformationNamesTheSectionsInTheWizardsOrderAndTheDateInTaipei() {
        NextStep more = step(ApplicationStatus.MORE_INFO_REQUESTED, CLOSES.plusSeconds(86_400));
        assertEquals("nextStep.moreInfo", more.key());
        assertEquals(java.util.List.of(ScreeningSection.PROJECT, ScreeningSection.BUDGET), more.sections());
        assertEquals("Change the sections Project, Budget until 2027-04-11 00:30:00 (Taipei time) and resubmit.",
                more.text(Languages.EN));
        assertEquals("請於 2027-04-11 00:30:00（台北時間）前修改以下段落並重新提交：計畫、經費。", more.text(Languages.ZH_TW));
    }

    @Test
    void moreInformationAfterTheOfficersDateHasExpired() {
        assertEquals("nextStep.moreInfo", step(ApplicationStatus.MORE_INFO_REQUESTED, MORE_INFO_UNTIL.minusSeconds(1)).key());
        NextStep expired = step(ApplicationStatus.MORE_INFO_REQUESTED, MORE_INFO_UNTIL);
        assertEquals("nextStep.moreInfoExpired", expired.key());
        assertTrue(expired.text(Languages.ZH_TW).contains("2027-04-11 00:30:00"), expired.text(Languages.ZH_TW));
    }

    @Test
    void ineligibleShowsTheOfficersReason() {
        NextStep ineligible = step(ApplicationStatus.INELIGIBLE, BEFORE);
        assertEquals("Not eligible: Not a non-profit.", ineligible.text(Languages.EN));
        assertEquals("資格不符：Not a non-profit.", ineligible.text(Languages.ZH_TW));
        String quoted = NextStep.of(ApplicationStatus.INELIGIBLE, CLOSES, null, Set.of(), "Can't apply: {0} isn't 'valid'", BEFORE)
                .orElseThrow().text(Languages.EN);
        assertEquals("Not eligible: Can't apply: {0} isn't 'valid'", quoted, "the reason is an argument, never a pattern");
    }

    @Test
    void withdrawnAndRejectedHaveNoNextStep() {
        assertEquals(Optional.empty(), NextStep.of(ApplicationStatus.WITHDRAWN, CLOSES, null, Set.of(), null, BEFORE));
        assertEquals(Optional.empty(), NextStep.of(ApplicationStatus.REJECTED, CLOSES, null, Set.of(), null, BEFORE));
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyStepIsWordedInBothLanguages(ApplicationStatus status) {
        for (Instant now : new Instant[]{BEFORE, CLOSES, MORE_INFO_UNTIL}) {
            NextStep.of(status, CLOSES, MORE_INFO_UNTIL, Set.of(ScreeningSection.ETHICS), "reason", now).ifPresent(step -> {
                assertFalse(step.text(Languages.EN).equals(step.key()), "no English text for " + step.key());
                assertFalse(step.text(Languages.ZH_TW).equals(step.key()), "no Chinese text for " + step.key());
                assertFalse(step.text(Languages.EN).contains("{"), step.text(Languages.EN));
            });
        }
    }
}
