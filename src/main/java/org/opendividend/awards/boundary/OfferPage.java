package org.opendividend.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.awards.entity.Award;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;

/**
 * An award offer for the applicant ({@code /applicant/offer.xhtml?id=…}): the terms, tranches and obligations, the
 * grant agreement to download, and for the organisation's owner, before the deadline, accepting it or declining it
 * with a reason. The facade refuses an offer of another organisation (403); a stale answer is refused and the reason
 * typed is kept.
 */
@Named
@ViewScoped
public class OfferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardFacade awards;

    private Long id;
    private long version;
    private String reason;
    private transient AwardView view;

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Award", 0);
        }
        view = awards.offer(id);
        version = view.version();
    }

    public AwardView getView() {
        if (view == null) {
            view = awards.offer(id);
        }
        return view;
    }

    public void accept() {
        try {
            view = awards.accept(id, version);
            version = view.version();
            PageMessages.info("award.page.accepted");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            conflict(failed);
        }
    }

    public void decline() {
        try {
            view = awards.decline(id, reason, version);
            version = view.version();
            PageMessages.info("award.page.declined");
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "offer:", "award.page.field.");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            conflict(failed);
        }
    }

    private void conflict(RuntimeException failed) {
        if (!ConcurrentChangeException.isCause(failed)) {
            throw failed;
        }
        view = null;
        PageMessages.error("award.page.conflict");
    }

    public int getReasonMax() {
        return Award.REASON_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
