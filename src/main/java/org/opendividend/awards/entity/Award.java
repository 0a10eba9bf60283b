package org.opendividend.awards.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.calls.entity.MofClass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An award offered to an application of a call, numbered {@code <call>-<seq>}: its terms ({@link OfferTerms}) fixed
 * when offered, then accepted or declined by the applicant organisation's owner or withdrawn by the lead ministry's
 * officer along the rows of {@link AwardWorkflow}; who answered and when is kept. A call offers an application once
 * (the schema's unique constraint, not a check before the insert), and numbers its awards once each.
 */
@Entity
@Table(name = "award")
public class Award {

    /** The longest reason for declining the column keeps. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true)
    private String number;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "lead_ministry", nullable = false)
    private String leadMinistry;

    @Column(name = "title_zh_tw", nullable = false)
    private String titleZhTw;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "from_reserve", nullable = false)
    private boolean fromReserve;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "offer_deadline", nullable = false)
    private Instant offerDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_mof_class", nullable = false)
    private MofClass requiredMofClass;

    @Column(name = "release_deadline_months", nullable = false)
    private int releaseDeadlineMonths;

    @Column(name = "retention_percent", nullable = false)
    private int retentionPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AwardStatus status;

    @Column(name = "offered_by", nullable = false)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @ElementCollection
    @CollectionTable(name = "award_part", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    private List<AwardPart> parts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_tranche", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    private List<Tranche> tranches = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "award_obligation", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    private List<Obligation> obligations = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Award() {
    }

    /** The project an award is offered to: the call, its number in the call, the application and its organisation. */
    public record Offered(long callId, int seq, long applicationId, long organisationId, String leadMinistry,
                          String titleZhTw, String titleEn, boolean fromReserve) {
    }

    /** A new offer, waiting for the organisation's owner. */
    public static Award offer(Offered to, OfferTerms terms, String officer, Instant now) {
        if (to.seq() < 1) {
            throw new IllegalArgumentException("awards are numbered from 1");
        }
        Award award = new Award();
        award.callId = to.callId();
        award.seq = to.seq();
        award.number = number(to.callId(), to.seq());
        award.applicationId = to.applicationId();
        award.organisationId = to.organisationId();
        award.leadMinistry = Objects.requireNonNull(to.leadMinistry());
        award.titleZhTw = Objects.requireNonNull(to.titleZhTw());
        award.titleEn = Objects.requireNonNull(to.titleEn());
        award.fromReserve = to.fromReserve();
        award.amount = terms.amount();
        award.parts.addAll(terms.parts());
        award.startDate = terms.startDate();
        award.endDate = terms.endDate();
        award.offerDeadline = terms.offerDeadline().truncatedTo(ChronoUnit.MICROS);
        award.tranches.addAll(terms.tranches());
        award.obligations.addAll(terms.obligations());
        award.requiredMofClass = terms.requiredMofClass();
        award.releaseDeadlineMonths = terms.releaseDeadlineMonths();
        award.retentionPercent = terms.retentionPercent();
        award.status = AwardStatus.OFFERED;
        award.offeredBy = Objects.requireNonNull(officer);
        award.offeredAt = now.truncatedTo(ChronoUnit.MICROS);
        return award;
    }

    /** The number people know an award by: the call's id and the award's place in the call. */
    public static String number(long callId, int seq) {
        return callId + "-" + seq;
    }

    /** The owner accepts the offer; whether it is still open (the deadline) is the boundary's check on the server's clock. */
    public void accept(String owner, Instant now) {
        step(AwardAction.ACCEPT_AWARD, AwardWorkflow.Who.OWNER);
        answered(owner, now);
    }

    /** The owner declines the offer, saying why. */
    public void decline(String owner, String why, Instant now) {
        String reason = requireReason(why);
        step(AwardAction.DECLINE_AWARD, AwardWorkflow.Who.OWNER);
        answered(owner, now);
        declineReason = reason;
    }

    /** The lead ministry's officer withdraws an unanswered offer. */
    public void withdraw(String officer, Instant now) {
        step(AwardAction.WITHDRAW_AWARD, AwardWorkflow.Who.LEAD_OFFICER);
        answered(officer, now);
    }

    /**
     * The lead ministry's approver confirms a measure an officer proposed ({@link AwardMeasure}): suspend, resume or
     * terminate, as the table allows from where the award stands (refused otherwise).
     */
    public void take(AwardAction measure) {
        if (!AwardAction.MEASURES.contains(measure)) {
            throw new IllegalArgumentException("not a measure: " + measure);
        }
        step(measure, AwardWorkflow.Who.LEAD_APPROVER);
    }

    /** Whether the table has a row for this measure from where the award stands. */
    public boolean allows(AwardAction measure) {
        return AwardAction.MEASURES.contains(measure)
                && AwardWorkflow.RULES.find(status, measure).filter(row -> row.who() == AwardWorkflow.Who.LEAD_APPROVER)
                .isPresent();
    }

    /** Whether the owner may still answer at an instant: the table waits for an answer and the deadline has not passed. */
    public boolean awaitsAnswerAt(Instant now) {
        return AwardWorkflow.state(status).awaitsAnswer() && now.isBefore(offerDeadline);
    }

    /** Whether the award holds money (offered or accepted), rather than having freed it for the reserve list. */
    public boolean holdsMoney() {
        return !AwardWorkflow.state(status).freesMoney();
    }

    private void answered(String by, Instant now) {
        answeredBy = Objects.requireNonNull(by);
        answeredAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void step(AwardAction action, AwardWorkflow.Who who) {
        status = AwardWorkflow.RULES.transition(status, action, who).to();
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank() || why.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters");
        }
        return why.strip();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long callId() {
        return callId;
    }

    public int seq() {
        return seq;
    }

    public long applicationId() {
        return applicationId;
    }

    public long organisationId() {
        return organisationId;
    }

    public String leadMinistry() {
        return leadMinistry;
    }

    public String titleZhTw() {
        return titleZhTw;
    }

    public String titleEn() {
        return titleEn;
    }

    public boolean fromReserve() {
        return fromReserve;
    }

    public long amount() {
        return amount;
    }

    public List<AwardPart> parts() {
        return List.copyOf(parts);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Instant offerDeadline() {
        return offerDeadline;
    }

    public List<Tranche> tranches() {
        return List.copyOf(tranches);
    }

    public List<Obligation> obligations() {
        return List.copyOf(obligations);
    }

    public MofClass requiredMofClass() {
        return requiredMofClass;
    }

    public int releaseDeadlineMonths() {
        return releaseDeadlineMonths;
    }

    public int retentionPercent() {
        return retentionPercent;
    }

    public AwardStatus status() {
        return status;
    }

    public String offeredBy() {
        return offeredBy;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }
}
