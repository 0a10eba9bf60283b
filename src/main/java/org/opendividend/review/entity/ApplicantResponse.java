package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An applicant's answer to the comments the reviewers meant for them, written in the call's response window
 * (issue #11, item 3): one per application, changed as often as the window is open; the panel reads it. Whether the
 * window is open and the answer within its word limit is the boundary's check against the call's window.
 */
@Entity
@Table(name = "applicant_response")
public class ApplicantResponse {

    /** The longest answer the column keeps, in characters. */
    public static final int MAX_CHARACTERS = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "answer", nullable = false, length = MAX_CHARACTERS)
    private String answer;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApplicantResponse() {
    }

    public static ApplicantResponse first(long applicationId, long callId) {
        ApplicantResponse response = new ApplicantResponse();
        response.applicationId = applicationId;
        response.callId = callId;
        return response;
    }

    /** The answer as written now, by whom. */
    public void write(String text, String author, Instant now) {
        String stripped = Objects.requireNonNull(text).strip();
        if (stripped.isEmpty() || stripped.length() > MAX_CHARACTERS) {
            throw new IllegalArgumentException("an answer of 1 to " + MAX_CHARACTERS + " characters");
        }
        answer = stripped;
        authorSubject = Objects.requireNonNull(author);
        savedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() { return id; }
    public long applicationId() { return applicationId; }
    public long callId() { return callId; }
    public String answer() { return answer; }
    public String authorSubject() { return authorSubject; }
    public Instant savedAt() { return savedAt; }
    public long version() { return version; }
}
