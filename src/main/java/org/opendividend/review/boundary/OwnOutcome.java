package org.opendividend.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.TwdConverter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The applicant's dashboard and application page ask here for an application's funding outcome and the comments the
 * reviewers meant for them ({@link ApplicantOutcomes}: only their own organisation's, only once the decision is
 * taken). Read once per application and request.
 */
@Named
@RequestScoped
public class OwnOutcome {

    @Inject
    ApplicantOutcomes outcomes;

    private final Map<Long, Optional<ApplicantOutcome>> read = new HashMap<>();

    /** The application's outcome, or null while there is none to tell. */
    public ApplicantOutcome of(Long applicationId) {
        if (applicationId == null) {
            return null;
        }
        return read.computeIfAbsent(applicationId, outcomes::of).orElse(null);
    }

    /** The amount in whole TWD with thousands separators. */
    public String twd(long amount) {
        return TwdConverter.format(BigDecimal.valueOf(amount));
    }
}
