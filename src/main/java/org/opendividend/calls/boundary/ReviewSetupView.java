package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.ReviewSetup;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.platform.i18n.BilingualText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How a call's applications are reviewed, as the review component reads it: how many reviews each application gets,
 * whether the review is blind, the overall threshold and the weighted criteria (fixed once the call is published, so
 * a criterion's id names it in the reviews).
 */
public record ReviewSetupView(int reviewsPerApplication, boolean blind, BigDecimal overallThreshold,
                              List<CriterionView> criteria) {

    public ReviewSetupView {
        criteria = List.copyOf(criteria);
    }

    static ReviewSetupView of(ReviewSetup setup) {
        return new ReviewSetupView(setup.reviewsPerApplication(), setup.blindReview(), setup.overallThreshold(),
                setup.criteria().stream().map(CriterionView::of).toList());
    }

    /** One criterion: its names and rubric in both languages, its weight in the total, its scale and its threshold. */
    public record CriterionView(Long id, String nameZhTw, String nameEn, String descriptionZhTw, String descriptionEn,
                                int weightPercent, ScoreScale scale, BigDecimal threshold) {

        static CriterionView of(Criterion c) {
            Criterion.CriterionText text = c.text();
            return new CriterionView(c.id(), text.nameZhTw(), text.nameEn(), text.descriptionZhTw(),
                    text.descriptionEn(), c.weightPercent(), c.scale(), c.threshold());
        }

        public String name(Locale locale) {
            return BilingualText.pick(locale, nameZhTw, nameEn);
        }

        public String description(Locale locale) {
            return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
        }
    }
}
