package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.ministries.boundary.MinistryNames;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.i18n.TwdConverter;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.review.control.ReviewProgress;
import org.opendividend.review.control.portfolio.Limit;
import org.opendividend.review.control.portfolio.PortfolioNotice;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A call's panel ({@code /officer/panel.xhtml?call=…}): the ranking by calibrated score with each application's reviews
 * and the calibration explained. Only reads; the facade refuses a call the officer may not read (403).
 */
@Named
@ViewScoped
public class PanelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PanelFacade panels;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient MinistryNames ministries;

    private Long callId;
    private transient PanelView view;

    public void load() {
        if (callId == null) {
            throw new NoSuchObjectException("FundingCall", 0);
        }
        view = panels.panel(callId);
    }

    public PanelView getView() {
        if (view == null) {
            view = panels.panel(callId);
        }
        return view;
    }

    /** The call's overall threshold out of 100, as the weighted scores count. */
    public BigDecimal getOverallThreshold() {
        return ReviewProgress.overallThresholdOutOf100(getView().call().review());
    }

    public String title(long applicationId) {
        return getView().title(applicationId, language.getLocale());
    }

    public String reviewer(long personId) {
        return getView().reviewerName(personId);
    }

    /** The suggested funding line, or null when no application is a candidate yet. */
    public PortfolioResult getPortfolio() {
        return getView().portfolio().orElse(null);
    }

    /** A ranked candidate of the suggested portfolio is the funding line itself. */
    public boolean isFundingLine(PortfolioResult.Ranked ranked) {
        PortfolioResult.Ranked line = getPortfolio().fundingLine();
        return line != null && line.id().equals(ranked.id());
    }

    /** Its interval holds the line's calibrated score: the reviews do not settle its order against the line. */
    public boolean isInGreyZone(PortfolioResult.Ranked ranked) {
        return getPortfolio().greyZone().stream().anyMatch(g -> g.id().equals(ranked.id()));
    }

    public String candidateTitle(String id) {
        return title(Long.parseLong(id));
    }

    /** A notice of the solver (why no portfolio, or a warning) in the page's language. */
    public String notice(PortfolioNotice notice) {
        return Texts.text(language.getLocale(), notice.key(), notice.arguments().toArray());
    }

    /** A binding limit named in the page's language: the call's budget, a ministry's budget, both together. */
    public String limit(PortfolioResult.Binding binding) {
        return Texts.text(language.getLocale(), "portfolio.limit." + binding.limit().kind().name(),
                binding.limit().kind() == Limit.Kind.MINISTRY_BUDGET ? ministries.name(binding.limit().subject())
                        : binding.limit().subject());
    }

    /** The money each ministry pays in the suggestion, against its share of the call, in TWD. */
    public List<String> getPaidByMinistry() {
        return getPortfolio().paidByMinistry().entrySet().stream()
                .map(e -> Texts.text(language.getLocale(), "panel.portfolio.ministry",
                        ministries.name(e.getKey()), TwdConverter.format(BigDecimal.valueOf(e.getValue())),
                        TwdConverter.format(getView().call().shares().getOrDefault(e.getKey(), BigDecimal.ZERO))))
                .toList();
    }

    public String twd(long amount) {
        return TwdConverter.format(BigDecimal.valueOf(amount));
    }

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
}
