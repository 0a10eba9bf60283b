package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.ReviewSetup;
import org.opendividend.calls.entity.ScoreScale;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.opendividend.calls.boundary.FormValues.nz;
import static org.opendividend.calls.boundary.FormValues.orZero;
import static org.opendividend.calls.boundary.FormValues.parse;

/** The call editor's fields for how applications will be reviewed ({@link ReviewSetup}). */
public class ReviewSetupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A review criterion as edited. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameZhTw = "";
        private String nameEn = "";
        private String descriptionZhTw = "";
        private String descriptionEn = "";
        private Integer weight = 0;
        private String scale = ScoreScale.ZERO_TO_FIVE_HALVES.name();
        private BigDecimal threshold = BigDecimal.ZERO;

        public String getNameZhTw() { return nameZhTw; }
        public void setNameZhTw(String v) { nameZhTw = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getDescriptionZhTw() { return descriptionZhTw; }
        public void setDescriptionZhTw(String v) { descriptionZhTw = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer v) { weight = v; }
        public String getScale() { return scale; }
        public void setScale(String v) { scale = v; }
        public BigDecimal getThreshold() { return threshold; }
        public void setThreshold(BigDecimal v) { threshold = v; }
    }

    private List<CriterionRow> criteria = new ArrayList<>();
    private BigDecimal overallThreshold = BigDecimal.ZERO;
    private Integer reviewsPerApplication;
    private boolean blindReview;

    static ReviewSetupForm of(ReviewSetup setup) {
        ReviewSetupForm f = new ReviewSetupForm();
        for (Criterion c : setup.criteria()) {
            CriterionRow row = new CriterionRow();
            row.nameZhTw = c.text().nameZhTw();
            row.nameEn = c.text().nameEn();
            row.descriptionZhTw = c.text().descriptionZhTw();
            row.descriptionEn = c.text().descriptionEn();
            row.weight = c.weightPercent();
            row.scale = c.scale().name();
            row.threshold = c.threshold();
            f.criteria.add(row);
        }
        f.overallThreshold = setup.overallThreshold();
        f.reviewsPerApplication = setup.reviewsPerApplication();
        f.blindReview = setup.blindReview();
        return f;
    }

    CallContent.Review content() {
        List<CallContent.CriterionSpec> criterionSpecs = criteria.stream().map(r -> new CallContent.CriterionSpec(
                new Criterion.CriterionText(nz(r.nameZhTw), nz(r.nameEn), nz(r.descriptionZhTw), nz(r.descriptionEn)),
                r.weight == null ? 0 : r.weight, parse(ScoreScale.class, r.scale), r.threshold)).toList();
        return new CallContent.Review(criterionSpecs, overallThreshold, orZero(reviewsPerApplication), blindReview);
    }

    public int getWeightsTotal() {
        return criteria.stream().mapToInt(c -> c.weight == null ? 0 : c.weight).sum();
    }

    public List<CriterionRow> getCriteria() { return criteria; }
    public BigDecimal getOverallThreshold() { return overallThreshold; }
    public void setOverallThreshold(BigDecimal v) { overallThreshold = v; }
    public Integer getReviewsPerApplication() { return reviewsPerApplication; }
    public void setReviewsPerApplication(Integer v) { reviewsPerApplication = v; }
    public boolean isBlindReview() { return blindReview; }
    public void setBlindReview(boolean v) { blindReview = v; }
}
