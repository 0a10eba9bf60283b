package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.MinistryBudget;
import org.opendividend.review.control.panel.Panel;

import java.util.List;

/**
 * What a call's funding decision is checked against: the applications the panel ranks ({@link CallPanel}: ranked rows
 * only, an application without a review cannot be funded), each with its receipt number and the request of its
 * submitted version, the same the panel's funding line counts; and the ministries' money, each one's share of the
 * call's budget (a call has one decision, so all of a share remains for it). Who may read it is
 * {@link DecisionFacade}'s to decide.
 */
@ApplicationScoped
@Transactional
public class DecisionInputs {

    @Inject
    PanelInputs panels;

    @Inject
    MinistryFacade ministries;

    /** The ranked candidates, best first. */
    List<DecisionCandidate> candidates(CallView call) {
        CallPanel read = panels.of(call);
        return read.panel().rows().stream().filter(Panel.Row::ranked).map(row -> new DecisionCandidate(
                row.applicationId(), read.label(row.applicationId()), row.rank(), read.requested(row.applicationId())))
                .toList();
    }

    /** Every ministry with a share of the call, in the call's order (the order awards are split in). */
    List<MinistryBudget> budgets(CallView call) {
        return call.shares().entrySet().stream().map(share -> new MinistryBudget(share.getKey(),
                ministries.bilingualName(share.getKey()), share.getValue().longValue(),
                share.getValue().longValue())).toList();
    }
}
