package org.opendividend.review.boundary;

import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review form as the page binds it: a score per criterion id as text (the value of the scale's step chosen),
 * the confidence, the recommendation and the two comments. Kept as typed, whatever the server refuses.
 */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> scores = new HashMap<>();
    private Integer confidence;
    private Recommendation recommendation;
    private String toApplicant = "";
    private String toPanel = "";

    static ReviewForm of(ReviewContent content) {
        ReviewForm form = new ReviewForm();
        content.scores().forEach((criterion, score) -> form.scores.put(criterion, score.stripTrailingZeros().toPlainString()));
        form.confidence = content.confidence();
        form.recommendation = content.recommendation();
        form.toApplicant = content.toApplicant();
        form.toPanel = content.toPanel();
        return form;
    }

    /** What was typed as the review's content; a score that is no number at all is refused as off the scale. */
    ReviewContent content(List<Long> criteria) {
        Map<Long, BigDecimal> parsed = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String typed = scores.get(criteria.get(i));
            if (typed == null || typed.isBlank()) {
                continue;
            }
            try {
                parsed.put(criteria.get(i), new BigDecimal(typed.strip()));
            } catch (NumberFormatException notANumber) {
                problems.add(FieldProblem.of("score." + i, "review.problem.notANumber"));
            }
        }
        InvalidInputException.unless(problems);
        return new ReviewContent(parsed, confidence, recommendation, toApplicant, toPanel);
    }

    public Map<Long, String> getScores() { return scores; }
    public Integer getConfidence() { return confidence; }
    public void setConfidence(Integer confidence) { this.confidence = confidence; }
    public Recommendation getRecommendation() { return recommendation; }
    public void setRecommendation(Recommendation recommendation) { this.recommendation = recommendation; }
    public String getToApplicant() { return toApplicant; }
    public void setToApplicant(String toApplicant) { this.toApplicant = toApplicant == null ? "" : toApplicant; }
    public String getToPanel() { return toPanel; }
    public void setToPanel(String toPanel) { this.toPanel = toPanel == null ? "" : toPanel; }
}
