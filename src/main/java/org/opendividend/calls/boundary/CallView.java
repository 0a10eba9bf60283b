package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallTimetable;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.BilingualText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A call as other components read it to take and check applications: its status and window, who funds it (shares
 * by ministry code), its limits, who may apply, what an application must bring (attachments, questions as
 * {@link QuestionView}), which licences its outputs may carry and how its applications are reviewed
 * ({@link ReviewSetupView}). A copy, read through {@link CallDirectory}; the
 * call's own rules decide where it stands at an instant ({@link #statusAt}).
 */
public record CallView(Long id, String programmeCode, String leadMinistry, CallStatus recordedStatus,
                       String titleZhTw, String titleEn, Instant opensAt, Instant closesAt,
                       Map<String, BigDecimal> shares, BigDecimal minGrant, BigDecimal maxGrant, int maxDurationMonths,
                       Set<OrganisationType> organisationTypes, List<String> targetLanguages,
                       Set<AttachmentType> requiredAttachments, List<QuestionView> questions,
                       Map<OutputType, Set<String>> allowedLicences, ReviewSetupView review) {

    public CallView {
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
        organisationTypes = Set.copyOf(organisationTypes);
        targetLanguages = List.copyOf(targetLanguages);
        requiredAttachments = Set.copyOf(requiredAttachments);
        questions = List.copyOf(questions);
        allowedLicences = Collections.unmodifiableMap(new EnumMap<>(allowedLicences));
    }

    public static CallView of(FundingCall c) {
        return new CallView(c.id(), c.programmeCode(), c.leadMinistry(), c.recordedStatus(), c.texts().titleZhTw(),
                c.texts().titleEn(), c.opensAt(), c.closesAt(), c.shares(), c.minGrant(), c.maxGrant(),
                c.maxDurationMonths(), c.organisationTypes(), c.targetLanguages(), c.requiredAttachments(),
                c.questions().stream().map(QuestionView::of).toList(), c.outputPolicy().allowedLicences(),
                ReviewSetupView.of(c.reviewSetup()));
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    /** Where the call stands at an instant, as {@link FundingCall#statusAt} says. */
    public CallStatus statusAt(Instant now) {
        return CallTimetable.statusAt(recordedStatus, opensAt, closesAt, now);
    }

    /** Whether the call's funding decision may be written and proposed at an instant: the call's table says in which states. */
    public boolean takesFundingDecisionAt(Instant now) {
        return CallWorkflow.state(statusAt(now)).takesFundingDecision();
    }

    /** The deadline rule, as {@link FundingCall#acceptsApplicationsAt}: the call's table says which state takes them. */
    public boolean acceptsApplicationsAt(Instant now) {
        return CallWorkflow.state(statusAt(now)).acceptsApplications();
    }

    /** Whether the ministry leads or co-funds the call. */
    public boolean isFundedBy(String ministryCode) {
        return shares.containsKey(ministryCode);
    }
}
