package org.opendividend.calls.entity;

import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an officer writes in a draft call, applied as a whole by {@link FundingCall#revise}: one record per
 * part of the call, as the call is built from {@link CallTexts}, {@link CallFunding}, {@link CallTimetable},
 * {@link CallEligibility}, {@link ReviewSetup} and {@link OutputPolicy}.
 */
public record CallContent(CallTexts texts, Funding funding, Timetable timetable, Eligibility eligibility,
                          Review review, Outputs outputs) {

    /** The money as written: see {@link CallFunding}. */
    public record Funding(BigDecimal budget, Map<String, BigDecimal> shares,
                          BigDecimal minGrant, BigDecimal maxGrant, int maxDurationMonths) {
    }

    /** The instants as written: see {@link CallTimetable}. */
    public record Timetable(Instant opensAt, Instant closesAt) {
    }

    /** Who may apply and what they bring, as written: see {@link CallEligibility}. */
    public record Eligibility(Set<OrganisationType> organisationTypes, Set<FocusArea> focusAreas,
                              Set<String> targetLanguages, Set<AttachmentType> requiredAttachments,
                              List<Question.QuestionSpec> questions) {
    }

    /** How applications will be reviewed, as written: see {@link ReviewSetup}. */
    public record Review(List<CriterionSpec> criteria, BigDecimal overallThreshold, int reviewsPerApplication,
                         boolean blindReview) {
    }

    /** What becomes of the funded work, as written: see {@link OutputPolicy}. */
    public record Outputs(Map<OutputType, Set<String>> allowedLicences, MofClass requiredMofClass,
                          int releaseDeadlineMonths, int retentionPercent) {
    }

    /** One review criterion as written. */
    public record CriterionSpec(Criterion.CriterionText text, int weightPercent, ScoreScale scale, BigDecimal threshold) {
    }
}
