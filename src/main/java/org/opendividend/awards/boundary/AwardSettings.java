package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import com.lowagie.text.pdf.BaseFont;
import org.opendividend.awards.control.AgreementFont;
import org.opendividend.awards.control.TrancheSchedule;

import java.util.List;
import java.util.Optional;

/** How the fund makes offers: the tranches paid during a project (before the call's retained share) and how long an offer stays open. */
@ApplicationScoped
public class AwardSettings {

    @Inject
    @ConfigProperty(name = "opendividend.awards.tranche-shares", defaultValue = "40,30,20")
    String trancheShares;

    @Inject
    @ConfigProperty(name = "opendividend.awards.offer-days", defaultValue = "30")
    int offerDays;

    @Inject
    @ConfigProperty(name = "opendividend.awards.agreement-font")
    Optional<String> agreementFont;

    private volatile BaseFont font;

    /** The font grant agreements are set in, embedded ({@link AgreementFont}); read once. */
    public BaseFont agreementFont() {
        if (font == null) {
            font = AgreementFont.load(AgreementFont.configured(agreementFont));
        }
        return font;
    }

    /** The relative shares of the tranches paid during the project, e.g. 40, 30, 20. */
    public List<Integer> trancheShares() {
        return TrancheSchedule.parseShares(trancheShares);
    }

    /** Days an applicant has to answer an offer (until the end of that day in Asia/Taipei). */
    public int offerDays() {
        return Math.max(1, offerDays);
    }
}
