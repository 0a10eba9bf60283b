package org.opendividend.review.control;

import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Text;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a review needs, for the draft the reviewer saves and the review they submit: every problem with its field and
 * message key. A draft may leave anything out, but what it holds must fit (a score on its criterion's scale and on
 * one of its steps, comments within their columns); a submission needs a score on every criterion, the confidence,
 * the recommendation and both comments. A score of a criterion the call does not have is refused.
 */
public final class ReviewChecks {

    public static final int CONFIDENCE_MIN = 1;
    public static final int CONFIDENCE_MAX = 5;

    private ReviewChecks() {
    }

    /** The problems of a draft: only what it holds is checked. */
    public static List<FieldProblem> draft(ReviewContent content, List<CriterionView> criteria) {
        return check(content, criteria, false);
    }

    /** The problems of a review to submit: complete and fitting. */
    public static List<FieldProblem> submission(ReviewContent content, List<CriterionView> criteria) {
        return check(content, criteria, true);
    }

    private static List<FieldProblem> check(ReviewContent content, List<CriterionView> criteria, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> known = criteria.stream().map(CriterionView::id).collect(Collectors.toSet());
        if (!known.containsAll(content.scores().keySet())) {
            problems.add(FieldProblem.of(null, "review.problem.unknownCriterion"));
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriterionView criterion = criteria.get(i);
            BigDecimal score = content.scores().get(criterion.id());
            String field = "score." + i;
            if (score == null) {
                if (complete) {
                    problems.add(FieldProblem.of(field, "validation.required"));
                }
            } else if (!criterion.scale().contains(score)) {
                problems.add(FieldProblem.of(field, "review.problem.offScale", criterion.scale().min(),
                        criterion.scale().max(), criterion.scale().step()));
            }
        }
        Integer confidence = content.confidence();
        if (confidence == null) {
            if (complete) {
                problems.add(FieldProblem.of("confidence", "validation.required"));
            }
        } else {
            Text.between(problems, "confidence", confidence, CONFIDENCE_MIN, CONFIDENCE_MAX);
        }
        if (complete && content.recommendation() == null) {
            problems.add(FieldProblem.of("recommendation", "validation.required"));
        }
        comment(problems, "toApplicant", content.toApplicant(), complete);
        comment(problems, "toPanel", content.toPanel(), complete);
        return problems;
    }

    private static void comment(List<FieldProblem> problems, String field, String text, boolean required) {
        if (required) {
            Text.required(problems, field, text);
        }
        Text.maxLength(problems, field, text, AssignmentReview.COMMENT_MAX);
    }
}
