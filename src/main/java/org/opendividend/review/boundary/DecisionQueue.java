package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.review.entity.DecisionWorkflow;
import org.opendividend.review.entity.FundingDecision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The funding decisions waiting for the approver who asks ({@code /approver/}): proposals of the calls whose lead
 * ministry they approve for (unless they proposed it themselves: four eyes) and approved decisions waiting for the share
 * of a ministry they approve for. Each entry is one the decision's page lets them act on; the facade checks it again.
 */
@Named
@ApplicationScoped
@Transactional
public class DecisionQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CallDirectory calls;

    @Inject
    Clock clock;

    @Inject
    OwnApplications ownApplications;

    /** A decision waiting for this person, with the call's title in a language. */
    public record Waiting(long callId, String callTitle, boolean leadApproval, String ministryCode) {
    }

    public List<Waiting> awaitingMe(Locale locale) {
        Caller caller = currentUser.caller();
        Instant now = clock.instant();
        List<Waiting> waiting = new ArrayList<>();
        for (FundingDecision decision : pending()) {
            CallView call = calls.call(decision.callId());
            DecisionRights.Now may = DecisionRights.of(caller, call, ownApplications.competesIn(call.id()),
                    decision.status(), decision.proposedBy(), decision.awaitedMinistries(), now);
            if (may.approve()) {
                waiting.add(new Waiting(call.id(), call.title(locale), true, call.leadMinistry()));
            }
            may.shares().forEach(m -> waiting.add(new Waiting(call.id(), call.title(locale), false, m)));
        }
        return waiting;
    }

    /** The decisions that wait for an approver, of any call. */
    private List<FundingDecision> pending() {
        return em.createQuery("select d from FundingDecision d where d.status in :waiting order by d.callId",
                        FundingDecision.class)
                .setParameter("waiting", DecisionWorkflow.RULES.statesWhere(s -> s.awaitsLeadApproval() || s.awaitsShares()))
                .getResultList();
    }
}
