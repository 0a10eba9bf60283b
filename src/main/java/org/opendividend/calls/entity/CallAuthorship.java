package org.opendividend.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Who wrote, changed and published a call, and when: the record the four-eyes rule reads (no one who edited a call may
 * publish or decide it). Part of {@link FundingCall}; the call says when it is written to.
 */
@Embeddable
public class CallAuthorship {

    private String authorSubject;
    private String authorName;
    private Instant createdAt;
    private String publishedBySubject;
    private String publishedByName;
    private Instant publishedAt;

    /** Everyone who wrote or changed the call (author included): none of them may publish or decide it. */
    @ElementCollection
    @CollectionTable(name = "call_editor", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "subject")
    private Set<String> editorSubjects = new HashSet<>();

    protected CallAuthorship() {
    }

    static CallAuthorship by(Actor author, Instant now) {
        CallAuthorship authorship = new CallAuthorship();
        authorship.authorSubject = author.subject();
        authorship.authorName = author.displayName();
        authorship.createdAt = now;
        authorship.recordEditor(author);
        return authorship;
    }

    void recordEditor(Actor editor) {
        if (editor.subject() != null) {
            editorSubjects.add(editor.subject());
        }
    }

    void recordPublication(Actor publisher, Instant now) {
        publishedBySubject = publisher.subject();
        publishedByName = publisher.displayName();
        publishedAt = now;
    }

    /** Whether the person wrote or changed the call at any time (four eyes: they may not publish nor decide it). */
    public boolean hasEdited(String subject) {
        return subject != null && editorSubjects.contains(subject);
    }

    public String authorSubject() {
        return authorSubject;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String publishedByName() {
        return publishedByName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The subjects of everyone who wrote or changed the call. */
    public Set<String> editorSubjects() {
        return Set.copyOf(editorSubjects);
    }
}
