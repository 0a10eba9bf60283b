package org.opendividend.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.awards.boundary.AwardFacade;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;
import org.opendividend.review.boundary.DecisionFacade;
import org.opendividend.review.boundary.DecisionView;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Awards made as the fund makes them, for the awards' Arquillian tests: a call led by moc and co-funded by moda with two
 * eligible applications reviewed (the first best) and closed; its decision taken with four eyes (the first funded, the
 * second on the reserve list); the funded one's award offered by officer.moc and accepted by its owner. Test support:
 * it asserts nothing itself beyond the decision being taken, the tests that use it do.
 */
@ApplicationScoped
public class AcceptedAwards {

    @Inject
    RankedCalls ranked;

    @Inject
    ActingAs acting;

    @Inject
    PersonFacade people;

    @Inject
    CallDirectory callDirectory;

    @Inject
    AssignmentFixtures fixtures;

    @Inject
    DecisionFacade decisions;

    @Inject
    AwardFacade awards;

    /** A call whose decision funds {@code funded} (owned by {@code fundedOwner}) and puts {@code reserve} on the reserve list. */
    public record Decided(long callId, long funded, Caller fundedOwner, long reserve, Caller reserveOwner) {
    }

    /** Two eligible applications asking {@code request} TWD each, reviewed (the first best), the call closed. */
    public Decided rankedCall(long leadShare, long coFunderShare, long request) {
        FundingCall call = ranked.open(leadShare, coFunderShare, request);
        long[] ids = new long[2];
        Caller[] owners = new Caller[2];
        for (int i = 0; i < 2; i++) {
            owners[i] = CallFixtures.caller("owner-" + UUID.randomUUID(), Set.of(Role.APPLICANT));
            ids[i] = ranked.eligible(call, owners[i], request);
        }
        Caller reviewer = CallFixtures.caller("reviewer-" + UUID.randomUUID(), EnumSet.of(Role.REVIEWER));
        acting.as(reviewer);
        people.recordLogin(reviewer);
        long personId = people.bySubject(reviewer.subject()).orElseThrow().id();
        List<CriterionView> criteria = callDirectory.call(call.id()).review().criteria();
        fixtures.submitted(call.id(), ids[0], personId, reviewer.subject(), RankedCalls.review(criteria, true, "申請人", "委員會"));
        fixtures.submitted(call.id(), ids[1], personId, reviewer.subject(), RankedCalls.review(criteria, false, "申請人", "委員會"));
        fixtures.closeCall(call.id());
        return new Decided(call.id(), ids[0], owners[0], ids[1], owners[1]);
    }

    /** The decision taken with four eyes: the first funded with {@code amount}, the second on the reserve list. */
    public void decide(Decided call, long amount) {
        acting.as(CallFixtures.officerOfMoc());
        DecisionView draft = decisions.decision(call.callId());
        DecisionView saved = decisions.save(call.callId(), List.of(
                new DecisionLine(call.funded(), DecisionOutcome.FUND, amount, null),
                new DecisionLine(call.reserve(), DecisionOutcome.RESERVE, 0, null)), draft.version());
        DecisionView proposed = decisions.propose(call.callId(), saved.version());
        acting.as(CallFixtures.approverOfMoc());
        DecisionView approved = decisions.approve(call.callId(), proposed.version());
        acting.as(CallFixtures.approverOfModa());
        DecisionView confirmed = decisions.confirmShare(call.callId(), CallFixtures.CO_FUNDER, approved.version());
        if (confirmed.status() != DecisionStatus.DECIDED) {
            throw new IllegalStateException("the decision of call " + call.callId() + " is " + confirmed.status());
        }
    }

    /** The funded application's award, offered by officer.moc and accepted by its owner (who acts last). */
    public AwardView accepted(Decided call) {
        acting.as(CallFixtures.officerOfMoc());
        AwardView offer = awards.offerDecided(call.callId()).offers().get(0);
        acting.as(call.fundedOwner());
        return awards.accept(offer.id(), offer.version());
    }
}
