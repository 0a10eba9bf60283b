package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.MinistryBudget;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.control.panel.SuggestedPortfolio;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        return candidates(panels.of(call));
    }

    /** The call's panel as read now, for what the decision's page shows beside the candidates. */
    CallPanel panel(CallView call) {
        return panels.of(call);
    }

    /** The ranked candidates of a panel already read, best first. */
    static List<DecisionCandidate> candidates(CallPanel read) {
        return read.panel().rows().stream().filter(Panel.Row::ranked).map(row -> new DecisionCandidate(
                row.applicationId(), read.label(row.applicationId()), row.rank(), read.requested(row.applicationId())))
                .toList();
    }

    /**
     * The applications the panel's suggested funding line funds (none when it suggests nothing), which a first draft
     * starts from: the officer then departs from it where the fund decides otherwise.
     */
    static Set<Long> suggested(CallView call, CallPanel read) {
        return SuggestedPortfolio.of(read.panel(), read.requests(), call.shares(), call.maxGrant())
                .filter(PortfolioResult::found)
                .map(result -> result.funded().stream().map(Long::parseLong).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Every ministry with a share of the call, in the call's order (the order awards are split in). */
    List<MinistryBudget> budgets(CallView call) {
        return call.shares().entrySet().stream().map(share -> new MinistryBudget(share.getKey(),
                ministries.bilingualName(share.getKey()), share.getValue().longValue(),
                share.getValue().longValue())).toList();
    }
}
