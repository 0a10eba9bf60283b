package org.opendividend.calls.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How a call's applications will be reviewed: the weighted criteria, the overall threshold, how many reviews and whether blind. */
@Embeddable
public class ReviewSetup {

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold", nullable = false)
    private BigDecimal overallThreshold;

    @Column(name = "reviews_per_application", nullable = false)
    private int reviewsPerApplication;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    protected ReviewSetup() {
    }

    /** The fund's default for a new draft: three open (not blind) reviews, no criteria and no threshold yet. */
    static ReviewSetup fundDefaults() {
        ReviewSetup setup = new ReviewSetup();
        setup.overallThreshold = BigDecimal.ZERO;
        setup.reviewsPerApplication = 3;
        setup.blindReview = false;
        return setup;
    }

    /** Replaces everything as written in a draft (the criteria in place, as the persistence context holds them). */
    void revise(CallContent.Review written) {
        criteria.clear();
        written.criteria().forEach(c -> criteria.add(new Criterion(c.text(), c.weightPercent(), c.scale(), c.threshold())));
        overallThreshold = written.overallThreshold();
        reviewsPerApplication = written.reviewsPerApplication();
        blindReview = written.blindReview();
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public BigDecimal overallThreshold() {
        return overallThreshold;
    }

    public int reviewsPerApplication() {
        return reviewsPerApplication;
    }

    public boolean blindReview() {
        return blindReview;
    }
}
