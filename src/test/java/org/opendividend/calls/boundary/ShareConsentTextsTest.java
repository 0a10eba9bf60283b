package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.platform.events.Actor;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.NOW;

class ShareConsentTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.forLanguageTag("zh-TW");
    private static final Actor APPROVER = new Actor("sub-approver-moda", "林怡君");

    @Test
    void theLeadsShareIsCommittedByThePublication() {
        assertEquals("Lead ministry: committed by the publication",
                ShareConsentTexts.describe(CallFixtures.draftAwaitingConsent(), LEAD, EN));
    }

    @Test
    void aCoFundersShareAwaitsItsApprover() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        assertEquals("Awaiting acceptance by an approver of this ministry", ShareConsentTexts.describe(call, CO_FUNDER, EN));
        assertEquals("等待該部會核定主管同意", ShareConsentTexts.describe(call, CO_FUNDER, ZH));
    }

    @Test
    void anAcceptanceShowsWhoWhenAndTheAmountInTaipeiTime() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        call.decideShare(CO_FUNDER, ShareConsent.accepted(CallFixtures.CO_FUNDER_SHARE, APPROVER, NOW), NOW);
        assertEquals("Accepted by 林怡君 on 2027-01-10 10:00:00 (Taipei time) for NT$ 4,000,000",
                ShareConsentTexts.describe(call, CO_FUNDER, EN));
        assertEquals("林怡君 於 2027-01-10 10:00:00（臺北時間）同意出資 NT$ 4,000,000",
                ShareConsentTexts.describe(call, CO_FUNDER, ZH));
    }

    @Test
    void aDeclineShowsItsReason() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        call.decideShare(CO_FUNDER, ShareConsent.declined(CallFixtures.CO_FUNDER_SHARE, "budget's spent {0}", APPROVER, NOW), NOW);
        assertEquals("Declined by 林怡君 on 2027-01-10 10:00:00 (Taipei time): budget's spent {0}",
                ShareConsentTexts.describe(call, CO_FUNDER, EN), "the reason is shown as typed");
    }

    @Test
    void aCallPublishedBeforeTheRuleHasNoAnswerRecorded() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        call.apply(CallAction.PUBLISH, CallFixtures.approverOfMoc().actor(), NOW);
        assertEquals("No acceptance recorded (published before acceptances were required)",
                ShareConsentTexts.describe(call, CO_FUNDER, EN));
    }
}
