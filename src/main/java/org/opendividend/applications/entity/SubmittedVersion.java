package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One submission, frozen: the snapshot of everything submitted (JSON), its SHA-256, the receipt number and the
 * instant the server received it. Never changed after it is written.
 */
@Entity
@Table(name = "application_version")
public class SubmittedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int number;

    @Column(name = "receipt_number", nullable = false)
    private String receiptNumber;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(nullable = false)
    private String snapshot;

    @Column(name = "snapshot_sha256", nullable = false)
    private String snapshotSha256;

    protected SubmittedVersion() {
    }

    public SubmittedVersion(long applicationId, int number, String receiptNumber, Instant submittedAt,
                            String submittedBy, String snapshot, String snapshotSha256) {
        this.applicationId = applicationId;
        this.number = number;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.snapshot = snapshot;
        this.snapshotSha256 = snapshotSha256;
    }

    public Long id() { return id; }
    public long applicationId() { return applicationId; }
    public int number() { return number; }
    public String receiptNumber() { return receiptNumber; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public String snapshot() { return snapshot; }
    public String snapshotSha256() { return snapshotSha256; }
}
