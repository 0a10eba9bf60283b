package org.opendividend.outputs.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable.Recipient;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who hears of an output's step, and what they read: the grantee's members of a verdict (with the officer's reason
 * when it is "not compliant") and of a re-check's flag (with its finding), each in their own language; nobody of the
 * steps they took or watched themselves.
 */
class ObligationStepTakenTest {

    private static final URI PAGE = URI.create("http://localhost:8080/applicant/outputs.xhtml?award=8001");
    private static final Recipient LIN = new Recipient("lin@example.org", "林美華", Locale.TRADITIONAL_CHINESE, "s-1", true);
    private static final Recipient PANAY = new Recipient("panay@example.org", "Panay", Locale.ENGLISH, "s-2", true);

    private static ObligationStepTaken step(ObligationAction action, String detail) {
        return new ObligationStepTaken(Actor.SYSTEM, 8001, "1008-1", 0, 1, action, detail, "Open Hakka lexicon",
                List.of(LIN, PANAY), PAGE);
    }

    @Test
    void aVerdictAndAFlagAreMailedToEveryMemberInTheirLanguage() {
        MailComposer composer = new MailComposer();
        List<ComposedMail> rejected = step(ObligationAction.MARK_NON_COMPLIANT, "Set license: cc-by-4.0 in the card.")
                .notices().stream().map(composer::compose).toList();
        assertEquals(2, rejected.size());
        assertEquals("您的產出不符規定：Open Hakka lexicon", rejected.get(0).subject());
        assertTrue(rejected.get(0).text().contains("需要修正的地方") && rejected.get(0).text().contains(
                "Set license: cc-by-4.0 in the card.") && rejected.get(0).text().contains(PAGE.toString()),
                rejected.get(0).text());
        assertEquals("Your output is not compliant: Open Hakka lexicon", rejected.get(1).subject());
        assertTrue(rejected.get(1).text().contains("What to fix:"), rejected.get(1).text());

        ComposedMail flagged = composer.compose(step(ObligationAction.FLAG_OUTPUT,
                "LICENCE_DECLARED cc-by-4.0 → cc-by-nc-4.0").notices().get(1));
        assertEquals("A re-check found a change in your output: Open Hakka lexicon", flagged.subject());
        assertTrue(flagged.text().contains("cc-by-4.0 → cc-by-nc-4.0") && flagged.text().contains("1008-1"),
                flagged.text());
        ComposedMail verified = composer.compose(step(ObligationAction.VERIFY_OUTPUT, "").notices().get(0));
        assertEquals("您的產出已驗證為開放：Open Hakka lexicon", verified.subject());
    }

    @Test
    void theStepsTheGranteeTookOrWatchedAreMailedToNobody() {
        for (ObligationAction action : List.of(ObligationAction.REGISTER_OUTPUT, ObligationAction.CHECK_OUTPUT)) {
            assertEquals(List.of(), step(action, "").notices(), action.name());
        }
    }
}
