package org.opendividend.review.entity;

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
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call's funding decision: per application fund (with an amount split across the ministries' shares), reserve or
 * reject, taken with four eyes along the rows of {@link DecisionWorkflow}. Its own rule, which concerns two people
 * rather than one step: whoever proposed it approves nothing of it, neither for the lead ministry nor for a
 * co-funding one. Which person acts for which ministry and role is the boundary's check; the amounts' checks are
 * {@code DecisionChecks}' before the lines are written.
 */
@Entity
@Table(name = "funding_decision")
public class FundingDecision {

    /** The longest reason for returning a proposal or refusing a share the column keeps. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, unique = true)
    private long callId;

    @Column(name = "lead_ministry", nullable = false)
    private String leadMinistry;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DecisionStatus status;

    @ElementCollection
    @CollectionTable(name = "funding_decision_line", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_decision_part", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionPart> parts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "funding_decision_confirmation", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<ShareConfirmation> confirmations = new ArrayList<>();

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "sent_back_by")
    private String sentBackBy;

    @Column(name = "sent_back_reason", length = REASON_MAX)
    private String sentBackReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FundingDecision() {
    }

    /** A new draft decision of a call led by a ministry, with no lines yet. */
    public static FundingDecision draft(long callId, String leadMinistry) {
        FundingDecision decision = new FundingDecision();
        decision.callId = callId;
        decision.leadMinistry = Objects.requireNonNull(leadMinistry);
        decision.status = DecisionStatus.DRAFT;
        return decision;
    }

    /** The lead officer writes the lines and the ministries' parts of the funded amounts (only while a draft). */
    public void write(List<DecisionLine> newLines, List<DecisionPart> newParts) {
        step(DecisionAction.EDIT, DecisionWorkflow.Who.LEAD_OFFICER);
        lines.clear();
        lines.addAll(newLines);
        parts.clear();
        parts.addAll(newParts);
    }

    /** The lead officer proposes the decision as written; the last reason it was sent back with is kept no more. */
    public void propose(String proposer, Instant now) {
        step(DecisionAction.PROPOSE, DecisionWorkflow.Who.LEAD_OFFICER);
        proposedBy = Objects.requireNonNull(proposer);
        proposedAt = now.truncatedTo(ChronoUnit.MICROS);
        sentBackBy = null;
        sentBackReason = null;
    }

    /** An approver of the lead ministry sends the proposal back to the officer with a reason. */
    public void sendBack(String approver, String why) {
        String reason = requireReason(why);
        step(DecisionAction.RETURN, DecisionWorkflow.Who.LEAD_APPROVER);
        sentBack(approver, reason);
    }

    /**
     * An approver of the lead ministry who did not propose it approves the batch; each co-funding ministry with money
     * in it then has to confirm its share, and when there is none the decision is taken at once.
     */
    public void approve(String approver, Instant now) {
        requireFourEyes(approver);
        step(DecisionAction.APPROVE, DecisionWorkflow.Who.LEAD_APPROVER);
        approvedBy = approver;
        approvedAt = now.truncatedTo(ChronoUnit.MICROS);
        confirmations.clear();
        committedMinistries().stream().filter(m -> !m.equals(leadMinistry))
                .forEach(m -> confirmations.add(new ShareConfirmation(m)));
        completeWhenConfirmed(now);
    }

    /** A co-funding ministry's approver, who did not propose the decision, confirms that ministry's share. */
    public void confirmShare(String ministry, String approver, Instant now) {
        requireFourEyes(approver);
        ShareConfirmation awaited = awaited(ministry);
        step(DecisionAction.CONFIRM_SHARE, DecisionWorkflow.Who.COFUNDING_APPROVER);
        awaited.confirm(approver, now.truncatedTo(ChronoUnit.MICROS));
        completeWhenConfirmed(now);
    }

    /** A co-funding ministry's approver refuses that ministry's share with a reason: the proposal goes back to a draft. */
    public void refuseShare(String ministry, String approver, String why) {
        String reason = requireReason(why);
        awaited(ministry);
        step(DecisionAction.REFUSE_SHARE, DecisionWorkflow.Who.COFUNDING_APPROVER);
        sentBack(approver, reason);
    }

    /** The ministries whose money the lines commit, in the order their parts were written. */
    public List<String> committedMinistries() {
        return parts.stream().filter(p -> p.amount() > 0).map(DecisionPart::ministryCode).distinct().toList();
    }

    /** The co-funding ministries whose approver has yet to confirm their share. */
    public List<String> awaitedMinistries() {
        return confirmations.stream().filter(c -> !c.isConfirmed()).map(ShareConfirmation::ministryCode).toList();
    }

    /** The line of an application, if the decision has one. */
    public Optional<DecisionLine> lineOf(long applicationId) {
        return lines.stream().filter(l -> l.applicationId() == applicationId).findFirst();
    }

    private ShareConfirmation awaited(String ministry) {
        return confirmations.stream().filter(c -> c.ministryCode().equals(ministry) && !c.isConfirmed()).findFirst()
                .orElseThrow(() -> new ForbiddenTransitionException(status.labelKey(),
                        DecisionAction.CONFIRM_SHARE.labelKey()));
    }

    private void completeWhenConfirmed(Instant now) {
        if (awaitedMinistries().isEmpty()) {
            step(DecisionAction.COMPLETE, DecisionWorkflow.Who.SYSTEM);
            decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    private void sentBack(String by, String reason) {
        sentBackBy = Objects.requireNonNull(by);
        sentBackReason = reason;
        approvedBy = null;
        approvedAt = null;
        confirmations.clear();
    }

    private void requireFourEyes(String approver) {
        if (Objects.requireNonNull(approver).equals(proposedBy)) {
            throw new AccessDeniedException("denied.decision.proposerApproves");
        }
    }

    private void step(DecisionAction action, DecisionWorkflow.Who who) {
        status = DecisionWorkflow.RULES.transition(status, action, who).to();
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

    public long callId() {
        return callId;
    }

    public String leadMinistry() {
        return leadMinistry;
    }

    public DecisionStatus status() {
        return status;
    }

    public List<DecisionLine> lines() {
        return List.copyOf(lines);
    }

    public List<DecisionPart> parts() {
        return List.copyOf(parts);
    }

    public List<ShareConfirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String sentBackBy() {
        return sentBackBy;
    }

    public String sentBackReason() {
        return sentBackReason;
    }

    public long version() {
        return version;
    }
}
