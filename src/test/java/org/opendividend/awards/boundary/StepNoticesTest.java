package org.opendividend.awards.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every step of an award and of a disbursement has its mail in both languages, composed as the outbox composes it:
 * the award's number in the subject; its title, the amounts in TWD, the deadline in Taipei time and the link in the
 * body; no placeholder left unfilled.
 */
class StepNoticesTest {

    private static final URI LINK = URI.create("https://grants.example.org/applicant/award.xhtml?id=8001");
    private static final Instant DEADLINE = Instant.parse("2027-03-31T15:59:00Z");
    private final MailComposer composer = new MailComposer();

    private static Recipient in(Locale language) {
        return new Recipient("owner@example.org", "林雅婷", language, "sub-owner", true);
    }

    @Test
    void everyAwardStepHasItsMailInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Languages.ZH_TW}) {
            for (AwardAction action : AwardAction.values()) {
                ComposedMail mail = composer.compose(StepNotices.awardNotice(in(language), action, "1007-1",
                        "客語語料庫", 1_200_000, DEADLINE, LINK));
                String what = action + " in " + language + ": " + mail.subject() + " / " + mail.text();
                assertTrue(mail.subject().contains("1007-1"), what);
                assertTrue(mail.text().contains("客語語料庫") && mail.text().contains(LINK.toString()), what);
                assertFalse(mail.subject().contains("{") || mail.text().contains("{"), what);
                if (action == AwardAction.OFFER_AWARD) {
                    assertTrue(mail.text().contains("1,200,000"), what);
                    assertTrue(mail.subject().contains("2027-03-31 23:59"), "the deadline in Taipei time: " + what);
                }
            }
        }
    }

    @Test
    void everyDisbursementStepHasItsMailInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Languages.ZH_TW}) {
            for (DisbursementAction action : DisbursementAction.values()) {
                ComposedMail mail = composer.compose(StepNotices.shareNotice(in(language), action, "1008-1",
                        "客語語料庫", 2, 144_000, LINK));
                String what = action + " in " + language + ": " + mail.subject() + " / " + mail.text();
                assertTrue(mail.subject().contains("1008-1") && mail.subject().contains("2"), what);
                assertTrue(mail.text().contains("144,000") && mail.text().contains(LINK.toString()), what);
                assertFalse(mail.subject().contains("{") || mail.text().contains("{"), what);
            }
        }
    }
}
