package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail of new assignments: one per reviewer, listing the applications' titles and the review deadline in Taipei
 * time with the link to the reviewer's area; a title's markup arrives as text in the HTML part.
 */
class AssignmentsMailedTest {

    private static final Instant DUE = Instant.parse("2027-05-31T15:59:00Z");
    private static final URI AREA = URI.create("https://fund.example/reviewer/");

    private static AssignmentsMailed mailed() {
        return new AssignmentsMailed(new Actor("sub-officer", "張家豪"), 1001, "客語語料 / Hakka corpora", List.of(
                new AssignmentsMailed.ReviewerMail(new Notifiable.Recipient("liu@example.org", "劉承恩", Languages.ZH_TW,
                        "sub-liu", true), List.of("客語語音 / Hakka speech", "<script>alert(1)</script> / Evil"), DUE),
                new AssignmentsMailed.ReviewerMail(new Notifiable.Recipient("lahok@example.org", "Lahok", Languages.EN,
                        "sub-lahok", true), List.of("阿美語 / Amis"), DUE)), AREA);
    }

    @Test
    void eachReviewerGetsOneMailWithTheirTitlesTheDeadlineInTaipeiAndTheLink() {
        List<Notifiable.Notice> notices = mailed().notices();
        assertEquals(List.of("liu@example.org", "lahok@example.org"), notices.stream().map(n -> n.to().address()).toList());

        ComposedMail zhTw = new MailComposer().compose(notices.get(0));
        assertEquals("您的審查分派", zhTw.subject());
        assertTrue(zhTw.text().contains("• 客語語音 / Hakka speech\n• <script>alert(1)</script> / Evil"), zhTw.text());
        assertTrue(zhTw.text().contains("2027-05-31 23:59"), "the deadline in Taipei: " + zhTw.text());
        assertTrue(zhTw.text().contains("https://fund.example/reviewer/"), zhTw.text());
        assertFalse(zhTw.html().contains("<script>"), zhTw.html());
        assertTrue(zhTw.html().contains("&lt;script&gt;"), zhTw.html());

        ComposedMail en = new MailComposer().compose(notices.get(1));
        assertTrue(en.text().contains("assigned you one application of the call 客語語料 / Hakka corpora"), en.text());
    }

    @Test
    void auditedUnderTheCallAsAssignmentsMailed() {
        AssignmentsMailed event = mailed();
        assertEquals(AssignmentChange.ASSIGNMENTS_MAILED, event.action());
        assertEquals("1001", event.objectId());
        assertEquals("2 reviewers mailed 3 new assignments", event.summary());
    }
}
