package org.opendividend.review.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewFormTest {

    @Test
    void aSavedReviewShowsItsScoresAsTheScaleOffersThemAndReadsBackTheSame() {
        ReviewContent saved = new ReviewContent(Map.of(1L, new BigDecimal("5.0"), 2L, new BigDecimal("4.5")), 3,
                Recommendation.DO_NOT_FUND, "a", "b");
        ReviewForm form = ReviewForm.of(saved);
        assertEquals(Map.of(1L, "5", 2L, "4.5"), form.getScores());
        ReviewContent read = form.content(List.of(1L, 2L));
        assertEquals(0, new BigDecimal("5").compareTo(read.scores().get(1L)));
        assertEquals(Recommendation.DO_NOT_FUND, read.recommendation());
    }

    @Test
    void anUnscoredCriterionIsLeftOutAndTextThatIsNoNumberIsRefused() {
        ReviewForm form = ReviewForm.of(ReviewContent.empty());
        form.getScores().put(1L, "");
        assertEquals(Map.of(), form.content(List.of(1L, 2L)).scores());
        form.getScores().put(2L, "<b>9</b>");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> form.content(List.of(1L, 2L)));
        assertEquals(List.of(FieldProblem.of("score.1", "review.problem.notANumber")), refused.problems());
        assertEquals("<b>9</b>", form.getScores().get(2L), "kept as typed");
    }
}
