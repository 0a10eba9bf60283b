package org.opendividend.applications.control;

import org.opendividend.calls.boundary.CallView;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationChecksTest {

    private static final CallView CALL = CallView.of(withQuestionIds(CallFixtures.callIn(org.opendividend.calls.entity.CallStatus.DRAFT)));

    /** Questions get their ids from the database; outside it they are numbered here, by reflection. */
    private static FundingCall withQuestionIds(FundingCall call) {
        long id = 1;
        for (var question : call.questions()) {
            try {
                var field = org.opendividend.calls.entity.Question.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(question, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return call;
    }

    private static ApplicationContent complete() {
        String licence = CALL.allowedLicences().get(OutputType.DATASET).iterator().next();
        BigDecimal amount = CALL.minGrant();
        Map<Long, String> answers = CALL.questions().stream()
                .filter(q -> q.id() != null)
                .collect(Collectors.toMap(q -> q.id(), q -> "答案"));
        return new ApplicationContent("客語語料", "Hakka corpus", "建置開放的客語語料。", LocalDate.of(2027, 7, 1), 12,
                List.of(new TeamMember("林雅琪", "0000-0002-1825-0097", "國立大學", true)), answers,
                List.of(new BudgetLine(BudgetCategory.PERSONNEL, 1, "研究助理", amount)),
                List.of(new PlannedOutput(OutputType.DATASET, "Corpus", "", licence, LocalDate.of(2028, 6, 30),
                        "https://huggingface.co/datasets/example", "hak")),
                new ApplicationContent.Ethics(false, "", "族群會議同意", "自行錄製，授權清楚"));
    }

    private static Set<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteApplicationHasNothingMissing() {
        assertEquals(List.of(), ApplicationChecks.saveProblems(complete()));
        assertEquals(List.of(), ApplicationChecks.submissionProblems(complete(), CALL));
    }

    @Test
    void anEmptyDraftCanBeSavedButListsWhatIsMissing() {
        ApplicationContent empty = new ApplicationContent("", "", "", null, null, List.of(), Map.of(), List.of(), List.of(),
                ApplicationContent.Ethics.NONE);
        assertEquals(List.of(), ApplicationChecks.saveProblems(empty), "autosave never refuses an incomplete draft");
        assertTrue(fields(ApplicationChecks.submissionProblems(empty, CALL)).containsAll(Set.of("titleZhTw", "titleEn",
                "abstractText", "startDate", "durationMonths", "team", "budget", "outputs", "trainingDataRights")));
    }

    @Test
    void malformedOrcidAndBadBudgetLinesRefuseTheSave() {
        ApplicationContent c = complete();
        ApplicationContent bad = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), List.of(new TeamMember("A", "0000-0002-1825-0098", "U", true)), c.answers(),
                List.of(new BudgetLine(BudgetCategory.TRAVEL, 1, "", new BigDecimal("10.5"))), c.outputs(), c.ethics());
        assertEquals(Set.of("team.0.orcid", "budget.0.amount"), fields(ApplicationChecks.saveProblems(bad)));
    }

    /** Every text is refused by the server beyond its column (a translated problem at the field), not by the database. */
    @Test
    void ethicsAnswersAndAnOutputsLanguagesLongerThanTheirColumnsRefuseTheSave() {
        ApplicationContent c = complete();
        String over = "字".repeat(ApplicationChecks.ETHICS_MAX + 1);
        PlannedOutput o = c.outputs().get(0);
        ApplicationContent tooLong = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), c.answers(), c.budget(),
                List.of(new PlannedOutput(o.type(), o.title(), o.description(), "x".repeat(65), o.plannedRelease(),
                        o.registry(), "hak,".repeat(50) + "x")),
                new ApplicationContent.Ethics(true, over, over, over));
        List<FieldProblem> problems = ApplicationChecks.saveProblems(tooLong);
        assertEquals(Set.of("personalDataMeasures", "communityConsent", "trainingDataRights", "outputs.0.licenceId",
                "outputs.0.languages"), fields(problems));
        assertTrue(problems.contains(FieldProblem.of("trainingDataRights", "validation.tooLong", ApplicationChecks.ETHICS_MAX)));

        String atTheLimit = "字".repeat(ApplicationChecks.ETHICS_MAX);
        ApplicationContent fits = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), c.answers(), c.budget(),
                List.of(new PlannedOutput(o.type(), o.title(), o.description(), o.licenceId(), o.plannedRelease(),
                        o.registry(), "hak,".repeat(49) + "hak")),
                new ApplicationContent.Ethics(true, atTheLimit, atTheLimit, atTheLimit));
        assertEquals(List.of(), ApplicationChecks.saveProblems(fits));
    }

    @Test
    void aLicenceOutsideTheCallsPolicyIsNamedWithTheAllowedOnes() {
        ApplicationContent c = complete();
        ApplicationContent nonOpen = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), c.answers(), c.budget(),
                List.of(new PlannedOutput(OutputType.DATASET, "Corpus", "", "CC-BY-NC-4.0", LocalDate.of(2028, 1, 1), "", "hak")),
                c.ethics());
        List<FieldProblem> problems = ApplicationChecks.submissionProblems(nonOpen, CALL);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("outputs.0.licenceId", problems.get(0).field());
        assertEquals("CC-BY-NC-4.0", problems.get(0).arguments().get(0));
    }

    @Test
    void anAbstractOverItsWordLimitIsRefusedWithTheCount() {
        ApplicationContent c = complete();
        String longAbstract = "字".repeat(ApplicationChecks.ABSTRACT_WORDS + 1);
        ApplicationContent tooLong = new ApplicationContent(c.titleZhTw(), c.titleEn(), longAbstract, c.startDate(),
                c.durationMonths(), c.team(), c.answers(), c.budget(), c.outputs(), c.ethics());
        assertEquals(List.of(FieldProblem.of("abstractText", "application.problem.wordLimit", ApplicationChecks.ABSTRACT_WORDS,
                ApplicationChecks.ABSTRACT_WORDS + 1)), ApplicationChecks.submissionProblems(tooLong, CALL));
    }

    @Test
    void personalDataNeedsMeasuresAndTwoPrincipalsAreTooMany() {
        ApplicationContent c = complete();
        ApplicationContent risky = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), List.of(new TeamMember("A", "", "U", true), new TeamMember("B", "", "U", true)),
                c.answers(), c.budget(), c.outputs(), new ApplicationContent.Ethics(true, " ", "ok", "ok"));
        assertEquals(Set.of("team", "personalDataMeasures"), fields(ApplicationChecks.submissionProblems(risky, CALL)));
    }

    /** A required choice question is answered by choosing an option; an answer typed before choices were offered is none. */
    @Test
    void aRequiredChoiceNeedsAnOptionChosenAtSubmission() {
        CallView call = CallView.of(withQuestionIds(CallFixtures.draft(CallFixtures.content(b -> b.questions = List.of(
                new org.opendividend.calls.entity.Question.QuestionSpec("資料", "Data", "語料類型", "Kind of corpus",
                        org.opendividend.calls.entity.QuestionType.MULTIPLE_CHOICE, true, null, "語音\n文字", "Speech\nText"))))));
        ApplicationContent c = complete();
        for (String notChosen : List.of("", "語音和文字都有")) {
            ApplicationContent answered = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                    c.durationMonths(), c.team(), Map.of(1L, notChosen), c.budget(), c.outputs(), c.ethics());
            assertEquals(List.of(FieldProblem.of("answers.1", "application.problem.choiceRequired")),
                    ApplicationChecks.submissionProblems(answered, call), "answer: " + notChosen);
        }
        ApplicationContent chosen = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), Map.of(1L, "[0,1]"), c.budget(), c.outputs(), c.ethics());
        assertEquals(List.of(), ApplicationChecks.submissionProblems(chosen, call));
    }

    @Test
    void everyRequiredAttachmentTypeMissingIsOneProblemWithTheTranslatedTypeAsArgument() {
        var required = CALL.requiredAttachments();
        assertTrue(required.size() >= 2, "the fixture call requires attachments");
        var first = required.iterator().next();
        List<FieldProblem> problems = ApplicationChecks.submissionProblems(complete(), CALL, Set.of(first));
        assertEquals(required.size() - 1, problems.size());
        for (FieldProblem problem : problems) {
            assertEquals("attachment.problem.missing", problem.messageKey());
            var argument = (org.opendividend.platform.validation.Translatable) problem.arguments().get(0);
            assertTrue(argument.key().startsWith("call.attachment."));
            assertTrue(!argument.key().equals(first.labelKey()));
            String shown = org.opendividend.platform.i18n.Texts.problem(java.util.Locale.TAIWAN, problem);
            assertTrue(!shown.contains("call.attachment."), shown);
        }
        assertEquals(List.of(), ApplicationChecks.submissionProblems(complete(), CALL, required));
    }
}
