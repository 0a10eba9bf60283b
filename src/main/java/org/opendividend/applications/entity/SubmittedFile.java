package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file that a submitted version needs (its attachment at submission), so the file is never deleted. */
@Entity
@Table(name = "application_version_file")
public class SubmittedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    protected SubmittedFile() {
    }

    public SubmittedFile(long versionId, String storageKey) {
        this.versionId = versionId;
        this.storageKey = storageKey;
    }

    public long versionId() { return versionId; }
    public String storageKey() { return storageKey; }
}
