package org.opendividend.calls.entity;

import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything an officer writes in a draft call, applied as a whole by {@link FundingCall#revise}. */
public record CallContent(
        CallTexts texts,
        BigDecimal budget, Map<String, BigDecimal> shares,
        BigDecimal minGrant, BigDecimal maxGrant, int maxDurationMonths,
        Instant opensAt, Instant closesAt,
        Set<OrganisationType> organisationTypes, Set<FocusArea> focusAreas, Set<String> targetLanguages,
        Set<AttachmentType> requiredAttachments,
        List<CriterionSpec> criteria, BigDecimal overallThreshold, int reviewsPerApplication, boolean blindReview,
        List<Question.QuestionSpec> questions,
        Map<OutputType, Set<String>> allowedLicences, MofClass requiredMofClass,
        int releaseDeadlineMonths, int retentionPercent) {

    /** One review criterion as written. */
    public record CriterionSpec(Criterion.CriterionText text, int weightPercent, ScoreScale scale, BigDecimal threshold) {
    }
}
