package org.opendividend.review.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewChecksTest {

    static final List<CriterionView> CRITERIA = List.of(
            new CriterionView(11L, "公共價值", "Public value", "說明", "Rubric", 60, ScoreScale.ZERO_TO_FIVE_HALVES, null),
            new CriterionView(12L, "可行性", "Feasibility", "說明", "Rubric", 40, ScoreScale.ONE_TO_NINE, null));

    private static ReviewContent content(Map<Long, BigDecimal> scores, Integer confidence, String toApplicant,
                                         String toPanel) {
        return new ReviewContent(scores, confidence, Recommendation.FUND, toApplicant, toPanel);
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteReviewOnTheScalesPasses() {
        ReviewContent complete = content(Map.of(11L, new BigDecimal("4.5"), 12L, new BigDecimal("7")), 3,
                "清楚的計畫", "<script>alert(1)</script> is only text");
        assertEquals(List.of(), ReviewChecks.submission(complete, CRITERIA));
    }

    @Test
    void scoresOutsideTheScaleOrOffItsStepsAreRefusedEvenInADraft() {
        ReviewContent off = content(Map.of(11L, new BigDecimal("4.3"), 12L, new BigDecimal("10")), null, "", "");
        assertEquals(List.of("score.0:review.problem.offScale", "score.1:review.problem.offScale"),
                keys(ReviewChecks.draft(off, CRITERIA)));
        ReviewContent below = content(Map.of(11L, new BigDecimal("-0.5"), 12L, new BigDecimal("0")), null, "", "");
        assertEquals(2, ReviewChecks.draft(below, CRITERIA).size());
        ReviewContent half = content(Map.of(12L, new BigDecimal("4.5")), null, "", "");
        assertEquals(List.of("score.1:review.problem.offScale"), keys(ReviewChecks.draft(half, CRITERIA)),
                "a half step on a scale of whole steps");
    }

    @Test
    void aDraftMayLeaveEverythingOutButASubmissionNeedsAll() {
        ReviewContent empty = ReviewContent.empty();
        assertEquals(List.of(), ReviewChecks.draft(empty, CRITERIA));
        assertEquals(List.of("score.0:validation.required", "score.1:validation.required",
                        "confidence:validation.required", "recommendation:validation.required",
                        "toApplicant:validation.required", "toPanel:validation.required"),
                keys(ReviewChecks.submission(empty, CRITERIA)));
        ReviewContent blank = content(Map.of(11L, BigDecimal.ONE, 12L, BigDecimal.ONE), 2, "  ", "\n");
        assertEquals(List.of("toApplicant:validation.required", "toPanel:validation.required"),
                keys(ReviewChecks.submission(blank, CRITERIA)), "whitespace is no comment");
    }

    @Test
    void confidenceIsOneToFiveAndCommentsFitTheirColumns() {
        String tooLong = "字".repeat(AssignmentReview.COMMENT_MAX + 1);
        ReviewContent wrong = content(Map.of(), 6, tooLong, "ok");
        assertEquals(List.of("confidence:validation.between", "toApplicant:validation.tooLong"),
                keys(ReviewChecks.draft(wrong, CRITERIA)));
        assertTrue(keys(ReviewChecks.draft(content(Map.of(), 0, "", ""), CRITERIA)).contains("confidence:validation.between"));
    }

    @Test
    void aScoreOfACriterionTheCallDoesNotHaveIsRefused() {
        ReviewContent foreign = content(Map.of(99L, BigDecimal.ONE), null, "", "");
        assertEquals(List.of("null:review.problem.unknownCriterion"), keys(ReviewChecks.draft(foreign, CRITERIA)));
    }
}
