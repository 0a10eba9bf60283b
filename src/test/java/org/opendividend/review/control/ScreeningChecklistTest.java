package org.opendividend.review.control;

import org.opendividend.calls.boundary.CallView;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.ScreeningTestData;
import org.opendividend.review.control.EligibilityItem.Verdict;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eligibility checklist: one item per rule of the call, computed on the submitted content. */
class ScreeningChecklistTest {

    private static final CallView CALL = CallView.of(ScreeningTestData.call());

    private static Map<String, Verdict> verdicts(List<EligibilityItem> items) {
        return items.stream().collect(Collectors.toMap(EligibilityItem::name, EligibilityItem::verdict, (a, b) -> a, TreeMap::new));
    }

    @Test
    void aCompleteApplicationOfAnEligibleTypePassesAndAttachmentsAreLeftToTheOfficer() {
        List<EligibilityItem> items = EligibilityChecklist.of(CALL, OrganisationType.NON_PROFIT,
                ScreeningTestData.complete(CALL, CALL.minGrant()), null);
        assertEquals(List.of("organisationType", "budget", "duration", "questions", "licences", "attachments"),
                items.stream().map(EligibilityItem::name).toList(), "one item per rule, in this order");
        Map<String, Verdict> v = verdicts(items);
        v.forEach((name, verdict) -> {
            if (!name.equals("attachments")) {
                assertEquals(Verdict.PASS, verdict, name);
            }
        });
        assertEquals(Verdict.NOT_CHECKED, v.get("attachments"), "the fixture call requires attachments, nobody can say yet");
        assertTrue(EligibilityChecklist.allChecksPass(items));
        assertEquals("screening.check.budget", items.get(1).labelKey());
    }

    @Test
    void anOrganisationTypeOutsideTheCallsFails() {
        assertFalse(CALL.organisationTypes().contains(OrganisationType.COMPANY), "fixture");
        EligibilityItem item = EligibilityChecklist.organisationType(CALL, OrganisationType.COMPANY);
        assertEquals(Verdict.FAIL, item.verdict());
        assertEquals(Verdict.FAIL, EligibilityChecklist.organisationType(CALL, null).verdict());
    }

    @Test
    void theBudgetTotalMustLieWithinTheGrantLimits() {
        assertEquals(Verdict.PASS, EligibilityChecklist.budget(CALL, ScreeningTestData.complete(CALL, CALL.maxGrant())).verdict());
        EligibilityItem over = EligibilityChecklist.budget(CALL,
                ScreeningTestData.complete(CALL, CALL.maxGrant().add(BigDecimal.ONE)));
        assertEquals(Verdict.FAIL, over.verdict());
        assertEquals(List.of(CALL.maxGrant().add(BigDecimal.ONE), CALL.minGrant(), CALL.maxGrant()), over.arguments());
        assertEquals(Verdict.FAIL, EligibilityChecklist.budget(CALL,
                ScreeningTestData.complete(CALL, CALL.minGrant().subtract(BigDecimal.ONE))).verdict());
    }

    @Test
    void theDurationMustNotExceedTheMaximum() {
        ApplicationContent c = ScreeningTestData.complete(CALL, CALL.minGrant());
        assertEquals(Verdict.FAIL, EligibilityChecklist.duration(CALL, duration(c, CALL.maxDurationMonths() + 1)).verdict());
        assertEquals(Verdict.PASS, EligibilityChecklist.duration(CALL, duration(c, CALL.maxDurationMonths())).verdict());
        assertEquals(Verdict.FAIL, EligibilityChecklist.duration(CALL, duration(c, null)).verdict());
    }

    @Test
    void everyRequiredQuestionMustBeAnswered() {
        ApplicationContent c = ScreeningTestData.complete(CALL, CALL.minGrant());
        long requiredId = CALL.questions().stream().filter(q -> q.required()).findFirst().orElseThrow().id();
        Map<Long, String> answers = new TreeMap<>(c.answers());
        answers.put(requiredId, " ");
        EligibilityItem item = EligibilityChecklist.questions(CALL, new ApplicationContent(c.titleZhTw(), c.titleEn(),
                c.abstractText(), c.startDate(), c.durationMonths(), c.team(), answers, c.budget(), c.outputs(), c.ethics()));
        assertEquals(Verdict.FAIL, item.verdict());
        assertEquals(List.of(0L, 1L), item.arguments(), "answered of required");
    }

    /** The officer's checklist counts a required choice as answered only when an option is chosen. */
    @Test
    void aRequiredChoiceIsAnsweredByAnOptionNotByText() {
        CallView call = CallView.of(ScreeningTestData.withQuestionIds(org.opendividend.calls.CallFixtures.draft(
                org.opendividend.calls.CallFixtures.content(b -> b.questions = List.of(new Question.QuestionSpec("資料",
                        "Data", "語料類型", "Kind of corpus", QuestionType.SINGLE_CHOICE, true, null, "語音\n文字", "Speech\nText"))))));
        long id = call.questions().get(0).id();
        ApplicationContent c = ScreeningTestData.complete(call, call.minGrant());
        assertEquals(Verdict.PASS, EligibilityChecklist.questions(call, c).verdict(), "chosen: " + c.answers());
        EligibilityItem typed = EligibilityChecklist.questions(call, new ApplicationContent(c.titleZhTw(), c.titleEn(),
                c.abstractText(), c.startDate(), c.durationMonths(), c.team(), Map.of(id, "語音"), c.budget(), c.outputs(),
                c.ethics()));
        assertEquals(Verdict.FAIL, typed.verdict());
        assertEquals(List.of(0L, 1L), typed.arguments());
    }

    @Test
    void everyPlannedOutputNeedsALicenceOfThePolicy() {
        ApplicationContent c = ScreeningTestData.complete(CALL, CALL.minGrant());
        PlannedOutput closed = new PlannedOutput(OutputType.DATASET, "Corpus", "", "LicenseRef-Proprietary",
                LocalDate.of(2028, 1, 1), "", "hak");
        EligibilityItem item = EligibilityChecklist.licences(CALL, outputs(c, List.of(c.outputs().get(0), closed)));
        assertEquals(Verdict.FAIL, item.verdict());
        assertEquals("LicenseRef-Proprietary", item.arguments().get(1));
        assertEquals(Verdict.FAIL, EligibilityChecklist.licences(CALL, outputs(c, List.of())).verdict(), "no outputs at all");
    }

    @Test
    void attachmentsPassWhenNoneAreRequiredOrAllArePresent() {
        assertEquals(Verdict.NOT_CHECKED, EligibilityChecklist.attachments(CALL, null).verdict());
        assertEquals(Verdict.PASS, EligibilityChecklist.attachments(CALL, EnumSet.allOf(AttachmentType.class)).verdict());
        assertEquals(Verdict.FAIL, EligibilityChecklist.attachments(CALL, EnumSet.noneOf(AttachmentType.class)).verdict());
    }

    private static ApplicationContent duration(ApplicationContent c, Integer months) {
        return new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(), months, c.team(),
                c.answers(), c.budget(), c.outputs(), c.ethics());
    }

    private static ApplicationContent outputs(ApplicationContent c, List<PlannedOutput> outputs) {
        return new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(), c.durationMonths(),
                c.team(), c.answers(), c.budget(), outputs, c.ethics());
    }
}
