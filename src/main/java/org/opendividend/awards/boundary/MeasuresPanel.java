package org.opendividend.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The measures part of a call's offers page: the lead's officer proposes to suspend, resume or terminate an award with
 * a reason, for an approver to decide; the measures proposed and how they were decided. A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class MeasuresPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardMeasureFacade measures;

    @Inject
    OffersPage offers;

    private Long awardId;
    private AwardAction action;
    private String reason;
    private transient List<AwardMeasureView> proposed;

    /** The call's awards on which some measure may be proposed (accepted or suspended). */
    public List<AwardView> getMeasurable() {
        return offers.getOffers().stream().filter(o -> !o.measures().isEmpty()).toList();
    }

    public List<AwardAction> getActions() {
        return List.copyOf(AwardAction.MEASURES);
    }

    public List<AwardMeasureView> getProposed() {
        if (proposed == null) {
            proposed = measures.ofCall(offers.getCallId());
        }
        return proposed;
    }

    public void propose() {
        AwardView award = getMeasurable().stream().filter(o -> awardId != null && o.id() == awardId).findFirst()
                .orElse(null);
        if (award == null || action == null) {
            PageMessages.error("award.measure.chooseAward");
            return;
        }
        try {
            AwardMeasureView made = measures.propose(award.id(), action, reason, award.version());
            PageMessages.info("award.measure.proposed", made.awardNumber());
            reason = null;
            proposed = null;
            offers.refresh();
        } catch (InvalidInputException refused) {
            refused.problems().forEach(PageMessages::error);
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            offers.refresh();
            PageMessages.error("award.page.conflict");
        }
    }

    public Long getAwardId() {
        return awardId;
    }

    public void setAwardId(Long awardId) {
        this.awardId = awardId;
    }

    public AwardAction getAction() {
        return action;
    }

    public void setAction(AwardAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
