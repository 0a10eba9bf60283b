package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.review.control.ReviewProgress;

import java.io.Serializable;
import java.math.BigDecimal;

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

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
}
