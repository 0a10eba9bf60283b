package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;
import org.opendividend.review.control.ReviewChecks;
import org.opendividend.review.control.WeightedScore;
import org.opendividend.review.entity.AssignmentReview;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The review page ({@code /reviewer/review.xhtml?assignment=…}): the application's submitted version read-only with
 * its files, and the review form built from the call's criteria, autosaved while the reviewer writes (quietly; an
 * explicit save shows every problem), and submitted once, after a confirmation. Whatever the server refuses, what was
 * typed stays in the form. After their own submission the reviewer reads the others' submitted reviews, unnamed.
 */
@Named
@ViewScoped
public class ReviewEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":review:";

    @Inject
    transient ReviewingFacade reviewing;

    private Long assignment;
    private transient ReviewView view;
    private long reviewVersion;
    private ReviewForm form;
    private boolean autosaved;

    public void load() {
        if (assignment == null) {
            throw new NoSuchObjectException("ReviewAssignment", "none");
        }
        if (form == null) {
            ReviewView loaded = view();
            form = ReviewForm.of(loaded.review() == null ? ReviewContent.empty() : loaded.review().content());
        }
    }

    private ReviewView view() {
        if (view == null) {
            view = reviewing.forReview(assignment);
            reviewVersion = view.review() == null ? 0 : view.review().version();
        }
        return view;
    }

    /** Saves quietly while the reviewer writes; a refusal waits for the next explicit save to be shown. */
    public void autosave() {
        autosaved = view().editable() && attempt(() -> reviewing.saveDraft(assignment, reviewVersion, content()), false);
    }

    public void save() {
        if (attempt(() -> reviewing.saveDraft(assignment, reviewVersion, content()), true)) {
            PageMessages.info("review.saved");
        }
    }

    public void submit() {
        if (attempt(() -> reviewing.submit(assignment, reviewVersion, content()), true)) {
            view = null;
            view();
            PageMessages.info("review.submitted");
        }
    }

    /**
     * One change at a time per page (the autosave and a button pressed right after it), each seeing the version the
     * one before produced; a refusal keeps the form as typed.
     */
    private synchronized boolean attempt(Supplier<AssignmentReview> change, boolean loud) {
        try {
            reviewVersion = change.get().version();
            return true;
        } catch (InvalidInputException refused) {
            if (loud) {
                PageMessages.problems(refused.problems(), FIELDS, "review.field.");
            }
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("review.conflict");
        }
        return false;
    }

    private ReviewContent content() {
        return form.content(view().call().review().criteria().stream().map(CriterionView::id).toList());
    }

    public ReviewView getView() {
        return view();
    }

    public SubmittedContentReader getReader() {
        return new SubmittedContentReader(view().call(), view().submission().submitted());
    }

    public List<CriterionView> getCriteria() {
        return view().call().review().criteria();
    }

    /** A score's value as the scale offers it (4.5, 5, not 5.0), so that a saved score selects its step. */
    public String step(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The reviewer's own weighted score, once every criterion is scored. */
    public BigDecimal getWeighted() {
        AssignmentReview review = view().review();
        return review == null ? null : WeightedScore.of(review.content().scores(), getCriteria()).orElse(null);
    }

    public List<Integer> getConfidences() {
        return IntStream.rangeClosed(ReviewChecks.CONFIDENCE_MIN, ReviewChecks.CONFIDENCE_MAX).boxed().toList();
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public String getAutosaveStatusKey() {
        return autosaved ? "review.autosaved" : null;
    }

    public int getCommentMax() {
        return AssignmentReview.COMMENT_MAX;
    }

    public Long getAssignment() { return assignment; }
    public void setAssignment(Long assignment) { this.assignment = assignment; }
    public ReviewForm getForm() { return form; }
}
