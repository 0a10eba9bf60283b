package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.review.control.calibration.ReviewerBiasModel;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.MinistryBudget;
import org.opendividend.review.control.panel.Panel;
import org.opendividend.review.control.panel.SubmittedReviews;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a call's funding decision is checked against, read from the components that keep it: the applications the
 * panel ranks (ranked rows only: an application without a review cannot be funded), each with its receipt number and
 * request as the screening table shows them; and the ministries' money, each one's share of the call's budget (a call
 * has one decision, so all of a share remains for it). Who may read it is {@link DecisionFacade}'s to decide.
 */
@ApplicationScoped
@Transactional
public class DecisionInputs {

    @Inject
    AssignmentInputs assignmentInputs;

    @Inject
    SubmittedReviews reviews;

    @Inject
    MinistryFacade ministries;

    /** The ranked candidates, best first. */
    List<DecisionCandidate> candidates(CallView call) {
        Map<Long, SubmissionsRow> eligible = assignmentInputs.eligibleRows(call).stream()
                .collect(Collectors.toMap(SubmissionsRow::applicationId, Function.identity(), (a, b) -> a));
        Panel panel = Panel.of(List.copyOf(eligible.keySet()), reviews.ofCall(call.id()), call.review(),
                ReviewerBiasModel.DEFAULT);
        return panel.rows().stream().filter(Panel.Row::ranked).map(row -> {
            SubmissionsRow application = eligible.get(row.applicationId());
            return new DecisionCandidate(row.applicationId(), label(application), row.rank(),
                    application.requested().longValue());
        }).toList();
    }

    /** Every ministry with a share of the call, in the call's order (the order awards are split in). */
    List<MinistryBudget> budgets(CallView call) {
        return call.shares().entrySet().stream().map(share -> new MinistryBudget(share.getKey(),
                ministries.bilingualName(share.getKey()), share.getValue().longValue(),
                share.getValue().longValue())).toList();
    }

    /** The receipt number officers know a submitted application by; its title when it has none. */
    private static String label(SubmissionsRow application) {
        return application.receiptNumber() != null ? application.receiptNumber()
                : application.titleZhTw() != null ? application.titleZhTw() : "#" + application.applicationId();
    }
}
