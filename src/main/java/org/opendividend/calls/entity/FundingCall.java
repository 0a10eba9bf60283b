package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A call for proposals. Written as a draft by an officer of the lead ministry, published by an approver of that
 * ministry who never edited it, then open and closed at its own instants. After publication only the texts may be
 * corrected and the deadline extended (with a public reason).
 * <p>
 * The call keeps who leads it, its status and who wrote and published it; what is written in it is built from
 * parts that hold their own rules: {@link CallTexts}, {@link CallFunding}, {@link CallTimetable},
 * {@link CallEligibility}, {@link ReviewSetup} and {@link OutputPolicy}. The call decides when a part may change.
 */
@Entity
@Table(name = "funding_call")
public class FundingCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_code", nullable = false)
    private String programmeCode;

    @Column(name = "lead_ministry", nullable = false)
    private String leadMinistry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status;

    @Embedded
    private CallTexts texts;

    @Embedded
    private CallFunding funding;

    @Embedded
    private CallTimetable timetable;

    @Embedded
    private CallEligibility eligibility;

    @Embedded
    private ReviewSetup reviewSetup;

    @Embedded
    private OutputPolicy outputPolicy;

    @Embedded
    private CallAuthorship authorship;

    @Embedded
    private ResponseWindow responseWindow;

    private Instant updatedAt;

    @Version
    private long version;

    protected FundingCall() {
    }

    /** A new, empty draft led by a ministry, with the fund's defaults for review and openness. */
    public static FundingCall draft(String programmeCode, String leadMinistry, Actor author, Instant now) {
        FundingCall call = new FundingCall();
        call.programmeCode = programmeCode;
        call.leadMinistry = leadMinistry;
        call.status = CallStatus.DRAFT;
        call.texts = CallTexts.EMPTY;
        call.funding = CallFunding.ledBy(leadMinistry);
        call.timetable = new CallTimetable();
        call.eligibility = new CallEligibility();
        call.reviewSetup = ReviewSetup.fundDefaults();
        call.outputPolicy = OutputPolicy.fundDefaults();
        call.authorship = CallAuthorship.by(author, now);
        call.updatedAt = now;
        return call;
    }

    /** Replaces everything written in the draft. Only drafts may be revised as a whole. */
    public void revise(CallContent content, Actor editor, Instant now) {
        requireRevisable();
        authorship.recordEditor(editor);
        texts = content.texts();
        funding.revise(content.funding(), leadMinistry);
        timetable.plan(content.timetable().opensAt(), content.timetable().closesAt());
        eligibility.revise(content.eligibility());
        reviewSetup.revise(content.review());
        outputPolicy.revise(content.outputs());
        updatedAt = now;
    }

    /** Starts a draft's licence policy from the fund's defaults, for the types that have none yet. */
    public void adoptDefaultLicences(Map<OutputType, Set<String>> defaults) {
        requireRevisable();
        outputPolicy.adoptDefaultLicences(defaults);
    }

    /** A co-funding ministry changes its own share while the call is a draft. */
    public void changeShare(String ministryCode, BigDecimal amount, Actor editor, Instant now) {
        requireRevisable();
        funding.changeShare(ministryCode, amount, leadMinistry);
        authorship.recordEditor(editor);
        updatedAt = now;
    }

    /** Records a co-funding ministry's answer to its share as the share stands, while the call is a draft. */
    public void decideShare(String ministryCode, ShareConsent consent, Instant now) {
        requireRevisable();
        funding.decideShare(ministryCode, consent, leadMinistry);
        updatedAt = now;
    }

    /** Corrects the texts (typos, clarifications): allowed until the call closes. */
    public void correctTexts(CallTexts texts, Actor editor, Instant now) {
        if (!canCorrectTextsAt(now)) {
            throw new IllegalStateException("texts of call " + id + " can no longer be corrected");
        }
        authorship.recordEditor(editor);
        this.texts = texts;
        updatedAt = now;
    }

    public boolean canCorrectTextsAt(Instant now) {
        return CallWorkflow.state(statusAt(now)).editing() != CallWorkflow.Editing.NONE;
    }

    /** Whether the deadline may be moved later now: while the call is published or open. */
    public boolean canExtendDeadlineAt(Instant now) {
        return CallWorkflow.state(statusAt(now)).editing() == CallWorkflow.Editing.TEXTS_AND_DEADLINE;
    }

    /** Whether everything written in the call (and its shares) may still change: a draft. */
    public boolean isRevisable() {
        return CallWorkflow.state(status).editing() == CallWorkflow.Editing.WHOLE;
    }

    /** Moves the closing instant later, for a reason the public will read. */
    public DeadlineExtension extendDeadline(Instant newClosesAt, String reason, Actor actor, Instant now) {
        if (!canExtendDeadlineAt(now)) {
            throw new IllegalStateException("only a published or open call's deadline can be extended");
        }
        DeadlineExtension extension = timetable.extend(newClosesAt, reason, actor, now);
        authorship.recordEditor(actor);
        updatedAt = now;
        return extension;
    }

    /**
     * Takes a step of the lifecycle table that people take. Who may take it is decided by the permissions; the
     * entity knows which steps exist from where it is. Opening and closing are the schedule's ({@link #catchUp}).
     */
    public CallStatus apply(CallAction action, Actor actor, Instant now) {
        // judged where the call stands now, not where the schedule last recorded it; opening and closing are the
        // schedule's: no person's step, so refused like any step the table lacks
        var transition = CallWorkflow.manualTransition(statusAt(now), action);
        status = transition.to();
        if (action == CallAction.PUBLISH) {
            authorship.recordPublication(actor, now);
        }
        updatedAt = now;
        return status;
    }

    /**
     * Records that the call's funding decision was taken: decided, from closed or in review as the table's row of the
     * funding decision says (refused from any other state, e.g. a call still open or decided already).
     */
    public CallStatus recordFundingDecision(Instant now) {
        status = CallWorkflow.fundingDecisionTransition(statusAt(now)).to();
        updatedAt = now;
        return status;
    }

    /**
     * Opens (or moves) the applicant response window: only while the call takes its funding decision (closed or in
     * review, its table says), never after; the closing instant must lie ahead. Returns the window.
     */
    public ResponseWindow openResponseWindow(Instant closesAt, int wordLimit, Instant now) {
        CallStatus at = statusAt(now);
        if (!CallWorkflow.state(at).takesFundingDecision()) {
            throw new org.opendividend.platform.validation.ForbiddenTransitionException(at.labelKey(),
                    "call.response.open");
        }
        if (!closesAt.isAfter(now)) {
            throw new IllegalArgumentException("a response window closes after now");
        }
        responseWindow = new ResponseWindow(closesAt, wordLimit);
        updatedAt = now;
        return responseWindow;
    }

    /** The applicant response window, if the call has one. */
    public java.util.Optional<ResponseWindow> responseWindow() {
        return java.util.Optional.ofNullable(responseWindow).filter(ResponseWindow::isSet);
    }

    /**
     * Records where the schedule has taken the call, row by row of the table (published → open → closed): a call
     * whose whole schedule passed unrecorded is opened and then closed, never closed straight from published.
     * Returns the last step taken, or empty when the record was up to date.
     */
    public Optional<CallAction> catchUp(Instant now) {
        Optional<CallAction> last = Optional.empty();
        for (var step : CallWorkflow.scheduleSteps(status, statusAt(now))) {
            status = step.to();
            updatedAt = now;
            last = Optional.of(step.action());
        }
        return last;
    }

    /**
     * The status at an instant: a published call is open from its opening instant and closed from its closing
     * instant, to the second, whether or not the scheduler has recorded it yet ({@link CallTimetable#statusAt}).
     */
    public CallStatus statusAt(Instant now) {
        return timetable.statusAt(status, now);
    }

    /** The deadline rule: an application counts as on time if it arrives strictly before the closing instant. */
    public boolean acceptsApplicationsAt(Instant now) {
        return CallWorkflow.state(statusAt(now)).acceptsApplications();
    }

    private void requireRevisable() {
        if (!isRevisable()) {
            throw new IllegalStateException("call " + id + " is " + status + ": no longer revisable");
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String leadMinistry() {
        return leadMinistry;
    }

    public CallStatus recordedStatus() {
        return status;
    }

    // ---------------------------------------------------------------- the parts

    public CallTexts texts() {
        return texts;
    }

    public CallFunding funding() {
        return funding;
    }

    public CallTimetable timetable() {
        return timetable;
    }

    public CallEligibility eligibility() {
        return eligibility;
    }

    public ReviewSetup reviewSetup() {
        return reviewSetup;
    }

    public OutputPolicy outputPolicy() {
        return outputPolicy;
    }

    // ---------------------------------------------------------------- what the pages and other components read,
    // kept on the call so that their expressions (call.title(locale), call.closesAt()...) stay short

    public String title(Locale locale) {
        return texts.title(locale);
    }

    public String summary(Locale locale) {
        return texts.summary(locale);
    }

    public String description(Locale locale) {
        return texts.description(locale);
    }

    public boolean isFundedBy(String ministryCode) {
        return funding.isFundedBy(ministryCode);
    }

    public BigDecimal budget() {
        return funding.budget();
    }

    /** Shares by ministry code, the lead ministry's included. */
    public Map<String, BigDecimal> shares() {
        return funding.shares();
    }

    /** The answers of the co-funding ministries to their shares as they stand, by ministry code. */
    public Map<String, ShareConsent> shareConsents() {
        return funding.shareConsents();
    }

    /** What the ministries other than the lead put into the call, together (TWD). */
    public BigDecimal coFunding() {
        return funding.coFunding(leadMinistry);
    }

    /** The ministries other than the lead that fund the call. */
    public Set<String> coFunders() {
        return funding.coFunders(leadMinistry);
    }

    public BigDecimal minGrant() {
        return funding.minGrant();
    }

    public BigDecimal maxGrant() {
        return funding.maxGrant();
    }

    public int maxDurationMonths() {
        return funding.maxDurationMonths();
    }

    public Instant opensAt() {
        return timetable.opensAt();
    }

    public Instant closesAt() {
        return timetable.closesAt();
    }

    public List<DeadlineExtension> extensions() {
        return timetable.extensions();
    }

    public Set<OrganisationType> organisationTypes() {
        return eligibility.organisationTypes();
    }

    public Set<FocusArea> focusAreas() {
        return eligibility.focusAreas();
    }

    /** Target language codes in the order of the catalogue. */
    public List<String> targetLanguages() {
        return eligibility.targetLanguages();
    }

    public Set<AttachmentType> requiredAttachments() {
        return eligibility.requiredAttachments();
    }

    public List<Question> questions() {
        return eligibility.questions();
    }

    // ---------------------------------------------------------------- who and when

    /** Who wrote, changed and published the call, and when. */
    public CallAuthorship authorship() {
        return authorship;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
