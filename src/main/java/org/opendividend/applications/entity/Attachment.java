package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.calls.entity.AttachmentType;

import java.time.Instant;

/**
 * A PDF attached to an application's working copy, one per {@link AttachmentType}. The file itself lives outside the
 * database under {@link #storageKey()} (its SHA-256, never the name the person's computer gave it); the row keeps
 * the sanitised original name for display and downloads. Never changed: a new upload of the same type replaces the
 * row.
 */
@Entity
@Table(name = "application_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment_type", nullable = false)
    private AttachmentType type;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {
    }

    public Attachment(long applicationId, AttachmentType type, String fileName, long sizeBytes, String sha256,
                      String storageKey, Instant uploadedAt, String uploadedBy) {
        this.applicationId = applicationId;
        this.type = type;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long id() { return id; }
    public long applicationId() { return applicationId; }
    public AttachmentType type() { return type; }
    public String fileName() { return fileName; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String storageKey() { return storageKey; }
    public Instant uploadedAt() { return uploadedAt; }
    public String uploadedBy() { return uploadedBy; }

    /** For pages ({@code #{a.id}} and so on), which read properties. */
    public Long getId() { return id; }
    public AttachmentType getType() { return type; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Instant getUploadedAt() { return uploadedAt; }
}
