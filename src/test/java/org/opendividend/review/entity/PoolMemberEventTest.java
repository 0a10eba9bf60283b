package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable.Recipient;

import java.net.URI;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pool's events are filed under the member and name the pool the same way in the audit log. */
class PoolMemberEventTest {

    private static final Actor OFFICER = new Actor("sub-officer", "林怡君");

    @Test
    void anInvitationIsFiledUnderTheMemberAndNamesTheCallsPool() {
        ReviewerInvited invited = new ReviewerInvited(OFFICER, 42, "moc", 1001L, "客語語料 / Hakka corpora",
                new Recipient("r@example.org", "R", Locale.ENGLISH, null, true), true, URI.create("http://localhost/"));

        assertEquals("ReviewerPoolMember", invited.objectType());
        assertEquals("42", invited.objectId());
        assertEquals("reviewer r@example.org (new account) invited to the pool of moc, call 1001", invited.summary());
    }

    @Test
    void aDeclineOfAMinistrysOwnPoolNamesNoCall() {
        ReviewerInvitationDeclined declined = new ReviewerInvitationDeclined(new Actor("sub-r", "R"), 7, "nstc", null,
                "on leave");

        assertEquals("7", declined.objectId());
        assertEquals("declined the pool of nstc: on leave", declined.summary());
        assertEquals(ReviewerChange.INVITATION_DECLINED, declined.action());
    }
}
