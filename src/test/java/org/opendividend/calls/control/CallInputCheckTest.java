package org.opendividend.calls.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.calls.CallFixtures.CLOSES_AT;
import static org.opendividend.calls.CallFixtures.OPENS_AT;
import static org.opendividend.calls.CallFixtures.twd;

class CallInputCheckTest {

    private static final CallInputCheck CHECK = new CallInputCheck(new LicenceCatalogue());

    private static List<FieldProblem> problems(Consumer<CallFixtures.ContentBuilder> change) {
        return CHECK.problems(CallFixtures.content(change), CallFixtures.KNOWN_MINISTRIES);
    }

    private static void assertOnly(FieldProblem expected, Consumer<CallFixtures.ContentBuilder> change) {
        assertEquals(List.of(expected), problems(change));
    }

    private static CallContent.CriterionSpec criterion(int weight, ScoreScale scale, String threshold) {
        return new CallContent.CriterionSpec(new Criterion.CriterionText("準則", "Criterion", "", ""), weight, scale,
                threshold == null ? null : new BigDecimal(threshold));
    }

    private static List<CallContent.CriterionSpec> withCriterion(CallContent.CriterionSpec extra) {
        List<CallContent.CriterionSpec> criteria = new ArrayList<>(CallFixtures.criteria());
        criteria.add(extra);
        return criteria;
    }

    // ---------------------------------------------------------------- valid input

    @Test
    void theCompleteContentHasNoProblems() {
        assertEquals(List.of(), CHECK.problems(CallFixtures.content(), CallFixtures.KNOWN_MINISTRIES));
    }

    @Test
    void anEmptyDraftsContentHasNoProblemsOfInput() {
        // what a new draft holds is incomplete, not invalid: completeness is the publication check's business
        CallContent empty = CallFixtures.content(b -> {
            b.texts = CallTexts.EMPTY;
            b.budget = BigDecimal.ZERO;
            b.shares = Map.of(CallFixtures.LEAD, BigDecimal.ZERO);
            b.minGrant = BigDecimal.ZERO;
            b.maxGrant = BigDecimal.ZERO;
            b.opensAt = null;
            b.closesAt = null;
            b.organisationTypes = Set.of();
            b.focusAreas = Set.of();
            b.targetLanguages = Set.of();
            b.criteria = List.of();
            b.questions = List.of();
            b.allowedLicences = Map.of();
            b.overallThreshold = BigDecimal.ZERO;
        });
        assertEquals(List.of(), CHECK.problems(empty, CallFixtures.KNOWN_MINISTRIES));
    }

    @Test
    void htmlAndScriptInTextsAreNotAProblemTheyAreEscapedOnOutput() {
        String script = "<script>alert('x')</script><b onmouseover=\"steal()\">粗體</b> & 'quotes'";
        assertEquals(List.of(), problems(b -> b.texts = new CallTexts(script, script, script, script, script, script)));
        assertEquals(List.of(), problems(b -> b.criteria = List.of(new CallContent.CriterionSpec(
                new Criterion.CriterionText(script, script, script, script), 100, ScoreScale.ONE_TO_NINE, BigDecimal.ONE))));
        assertEquals(List.of(), CHECK.textProblems(new CallTexts(script, script, script, script, script, script)));
    }

    @Test
    void amountsWithZeroDecimalsAreWholeDollars() {
        assertEquals(List.of(), problems(b -> b.budget = new BigDecimal("10000000.00")));
    }

    // ---------------------------------------------------------------- texts

    @Test
    void aTitleOf301CharactersIsTooLong() {
        assertOnly(FieldProblem.of("titleEn", "validation.tooLong", 300),
                b -> b.texts(t -> new CallTexts(t.titleZhTw(), "a".repeat(301), t.summaryZhTw(), t.summaryEn(),
                        t.descriptionZhTw(), t.descriptionEn())));
        assertEquals(List.of(), problems(b -> b.texts(t -> new CallTexts(t.titleZhTw(), "a".repeat(300), t.summaryZhTw(),
                t.summaryEn(), t.descriptionZhTw(), t.descriptionEn()))), "300 fit");
    }

    @Test
    void chineseTitlesAreCountedInCharacters() {
        assertEquals(List.of(), problems(b -> b.texts(t -> withZhTitle(t, "客".repeat(300)))));
        assertOnly(FieldProblem.of("titleZhTw", "validation.tooLong", 300), b -> b.texts(t -> withZhTitle(t, "客".repeat(301))));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsTheDatabaseCountsThem() {
        // H2 measures varchar lengths in UTF-16 units, so a character outside the basic plane takes two of them
        String extensionB = new String(Character.toChars(0x20000)); // 𠀀, two UTF-16 units, four bytes in UTF-8
        assertEquals(2, extensionB.length());
        assertEquals(List.of(), problems(b -> b.texts(t -> withZhTitle(t, extensionB.repeat(150)))),
                "150 such characters are 300 UTF-16 units and fit");
        assertOnly(FieldProblem.of("titleZhTw", "validation.tooLong", 300),
                b -> b.texts(t -> withZhTitle(t, extensionB.repeat(151))));
        assertEquals(List.of(FieldProblem.of("titleZhTw", "validation.tooLong", 300)),
                CHECK.textProblems(withZhTitle(CallFixtures.texts(), "客".repeat(299) + extensionB)),
                "the corrections after publication are checked the same way");
    }

    private static CallTexts withZhTitle(CallTexts t, String title) {
        return new CallTexts(title, t.titleEn(), t.summaryZhTw(), t.summaryEn(), t.descriptionZhTw(), t.descriptionEn());
    }

    // ---------------------------------------------------------------- money

    @Test
    void aNegativeAmountIsRefused() {
        assertOnly(FieldProblem.of("budget", "validation.twd.negative"), b -> b.budget = twd(-1));
        assertOnly(FieldProblem.of("minGrant", "validation.twd.negative"), b -> b.minGrant = twd(-500_000));
        assertOnly(FieldProblem.of("shares.moda", "validation.twd.negative"),
                b -> b.shares = Map.of(CallFixtures.LEAD, CallFixtures.LEAD_SHARE, CallFixtures.CO_FUNDER, twd(-4_000_000)));
    }

    @Test
    void aDecimalAmountIsRefused() {
        assertOnly(FieldProblem.of("budget", "validation.twd.whole"), b -> b.budget = new BigDecimal("1.5"));
        assertOnly(FieldProblem.of("maxGrant", "validation.twd.whole"), b -> b.maxGrant = new BigDecimal("2000000.5"));
        assertOnly(FieldProblem.of("shares.moc", "validation.twd.whole"),
                b -> b.shares = Map.of(CallFixtures.LEAD, new BigDecimal("6000000.01"), CallFixtures.CO_FUNDER,
                        CallFixtures.CO_FUNDER_SHARE));
    }

    @Test
    void aMissingAmountIsRequired() {
        assertOnly(FieldProblem.of("budget", "validation.required"), b -> b.budget = null);
    }

    @Test
    void theLargestGrantCannotBeBelowTheSmallest() {
        assertOnly(FieldProblem.of("maxGrant", "call.problem.maxBelowMin"), b -> {
            b.minGrant = twd(2_000_000);
            b.maxGrant = twd(1_999_999);
        });
        assertEquals(List.of(), problems(b -> {
            b.minGrant = twd(2_000_000);
            b.maxGrant = twd(2_000_000);
        }), "equal limits are fine");
    }

    // ---------------------------------------------------------------- dates, ministries, languages

    @Test
    void reversedDatesAreRefused() {
        assertOnly(FieldProblem.of("closesAt", "call.problem.datesReversed"), b -> {
            b.opensAt = CLOSES_AT;
            b.closesAt = OPENS_AT;
        });
        assertOnly(FieldProblem.of("closesAt", "call.problem.datesReversed"), b -> b.closesAt = OPENS_AT);
    }

    @Test
    void anUnknownMinistryIsRefused() {
        assertOnly(FieldProblem.of("shares", "call.problem.unknownMinistry", "mof"),
                b -> b.shares = Map.of(CallFixtures.LEAD, CallFixtures.LEAD_SHARE, "mof", CallFixtures.CO_FUNDER_SHARE));
    }

    @Test
    void ministriesAreData() {
        // nstc is known to the fixture but does not fund the call; a ministry only known at run time is accepted
        assertEquals(List.of(), CHECK.problems(
                CallFixtures.content(b -> b.shares = Map.of(CallFixtures.LEAD, CallFixtures.LEAD_SHARE, "moe", CallFixtures.CO_FUNDER_SHARE)),
                Set.of(CallFixtures.LEAD, "moe")));
    }

    @Test
    void anUnknownLanguageCodeIsRefused() {
        assertOnly(FieldProblem.of("targetLanguages", "call.problem.unknownLanguage", "tlh"),
                b -> b.targetLanguages = Set.of("hak", "tlh"));
    }

    // ---------------------------------------------------------------- review

    @Test
    void aThresholdOffTheScaleIsRefused() {
        assertOnly(FieldProblem.of("criteria.3.threshold", "call.problem.thresholdOffScale", new BigDecimal("0"), new BigDecimal("5")),
                b -> b.criteria = withCriterion(criterion(0, ScoreScale.ZERO_TO_FIVE_HALVES, "2.25")));
        assertOnly(FieldProblem.of("criteria.3.threshold", "call.problem.thresholdOffScale", BigDecimal.ONE, new BigDecimal("9")),
                b -> b.criteria = withCriterion(criterion(0, ScoreScale.ONE_TO_NINE, "0")));
        assertOnly(FieldProblem.of("criteria.3.threshold", "call.problem.thresholdOffScale", BigDecimal.ONE, new BigDecimal("9")),
                b -> b.criteria = withCriterion(criterion(0, ScoreScale.ONE_TO_NINE, null)));
    }

    @Test
    void aWeightAbove100IsRefused() {
        assertOnly(FieldProblem.of("criteria.0.weight", "validation.between", 0L, 100L),
                b -> b.criteria = List.of(criterion(101, ScoreScale.ONE_TO_NINE, "5")));
        assertOnly(FieldProblem.of("criteria.0.weight", "validation.between", 0L, 100L),
                b -> b.criteria = List.of(criterion(-1, ScoreScale.ONE_TO_NINE, "5")));
    }

    @Test
    void aCriterionNeedsAScale() {
        assertOnly(FieldProblem.of("criteria.3.scale", "validation.required"),
                b -> b.criteria = withCriterion(criterion(0, null, "1")));
    }

    @Test
    void theOverallThresholdLiesBetween0And10() {
        assertOnly(FieldProblem.of("overallThreshold", "validation.between", 0, 10), b -> b.overallThreshold = new BigDecimal("10.5"));
        assertOnly(FieldProblem.of("overallThreshold", "validation.between", 0, 10), b -> b.overallThreshold = new BigDecimal("-1"));
    }

    @Test
    void atLeastOneReviewPerApplication() {
        assertOnly(FieldProblem.of("reviewsPerApplication", "validation.between", 1L, 10L), b -> b.reviewsPerApplication = 0);
        assertOnly(FieldProblem.of("reviewsPerApplication", "validation.between", 1L, 10L), b -> b.reviewsPerApplication = 11);
    }

    // ---------------------------------------------------------------- questions

    @Test
    void aChoiceQuestionNeedsOptionsInBothLanguages() {
        Question.QuestionSpec noOptions = new Question.QuestionSpec("資料", "Data", "格式？", "Format?",
                QuestionType.MULTIPLE_CHOICE, true, null, "", "");
        assertOnly(FieldProblem.of("questions.0.options", "call.problem.choicesMissing"), b -> b.questions = List.of(noOptions));
        Question.QuestionSpec englishMissing = new Question.QuestionSpec("資料", "Data", "格式？", "Format?",
                QuestionType.SINGLE_CHOICE, true, null, "WAV\nFLAC", "  ");
        assertOnly(FieldProblem.of("questions.1.options", "call.problem.choicesMissing"),
                b -> b.questions = List.of(CallFixtures.questions().get(0), englishMissing));
    }

    /** An applicant's choice is stored as the option's position, so the n-th line must be the same option in both. */
    @Test
    void aChoiceQuestionListsAsManyOptionsInBothLanguages() {
        Question.QuestionSpec unpaired = new Question.QuestionSpec("資料", "Data", "格式？", "Format?",
                QuestionType.SINGLE_CHOICE, true, null, "WAV\nFLAC\nMP3", "WAV\nFLAC\n");
        assertOnly(FieldProblem.of("questions.0.options", "call.problem.choicesUnpaired"), b -> b.questions = List.of(unpaired));
    }

    @Test
    void aTextQuestionNeedsNoOptions() {
        assertEquals(List.of(), problems(b -> b.questions = List.of(new Question.QuestionSpec("", "", "問題", "Question",
                QuestionType.SHORT_TEXT, false, null, "", ""))));
    }

    // ---------------------------------------------------------------- licences

    @Test
    void aLicenceThatIsNotOpenIsRefusedWithItsReasons() {
        List<FieldProblem> problems = problems(b -> b.licences(OutputType.DATASET, Set.of("CC-BY-4.0", "CC-BY-NC-4.0")));
        assertFalse(problems.isEmpty());
        for (FieldProblem p : problems) {
            assertEquals("licences.DATASET", p.field());
            assertEquals("call.problem.licenceRefused", p.messageKey());
            assertEquals("CC-BY-NC-4.0", p.arguments().get(0), "the refused id comes first");
            assertEquals(new Translatable("output.type.DATASET"), p.arguments().get(1));
        }
        assertEquals(new Translatable("licence.refusal.notOpen"), problems.get(0).arguments().get(2));
        assertTrue(problems.stream().anyMatch(p -> p.arguments().get(2).equals(new Translatable("licence.reason.nonCommercial"))),
                "says why: " + problems);
    }

    @Test
    void anOpenLicenceNotWrittenForTheOutputTypeIsRefused() {
        assertOnly(FieldProblem.of("licences.DATASET", "call.problem.licenceRefused", "MIT",
                        new Translatable("output.type.DATASET"), new Translatable("licence.refusal.notAppropriate.DATASET")),
                b -> b.licences(OutputType.DATASET, Set.of("CC-BY-4.0", "MIT")));
    }

    @Test
    void anUnknownLicenceIdIsRefused() {
        assertOnly(FieldProblem.of("licences.CODE", "call.problem.licenceRefused", "Totally-Open-9.9",
                        new Translatable("output.type.CODE"), new Translatable("licence.refusal.unknown")),
                b -> b.licences(OutputType.CODE, Set.of("Apache-2.0", "Totally-Open-9.9")));
    }

    // ---------------------------------------------------------------- openness

    @Test
    void retentionIsAPercentage() {
        assertOnly(FieldProblem.of("retentionPercent", "validation.between", 0L, 100L), b -> b.retentionPercent = 101);
        assertOnly(FieldProblem.of("retentionPercent", "validation.between", 0L, 100L), b -> b.retentionPercent = -1);
        assertEquals(List.of(), problems(b -> b.retentionPercent = 100));
        assertEquals(List.of(), problems(b -> b.retentionPercent = 0));
    }

    @Test
    void everyProblemOfAVeryBadContentIsReportedAtOnce() {
        List<FieldProblem> problems = problems(b -> {
            b.budget = twd(-1);
            b.retentionPercent = 101;
            b.reviewsPerApplication = 0;
            b.targetLanguages = Set.of("tlh");
        });
        assertEquals(Set.of("budget", "retentionPercent", "reviewsPerApplication", "targetLanguages"),
                Set.copyOf(problems.stream().map(FieldProblem::field).toList()));
    }
}
