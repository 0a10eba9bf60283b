package org.opendividend.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approvers' queue of measures on awards ({@code /approver/measures.xhtml}): what officers of their ministries
 * proposed and someone else must decide (four eyes); confirm, or refuse with a reason (kept when refused itself).
 */
@Named
@ViewScoped
public class MeasureQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardMeasureFacade measures;

    private transient List<AwardMeasureView> waiting;
    private final Map<Long, String> refusals = new HashMap<>();

    public List<AwardMeasureView> getWaiting() {
        if (waiting == null) {
            waiting = measures.waitingForMe();
        }
        return waiting;
    }

    /** The refusal reasons typed, by measure id. */
    public Map<Long, String> getRefusals() {
        return refusals;
    }

    public void confirm(AwardMeasureView measure) {
        decide(measure, true);
    }

    public void refuse(AwardMeasureView measure) {
        decide(measure, false);
    }

    private void decide(AwardMeasureView measure, boolean confirm) {
        try {
            if (confirm) {
                measures.confirm(measure.id(), measure.version());
                PageMessages.info("award.measure.confirmed", measure.awardNumber());
            } else {
                measures.refuse(measure.id(), refusals.get(measure.id()), measure.version());
                PageMessages.info("award.measure.refused", measure.awardNumber());
            }
            refusals.remove(measure.id());
            waiting = null;
        } catch (InvalidInputException refused) {
            refused.problems().forEach(PageMessages::error);
        } catch (ForbiddenTransitionException refused) {
            waiting = null;
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            waiting = null;
            PageMessages.error("award.page.conflict");
        }
    }
}
