package org.opendividend.notifications.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.Languages;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    private static final ComposedMail COMPOSED =
            new ComposedMail("lin@example.org", "林雅琪", Locale.forLanguageTag("zh-TW"), "已收到", "text", "<p>html</p>");

    private static OutboxMail waiting() {
        return to(new Recipient("lin@example.org", "林雅琪", Languages.ZH_TW, "sub-lin", true));
    }

    private static OutboxMail to(Recipient recipient) {
        return new OutboxMail("n-1", "Application 7 SUBMITTED", COMPOSED, recipient, T0);
    }

    /** Issue #8, item 16: mail goes to verified addresses only. */
    @Test
    void aMailToAnAddressItsPersonHasNotVerifiedIsHeldNotSent() {
        OutboxMail mail = to(new Recipient("lin@example.org", "林雅琪", Languages.ZH_TW, "sub-lin", false));
        assertEquals(OutboxMail.UNVERIFIED_ADDRESS, mail.heldReason());
        assertFalse(mail.claim(T0), "no sender may take it");
        assertFalse(mail.claim(T0.plus(Duration.ofDays(30))), "not even much later");
        assertEquals(0, mail.attempts());
    }

    @Test
    void aHeldMailGoesOutOnceItsPersonVerifiedTheAddress() {
        OutboxMail mail = to(new Recipient("lin@example.org", "林雅琪", Languages.ZH_TW, "sub-lin", false));
        Instant verified = T0.plus(Duration.ofDays(2));
        assertTrue(mail.releaseFor("sub-lin", "LIN@example.org", verified), "letter case aside");
        assertNull(mail.heldReason());
        assertEquals(verified, mail.nextAttemptAt());
        assertTrue(mail.claim(verified));
    }

    /** An address verified by someone else (another account with the same address) releases nothing. */
    @Test
    void onlyTheSamePersonWithTheSameAddressReleasesAHeldMail() {
        OutboxMail mail = to(new Recipient("lin@example.org", "林雅琪", Languages.ZH_TW, "sub-lin", false));
        assertFalse(mail.releaseFor("sub-other", "lin@example.org", T0));
        assertFalse(mail.releaseFor("sub-lin", "lin@elsewhere.example", T0), "the person verified another address");
        assertEquals(OutboxMail.UNVERIFIED_ADDRESS, mail.heldReason());
        assertFalse(mail.claim(T0));
    }

    @Test
    void aVerifiedAddressAndAnInviteeAreMailedAtOnce() {
        assertNull(waiting().heldReason());
        assertTrue(waiting().claim(T0));
        OutboxMail invitation = to(Recipient.invitee("new-member@example.org", Languages.ZH_TW));
        assertNull(invitation.heldReason(), "the invitee has no account yet: the link itself is bound to the address");
        assertTrue(invitation.claim(T0));
    }

    @Test
    void aNewMailIsDueAtOnceAndKeepsWhatWasComposed() {
        OutboxMail mail = waiting();
        assertTrue(mail.claim(T0));
        assertEquals(1, mail.attempts());
        assertEquals("林雅琪", mail.mail().toName());
        assertEquals(Locale.forLanguageTag("zh-TW"), mail.mail().language());
        assertEquals("<p>html</p>", mail.mail().html());
    }

    @Test
    void aClaimKeepsOtherSendersAwayUntilItLapses() {
        OutboxMail mail = waiting();
        assertTrue(mail.claim(T0));
        assertFalse(mail.claim(T0.plusSeconds(10)), "claimed by the first sender");
        assertTrue(mail.claim(T0.plus(OutboxMail.CLAIM).plusSeconds(1)), "a sender that died lets go after the claim");
    }

    @Test
    void aSentMailIsNeverSentAgain() {
        OutboxMail mail = waiting();
        mail.claim(T0);
        mail.sent(T0.plusSeconds(1));
        assertEquals(T0.plusSeconds(1), mail.sentAt());
        assertFalse(mail.claim(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aFailureWaitsLongerEachTimeAndGivesUpAtTheLimit() {
        OutboxMail mail = waiting();
        Instant now = T0;
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt <= OutboxMail.MAX_ATTEMPTS; attempt++) {
            assertTrue(mail.claim(now), "attempt " + attempt);
            boolean last = mail.failed(now, "connection refused");
            assertEquals(attempt == OutboxMail.MAX_ATTEMPTS, last);
            Duration pause = Duration.between(now, mail.nextAttemptAt());
            assertTrue(pause.compareTo(previous) >= 0, "pauses never shrink");
            assertFalse(mail.claim(now.plus(pause).minusSeconds(1)), "not before the pause is over");
            previous = pause;
            now = now.plus(pause);
        }
        assertFalse(mail.claim(now.plus(Duration.ofDays(30))), "given up");
        assertEquals("connection refused", mail.lastError());
        assertNull(mail.sentAt());
    }

    @Test
    void pausesStartAtHalfAMinuteAndStopGrowingAtSixHours() {
        assertEquals(Duration.ofSeconds(30), OutboxMail.pauseAfter(1));
        assertEquals(Duration.ofSeconds(60), OutboxMail.pauseAfter(2));
        assertEquals(Duration.ofHours(6), OutboxMail.pauseAfter(OutboxMail.MAX_ATTEMPTS));
    }
}
