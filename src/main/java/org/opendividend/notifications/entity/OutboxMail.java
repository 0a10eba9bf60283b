package org.opendividend.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.platform.events.Notifiable.Recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A composed mail waiting in the outbox: written in the transaction of the change it reports, sent after that
 * commits, retried with growing pauses until the mail server takes it. A sender first claims it for a while, so that
 * two senders (the one woken by the commit and the periodic sweep, or two servers) never send it twice at once.
 * <p>
 * Mail goes to verified addresses only. A mail to a person whose address the identity provider has not verified is
 * held, with its reason, until that person logs in with the same address verified; then it goes out. Held rather
 * than dropped: the notices are about the person's own applications (a receipt, a screening outcome, a request for
 * more information with its deadline), and a public funder must not lose them; but until the address is proved the
 * person's, it may be mistyped or someone else's, and an application's details must not reach a stranger. The held
 * mail stays in the outbox, logged and countable, and the same notice is on the person's pages meanwhile.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Attempts before the outbox gives a mail up (about two days of pauses, see {@link #pauseAfter(int)}). */
    public static final int MAX_ATTEMPTS = 16;
    /** Why a mail is held: its person has not verified the address it is for. */
    public static final String UNVERIFIED_ADDRESS = "UNVERIFIED_ADDRESS";
    /** How long a claim lasts: longer than a send may take with the mail timeouts (10 s each), short enough that a mail
     * claimed by a server that died goes out soon after the restart. */
    public static final Duration CLAIM = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private String noticeId;
    @Column(nullable = false)
    private String about;
    @Column(name = "to_address", nullable = false)
    private String toAddress;
    @Column(name = "to_name", nullable = false)
    private String toName;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String subject;
    @Column(name = "text_body", nullable = false)
    private String textBody;
    @Column(name = "html_body", nullable = false)
    private String htmlBody;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;
    /** The person the address belongs to; null for an invitee, who has no account yet. */
    @Column(name = "to_subject")
    private String toSubject;
    /** Why the mail is not sent yet ({@link #UNVERIFIED_ADDRESS}); null when it may be sent. */
    @Column(name = "held_reason")
    private String heldReason;

    protected OutboxMail() {
    }

    /** The mail for a recipient; held when the recipient is a person whose address is not verified. */
    public OutboxMail(String noticeId, String about, ComposedMail mail, Recipient to, Instant now) {
        this.noticeId = noticeId;
        this.about = cut(about, 300);
        this.toAddress = mail.toAddress();
        this.toName = cut(mail.toName(), 300);
        this.language = mail.language().toLanguageTag();
        this.subject = cut(mail.subject(), 1000);
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.toSubject = to.subject();
        // an invitee's address was typed by an owner and cannot be verified before they register: the invitation's
        // link is bound to it, and accepting needs that address verified (OrganisationPermissions.canAccept)
        this.heldReason = to.isInvitee() || to.addressVerified() ? null : UNVERIFIED_ADDRESS;
    }

    /** Takes the mail for one attempt; false when it is held, sent, given up, not yet due or claimed by another sender. */
    public boolean claim(Instant now) {
        if (heldReason != null || sentAt != null || attempts >= MAX_ATTEMPTS || now.isBefore(nextAttemptAt)
                || (claimedUntil != null && now.isBefore(claimedUntil))) {
            return false;
        }
        claimedUntil = now.plus(CLAIM);
        attempts++;
        return true;
    }

    /**
     * The person verified an address: a mail held for that person at that address (letter case aside) is due now.
     * Another person's verification of the same address releases nothing: it was not meant for them.
     *
     * @return whether this mail was released
     */
    public boolean releaseFor(String subject, String verifiedAddress, Instant now) {
        if (heldReason == null || sentAt != null || toSubject == null || !toSubject.equals(subject)
                || verifiedAddress == null || !toAddress.strip().equalsIgnoreCase(verifiedAddress.strip())) {
            return false;
        }
        heldReason = null;
        nextAttemptAt = now;
        return true;
    }

    public void sent(Instant now) {
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    /** Records a failed attempt; true when this was the last one allowed. */
    public boolean failed(Instant now, String error) {
        claimedUntil = null;
        lastError = cut(error, 1000);
        nextAttemptAt = now.plus(pauseAfter(attempts));
        return attempts >= MAX_ATTEMPTS;
    }

    /** 30 s after the first failure, doubling up to 6 h. */
    static Duration pauseAfter(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 10);
        return Duration.ofSeconds(Math.min(seconds, Duration.ofHours(6).toSeconds()));
    }

    public ComposedMail mail() {
        return new ComposedMail(toAddress, toName, Locale.forLanguageTag(language), subject, textBody, htmlBody);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String noticeId() {
        return noticeId;
    }

    public String about() {
        return about;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public String heldReason() {
        return heldReason;
    }
}
