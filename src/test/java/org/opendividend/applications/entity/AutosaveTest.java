package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.calls.entity.FundingCall;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which working copies the wizard saves by itself, and which revisions change nothing (saved without a version or an
 * audit entry by the facade).
 */
class AutosaveTest {

    private static final FundingCall CALL = ScreeningTestData.call();
    private static final Instant NOW = ScreeningTestData.SUBMITTED.plus(Duration.ofDays(40));

    @Test
    void aDraftAndAReopenedApplicationAreAutosavedASubmittedOneIsNot() {
        Application draft = Application.start(1001, 7, ScreeningTestData.APPLICANT, NOW);
        assertTrue(draft.isAutosaved());
        Application submitted = ScreeningTestData.submitted(CALL);
        assertFalse(submitted.isAutosaved(), "a submitted application changes only by an explicit save");
        assertTrue(submitted.isEditable(), "but it may still be saved for a new version (RESUBMIT)");
        submitted.screen(ScreeningOutcome.MORE_INFO, "", Set.of(ScreeningSection.BUDGET), NOW.plus(Duration.ofDays(7)),
                ScreeningTestData.OFFICER, NOW);
        assertTrue(submitted.isAutosaved(), "reopened by a request for more information");
    }

    @Test
    void onlyTheStatesTheWorkflowResubmitsFromAreEditable() {
        // the workflow's per-state property, as Application reads it (it kept no sets of its own)
        Set<ApplicationStatus> editable = ApplicationWorkflow.RULES.statesWhere(s -> s.editing() != ApplicationWorkflow.Editing.NONE);
        Set<ApplicationStatus> autosaved = ApplicationWorkflow.RULES.statesWhere(s -> s.editing().isAutosaved());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean resubmittable = ApplicationWorkflow.find(status, ApplicationAction.RESUBMIT).isPresent()
                    || ApplicationWorkflow.find(status, ApplicationAction.SUBMIT).isPresent();
            assertEquals(resubmittable, editable.contains(status), status.name());
        }
        Set<ApplicationStatus> savedOnlyExplicitly = EnumSet.copyOf(editable);
        savedOnlyExplicitly.removeAll(autosaved);
        assertEquals(EnumSet.of(ApplicationStatus.SUBMITTED), savedOnlyExplicitly);
        assertTrue(editable.containsAll(autosaved));
    }

    @Test
    void whatThePageShowedSentBackChangesNothingWhatWasTypedDoes() {
        Application a = ScreeningTestData.submitted(CALL);
        ApplicationContent shown = a.content();
        assertFalse(a.isChangedBy(shown));
        ApplicationContent sameWithTrailingSpace = new ApplicationContent(shown.titleZhTw(), shown.titleEn() + " \r\n",
                shown.abstractText(), shown.startDate(), shown.durationMonths(), shown.team(), shown.answers(),
                shown.budget(), shown.outputs(), shown.ethics());
        assertFalse(a.isChangedBy(sameWithTrailingSpace), "compared as the screening compares sections");
        ApplicationContent retitled = new ApplicationContent(shown.titleZhTw(), "Hakka corpus, revised",
                shown.abstractText(), shown.startDate(), shown.durationMonths(), shown.team(), shown.answers(),
                shown.budget(), shown.outputs(), shown.ethics());
        assertTrue(a.isChangedBy(retitled));
        ApplicationContent.Ethics e = shown.ethics();
        ApplicationContent consent = new ApplicationContent(shown.titleZhTw(), shown.titleEn(), shown.abstractText(),
                shown.startDate(), shown.durationMonths(), shown.team(), shown.answers(), shown.budget(),
                shown.outputs(), new ApplicationContent.Ethics(e.personalData(), e.personalDataMeasures(),
                "部落會議同意", e.trainingDataRights()));
        assertTrue(a.isChangedBy(consent), "every section counts, not only the project's");
    }
}
