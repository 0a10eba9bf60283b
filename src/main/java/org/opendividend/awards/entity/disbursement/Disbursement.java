package org.opendividend.awards.entity.disbursement;

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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One co-funding ministry's share of one tranche of an accepted award, on its way through {@link DisbursementWorkflow}:
 * requested by the grantee with its report, checked, approved (by two approvers above the second-approval amount),
 * paid, or returned with a reason and requested again. Every step is kept ({@link DisbursementStep}), and nobody
 * takes two steps of one chain ({@link SeparationOfDuties}). Refers to its award by id and to the tranche by its
 * position; a share is requested once (the schema's unique constraint).
 */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    /** The longest progress report the column keeps. */
    public static final int REPORT_MAX = 4000;
    /** The longest reason for a return the column keeps. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "tranche_position", nullable = false)
    private int tranchePosition;

    @Column(name = "ministry_code", nullable = false)
    private String ministryCode;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DisbursementStatus status;

    @Column(name = "progress_report", nullable = false, length = REPORT_MAX)
    private String progressReport;

    @Column(name = "spent_so_far", nullable = false)
    private long spentSoFar;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "report_sha256", length = 64)
    private String reportSha256;

    @Column(name = "report_file_name", length = ReportFile.NAME_MAX)
    private String reportFileName;

    @Column(name = "report_size_bytes")
    private Long reportSizeBytes;

    @ElementCollection
    @CollectionTable(name = "disbursement_step", joinColumns = @JoinColumn(name = "disbursement_id"))
    @OrderColumn(name = "position")
    private List<DisbursementStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Disbursement() {
    }

    /**
     * The grantee's report carried by a request: what the project did, what it spent so far in whole TWD, and its PDF
     * ({@code null} on a request again keeps the PDF the share has).
     */
    public record Report(String progress, long spentSoFar, ReportFile file) {

        /** A report without a (new) PDF. */
        public Report(String progress, long spentSoFar) {
            this(progress, spentSoFar, null);
        }

        public Report {
            if (progress == null || progress.isBlank() || progress.strip().length() > REPORT_MAX) {
                throw new IllegalArgumentException("a progress report of 1 to " + REPORT_MAX + " characters");
            }
            if (spentSoFar < 0) {
                throw new IllegalArgumentException("no negative amount spent");
            }
            progress = progress.strip();
        }
    }

    /** The grantee requests a ministry's share of a tranche, with the report it needs. */
    public static Disbursement request(long awardId, int tranchePosition, String ministryCode, long amount,
                                       Report report, String grantee, Instant now) {
        if (amount < 0 || tranchePosition < 0) {
            throw new IllegalArgumentException("a share of a tranche is not negative");
        }
        Disbursement d = new Disbursement();
        d.awardId = awardId;
        d.tranchePosition = tranchePosition;
        d.ministryCode = Objects.requireNonNull(ministryCode);
        d.amount = amount;
        d.status = DisbursementStatus.REQUESTED;
        d.requested(report, grantee, now);
        d.steps.add(new DisbursementStep(grantee, DisbursementAction.REQUEST_TRANCHE, d.requestedAt, null));
        return d;
    }

    /** The grantee requests a returned share again, with a new report: a new chain starts. */
    public void requestAgain(Report report, String grantee, Instant now) {
        step(DisbursementAction.REQUEST_TRANCHE, DisbursementWorkflow.Who.GRANTEE, grantee, now, null);
        requested(report, grantee, now);
        returnReason = null;
    }

    /** An officer of the paying ministry accepts the report. */
    public void check(String officer, Instant now) {
        step(DisbursementAction.CHECK_TRANCHE, DisbursementWorkflow.Who.OFFICER, officer, now, null);
    }

    /**
     * An approver of the paying ministry approves: above {@code secondApprovalAbove} TWD the first approval waits for
     * a second, different approver; at or below it one is enough.
     */
    public void approve(String approver, long secondApprovalAbove, Instant now) {
        DisbursementAction action = status == DisbursementStatus.CHECKED && amount > secondApprovalAbove
                ? DisbursementAction.APPROVE_TRANCHE_FIRST : DisbursementAction.APPROVE_TRANCHE;
        step(action, DisbursementWorkflow.Who.APPROVER, approver, now, null);
    }

    /** A finance user of the paying ministry records the payment (the payment's row is the boundary's insert). */
    public void pay(String finance, Instant now) {
        step(DisbursementAction.RECORD_PAYMENT, DisbursementWorkflow.Who.FINANCE, finance, now, null);
    }

    /** The officer (before the check) or an approver (after it) returns the request to the grantee, saying why. */
    public void returnToGrantee(String staff, DisbursementWorkflow.Who as, String why, Instant now) {
        if (why == null || why.isBlank() || why.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters");
        }
        step(DisbursementAction.RETURN_TRANCHE, as, staff, now, why.strip());
        returnReason = why.strip();
    }

    /** Who takes the next step from the current state, by the table (empty when paid). */
    public DisbursementWorkflow.Who waitsFor() {
        return DisbursementWorkflow.state(status).waitsFor();
    }

    /** Whether the person may take a step now without taking two in this chain. */
    public boolean mayAct(String subject) {
        return SeparationOfDuties.mayAct(steps, subject);
    }

    private void requested(Report report, String grantee, Instant now) {
        progressReport = report.progress();
        spentSoFar = report.spentSoFar();
        if (report.file() != null) {
            reportSha256 = report.file().sha256();
            reportFileName = report.file().fileName();
            reportSizeBytes = report.file().sizeBytes();
        }
        requestedBy = Objects.requireNonNull(grantee);
        requestedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void step(DisbursementAction action, DisbursementWorkflow.Who who, String subject, Instant now,
                      String reason) {
        DisbursementStatus to = DisbursementWorkflow.RULES.transition(status, action, who).to();
        // a new request starts a new chain; every other step is refused to someone who took one in this chain
        if (action != DisbursementAction.REQUEST_TRANCHE && !mayAct(subject)) {
            throw new AccessDeniedException(SeparationOfDuties.ALREADY_ACTED);
        }
        status = to;
        steps.add(new DisbursementStep(Objects.requireNonNull(subject), action, now.truncatedTo(ChronoUnit.MICROS),
                reason));
    }

    /** The report's PDF, if the request has one (requests from before PDFs were asked for have none). */
    public java.util.Optional<ReportFile> reportFile() {
        return reportSha256 == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ReportFile(reportSha256, reportFileName, reportSizeBytes));
    }

    public Long id() {
        return id;
    }

    public long awardId() {
        return awardId;
    }

    public int tranchePosition() {
        return tranchePosition;
    }

    public String ministryCode() {
        return ministryCode;
    }

    public long amount() {
        return amount;
    }

    public DisbursementStatus status() {
        return status;
    }

    public String progressReport() {
        return progressReport;
    }

    public long spentSoFar() {
        return spentSoFar;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public List<DisbursementStep> steps() {
        return List.copyOf(steps);
    }

    public long version() {
        return version;
    }
}
