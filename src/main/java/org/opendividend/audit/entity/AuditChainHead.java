package org.opendividend.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Its single row is locked by every append, so entries
 * are numbered without gaps even when several nodes write at once; a deleted last entry shows as a mismatch here.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** Links a new entry after the current end and moves the end to it. */
    public AuditEntry append(AuditRecord record) {
        AuditEntry entry = new AuditEntry(lastSeq + 1, record, lastHash);
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
