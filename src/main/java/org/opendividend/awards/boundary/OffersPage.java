package org.opendividend.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * A call's award offers ({@code /officer/offers.xhtml?call=…}): the offers made and where each stands; for the lead
 * ministry's officer, once the decision is taken, offering its awards and, after a decline, the next application on the
 * reserve list. The facade refuses a call the officer may not read (403) and every step the officer may not take.
 */
@Named
@ViewScoped
public class OffersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardFacade awards;

    @Inject
    transient CallDirectory calls;

    private Long callId;
    private transient List<AwardView> offers;
    private transient CallView call;
    private Boolean taken;
    private Boolean mayOffer;

    public void load() {
        if (callId == null) {
            throw new NoSuchObjectException("FundingCall", 0);
        }
        getOffers();
    }

    public List<AwardView> getOffers() {
        if (offers == null) {
            offers = awards.offersOf(callId);
        }
        return offers;
    }

    public CallView getCall() {
        if (call == null) {
            call = calls.call(callId);
        }
        return call;
    }

    /** Whether the call's decision is taken (before, nothing can be offered). */
    public boolean isDecisionTaken() {
        if (taken == null) {
            taken = awards.decisionTaken(callId);
        }
        return taken;
    }

    /** Whether the officer may offer (the lead ministry's officer): the same rule the facade enforces. */
    public boolean isMayOffer() {
        if (mayOffer == null) {
            mayOffer = awards.mayOffer(callId);
        }
        return mayOffer;
    }

    public void offerDecided() {
        try {
            AwardFacade.Offered offered = awards.offerDecided(callId);
            offers = offered.offers();
            if (offered.created() == 0) {
                PageMessages.info("award.page.alreadyOffered");
            } else {
                PageMessages.info("award.page.offered", offered.created());
            }
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        }
    }

    public void offerNextReserve() {
        try {
            AwardView offered = awards.offerNextReserve(callId);
            offers = null;
            PageMessages.info("award.page.reserveOffered", offered.number());
        } catch (InvalidInputException refused) {
            refused.problems().forEach(PageMessages::error);
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            offers = null;
            PageMessages.error("award.page.conflict");
        }
    }

    /** Reads the offers again on the next request (a measure changed one). */
    void refresh() {
        offers = null;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }
}
