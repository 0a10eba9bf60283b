package org.opendividend.notifications;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.arquillian.Deployments;
import org.opendividend.notifications.boundary.OutboxStore;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.notifications.entity.OutboxMail;
import org.opendividend.notifications.it.StoredOutbox;
import org.opendividend.notifications.it.TestNotice;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.Notifiable.Notice;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox in Payara Micro against the migrated database (issue #8, item 16): mail goes to verified addresses only
 * (a notice to a person whose address is not verified is held, and goes out once they log in with it verified), and
 * a mail that was not sent, because it failed or because the server stopped while sending it, stays in the outbox
 * and is due again. The server's own sender runs meanwhile against whatever listens on the configured SMTP port;
 * the tests therefore judge only what they can count on: whether a mail is held, and that a due one is attempted.
 */
@ExtendWith(ArquillianExtension.class)
public class OutboxIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.foundation("outbox-it.war")
                .addPackages(true, Deployments.mainClassesOnly(), "org.opendividend.audit", "org.opendividend.notifications")
                .addClasses(StoredOutbox.class, TestNotice.class);
    }

    @Inject
    PersonFacade people;

    @Inject
    StoredOutbox stored;

    @Inject
    OutboxStore outbox;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String subject = "sub-" + run;
    private final String address = "lin-" + run + "@example.org";

    private Caller login(String subject, boolean verified) {
        return new Caller(subject, "lin-" + run, "林雅琪", address, verified, EnumSet.of(Role.APPLICANT), new TreeSet<>());
    }

    private TestNotice noticeTo(Recipient recipient) {
        return new TestNotice(run, List.of(new Notice(recipient, "mail.memberInvited.subject", "mail.memberInvited.body",
                List.of("客家語言研究協會", "林小明", URI.create("https://opendividend.example/join")))));
    }

    private Recipient person(boolean verified) {
        return new Recipient(address, "林雅琪", Languages.ZH_TW, subject, verified);
    }

    /** Waits until the server's sender took the mail at least once (sent or failed, whatever listens on the port). */
    private OutboxMail attempted(String about) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        OutboxMail mail = stored.mail(about);
        while (mail.attempts() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mail = stored.mail(about);
        }
        return mail;
    }

    @Test
    void aNoticeToAnUnverifiedAddressWaitsUntilItsPersonVerifiesIt() throws InterruptedException {
        people.recordLogin(login(subject, false));
        TestNotice notice = noticeTo(person(false));
        stored.commit(notice);

        OutboxMail held = stored.mail(notice.about());
        assertEquals(OutboxMail.UNVERIFIED_ADDRESS, held.heldReason());
        assertFalse(outbox.due(Instant.now().plus(Duration.ofDays(30)), 10_000).contains(held.id()), "never due while held");
        Thread.sleep(1500);
        assertEquals(0, stored.mail(notice.about()).attempts(), "no sender took it");

        people.recordLogin(login(subject, true));
        assertEquals(1, stored.auditEntries("Person", subject, "PROFILE_CHANGED"), "the verification is audited");
        assertNull(stored.mail(notice.about()).heldReason(), "released by the verification");
        assertTrue(attempted(notice.about()).attempts() >= 1, "and sent at once");
    }

    @Test
    void aNoticeToAVerifiedAddressOrToAnInviteeGoesOutAtOnce() throws InterruptedException {
        TestNotice notice = noticeTo(person(true));
        stored.commit(notice);
        assertNull(stored.mail(notice.about()).heldReason());
        assertTrue(attempted(notice.about()).attempts() >= 1);

        TestNotice invitation = new TestNotice(run + "-invitation", noticeTo(Recipient.invitee(address, Languages.ZH_TW)).notices());
        stored.commit(invitation);
        assertNull(stored.mail(invitation.about()).heldReason(), "an invitee has no account to verify an address with");
        assertTrue(attempted(invitation.about()).attempts() >= 1);
    }

    /** Someone else registering with the same address and verifying it does not receive the first person's mail. */
    @Test
    void anotherPersonVerifyingTheSameAddressReleasesNothing() throws InterruptedException {
        TestNotice notice = noticeTo(person(false));
        stored.commit(notice);
        people.recordLogin(login("other-" + run, true));
        Thread.sleep(1500);
        OutboxMail mail = stored.mail(notice.about());
        assertEquals(OutboxMail.UNVERIFIED_ADDRESS, mail.heldReason());
        assertEquals(0, mail.attempts());
    }

    /**
     * No mail lost: one claimed by a sender whose server then stopped is due again once the claim lapsed (the sweep
     * at the next start sends it); one whose sending failed is due again after its pause. Dated a day ahead, so that
     * the server's own sender (which goes by the real time) leaves it to this test.
     */
    @Test
    void aMailNotSentBecauseTheServerStoppedOrTheSendFailedIsDueAgain() {
        // in whole microseconds, as the database keeps instants: a nanosecond instant is rounded on storing, possibly up,
        // and would then not be due at the very instant it was stored with
        Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long id = stored.add(new OutboxMail(UUID.randomUUID().toString(), "OutboxIT " + run + " RETRY",
                new ComposedMail(address, "林雅琪", Languages.ZH_TW, "subject", "text", "<p>html</p>"), person(true), later));
        assertTrue(outbox.due(later, 10_000).contains(id));

        assertTrue(outbox.claim(id, later).isPresent(), "a sender takes it, and its server stops before the outcome");
        assertFalse(outbox.due(later.plusSeconds(10), 10_000).contains(id), "claimed");
        Instant restarted = later.plus(OutboxMail.CLAIM).plusSeconds(1);
        assertTrue(outbox.due(restarted, 10_000).contains(id), "due again after the restart");

        assertTrue(outbox.claim(id, restarted).isPresent());
        assertFalse(outbox.failed(id, restarted, "connection refused"), "not given up after two attempts");
        assertFalse(outbox.due(restarted.plusSeconds(1), 10_000).contains(id), "pausing");
        assertTrue(outbox.due(restarted.plus(Duration.ofMinutes(2)), 10_000).contains(id), "retried after the pause");
        OutboxMail stored = this.stored.mail(id);
        assertEquals(2, stored.attempts());
        assertNull(stored.sentAt());
        assertEquals("connection refused", stored.lastError());
    }
}
