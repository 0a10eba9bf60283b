package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.calls.entity.ShareDecision;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;

import java.util.Locale;

/**
 * Where a ministry's share of a call stands, as the staff pages show it ({@code #{shareConsentTexts.describe(call, m)}}):
 * the lead's own share, awaiting the co-funder's approver, accepted (by whom, when, which amount) or declined (why).
 */
@Named
@RequestScoped
public class ShareConsentTexts {

    @Inject
    LanguageSelection language;

    public String describe(FundingCall call, String ministry) {
        return describe(call, ministry, language.getLocale());
    }

    static String describe(FundingCall call, String ministry, Locale locale) {
        if (ministry.equals(call.leadMinistry())) {
            return Texts.text(locale, "call.consent.lead");
        }
        ShareConsent consent = call.shareConsents().get(ministry);
        if (consent == null || !consent.isFor(call.shares().get(ministry))) {
            // calls published before answers were recorded have none, and never will
            return Texts.text(locale, call.isRevisable() ? "call.consent.awaiting" : "call.consent.notRecorded");
        }
        String who = consent.decidedByName();
        String when = Formats.taipei(consent.decidedAt());
        return consent.decision() == ShareDecision.ACCEPTED
                ? Texts.text(locale, "call.consent.accepted", who, when, PublicCallDisplay.twd(consent.amount()))
                : Texts.text(locale, "call.consent.declined", who, when, consent.reason());
    }
}
