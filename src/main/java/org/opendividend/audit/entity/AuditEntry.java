package org.opendividend.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One link of the audit chain. Immutable once written: there are no setters and no version. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String summary;

    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The entry that follows {@code previousHash} at position {@code seq}; its hash is computed here. */
    public AuditEntry(long seq, AuditRecord record, String previousHash) {
        this.seq = seq;
        this.occurredAt = record.occurredAt();
        this.actorSubject = record.actorSubject();
        this.actorName = record.actorName();
        this.objectType = record.objectType();
        this.objectId = record.objectId();
        this.action = record.action();
        this.summary = record.summary();
        this.previousHash = previousHash;
        this.entryHash = ChainHash.of(seq, record, previousHash);
    }

    /** The content as stored, to recompute the hash when verifying. */
    public AuditRecord record() {
        return new AuditRecord(occurredAt, actorSubject, actorName, objectType, objectId, action, summary);
    }

    /** Whether the stored hash is the hash of the stored content. */
    public boolean hashMatchesContent() {
        return ChainHash.of(seq, record(), previousHash).equals(entryHash);
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorName() {
        return actorName;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String action() {
        return action;
    }

    /** The message key of the action's label on the audit page. */
    public String actionLabelKey() {
        return actionLabelKey(action);
    }

    /** The message key of a stored action's label: one per constant of the components' audited actions. */
    public static String actionLabelKey(String action) {
        return "audit.action." + action;
    }

    public String summary() {
        return summary;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
