package org.opendividend.awards;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.awards.AcceptedAwards.Decided;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.arquillian.AtOnce;
import org.opendividend.arquillian.AtOnce.Outcome;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.awards.boundary.AwardFacade;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Award offers in Payara Micro against the migrated database (issue #11, item 6): from a decision taken with four eyes
 * the lead's officer offers the funded application once (a second offer, also at the same moment, creates nothing);
 * only the applicant organisation's owner accepts or declines; other organisations and other ministries' officers are
 * refused; after a decline the next application on the reserve list is offered when the money freed covers its request
 * (refused with the numbers before); two accepts at once accept once.
 */
@ExtendWith(ArquillianExtension.class)
public class OffersIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.awards("offers-it.war")
                .addClasses(AtOnce.class, Outcome.class, CallFixtures.class, CallFixtures.ContentBuilder.class,
                        ActingAs.class, InRequests.class, AcceptedAwards.class, AcceptedAwards.Decided.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class);
    }

    /** moc 600,000 and moda 400,000 TWD: the funded application gets 600,000, split 6 : 4. */
    private static final long LEAD_SHARE = 600_000;
    private static final long CO_FUNDER_SHARE = 400_000;
    private static final long REQUEST = 600_000;

    @Inject
    AwardFacade awards;

    @Inject
    ApplicationFacade applications;

    @Inject
    OrganisationFacade organisations;

    @Inject
    AcceptedAwards accepted;

    @Inject
    AssignmentFixtures stored;

    @Inject
    PersonFacade people;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    @Inject
    InRequests inRequests;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Decided rankedCall() {
        return accepted.rankedCall(LEAD_SHARE, CO_FUNDER_SHARE, REQUEST);
    }

    private void decide(Decided call, long amount) {
        accepted.decide(call, amount);
    }

    private static void refused(String reason, Executable step) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, step).reasonKey());
    }

    private long audited(String number, String action) {
        return auditChain.latest(300).stream()
                .filter(e -> "Award".equals(e.objectType()) && number.equals(e.objectId()) && action.equals(e.action()))
                .count();
    }

    /**
     * Not before the decision is taken; then the lead's officer offers the funded application its award, once; other
     * ministries' officers and other organisations are refused; the owner accepts the offer as they saw it.
     */
    @Test
    void theLeadsOfficerOffersOnceAndOnlyTheOwnerAccepts() {
        Decided call = rankedCall();
        acting.as(CallFixtures.officerOfMoc());
        assertThrows(ForbiddenTransitionException.class, () -> awards.offerDecided(call.callId()), "not taken yet");
        decide(call, REQUEST);

        for (Caller other : List.of(CallFixtures.officerOfModa(), CallFixtures.officerOfNstc(),
                CallFixtures.approverOfMoc(), call.fundedOwner())) {
            acting.as(other);
            refused("denied.award.notLeadOfficer", () -> awards.offerDecided(call.callId()));
        }
        acting.as(CallFixtures.officerOfNstc());
        refused("denied.award.notOfCall", () -> awards.offersOf(call.callId()));

        acting.as(CallFixtures.officerOfMoc());
        AwardFacade.Offered first = awards.offerDecided(call.callId());
        assertEquals(1, first.created());
        AwardView offer = first.offers().get(0);
        assertEquals(call.callId() + "-1", offer.number());
        assertEquals(call.funded(), offer.applicationId());
        assertEquals(REQUEST, offer.amount());
        assertEquals(List.of(CallFixtures.LEAD + "=360000", CallFixtures.CO_FUNDER + "=240000"),
                offer.parts().stream().map(p -> p.ministryCode() + "=" + p.amount()).toList(), "split 6 : 4");
        assertEquals(List.of(240_000L, 180_000L, 120_000L, 60_000L),
                offer.tranches().stream().map(Tranche::amount).toList(), "40/30/20 and 10 % retained");
        assertEquals(1, offer.obligations().size(), "the application's planned output");
        assertEquals(java.time.LocalDate.of(2027, 7, 1), offer.startDate(), "as the application planned");
        assertEquals(AwardStatus.OFFERED, offer.status());
        assertFalse(offer.answerable(), "not the officer's to answer");
        assertEquals(1, audited(offer.number(), "OFFER_AWARD"));
        List<String> offerMails = stored.mailSubjects("Award " + offer.number() + " OFFER_AWARD");
        assertEquals(1, offerMails.size(), "the owner, the organisation's one member, hears of the offer: " + offerMails);
        assertTrue(offerMails.get(0).contains(offer.number()), offerMails.get(0));

        AwardFacade.Offered again = awards.offerDecided(call.callId());
        assertEquals(0, again.created(), "a second offer creates nothing");
        assertEquals(1, again.offers().size());
        assertEquals(1, audited(offer.number(), "OFFER_AWARD"));
        assertEquals(1, stored.mailSubjects("Award " + offer.number() + " OFFER_AWARD").size(), "nor mails again");
        acting.as(CallFixtures.officerOfModa());
        assertEquals(1, awards.offersOf(call.callId()).size(), "the co-funder's officer reads the offers");

        // another organisation's owner and another ministry's officer neither read nor answer it
        acting.as(call.reserveOwner());
        refused("denied.award.notYours", () -> awards.offer(offer.id()));
        refused("denied.award.notYours", () -> awards.accept(offer.id(), offer.version()));
        assertTrue(awards.mine().isEmpty(), "an applicant sees only their own organisation's offers");
        acting.as(CallFixtures.officerOfNstc());
        refused("denied.award.notYours", () -> awards.offer(offer.id()));
        refused("denied.award.notYours", () -> awards.decline(offer.id(), "no", offer.version()));

        // the lead's officer has logged in before (the co-funder's too): only the lead's hears of the answer
        people.recordLogin(CallFixtures.officerOfMoc());
        people.recordLogin(CallFixtures.officerOfModa());
        acting.as(call.fundedOwner());
        AwardView seen = awards.offer(offer.id());
        assertTrue(seen.answerable());
        assertEquals(List.of(offer.number()), awards.mine().stream().map(AwardView::number).toList());
        assertThrows(ConcurrentChangeException.class, () -> awards.accept(offer.id(), seen.version() + 1));
        AwardView accepted = awards.accept(offer.id(), seen.version());
        assertEquals(AwardStatus.ACCEPTED, accepted.status());
        assertNotNull(accepted.answeredAt());
        assertNotNull(accepted.answeredByName());
        assertFalse(accepted.answerable());
        assertEquals(1, audited(offer.number(), "ACCEPT_AWARD"));
        List<String> answerMails = stored.mailsAbout("Award " + offer.number() + " ACCEPT_AWARD");
        assertTrue(answerMails.contains(CallFixtures.officerOfMoc().subject() + ": 補助 " + offer.number() + " 已獲接受"),
                "to moc's officer, in zh-TW: " + answerMails);
        assertTrue(answerMails.stream().noneMatch(m -> m.startsWith(CallFixtures.officerOfModa().subject() + ":")),
                "not to the co-funder's officer: " + answerMails);
        assertThrows(ForbiddenTransitionException.class, () -> awards.decline(offer.id(), "late", accepted.version()));
        // an accepted offer binds: the co-funder's officer may not withdraw it, nor may the lead's
        acting.as(CallFixtures.officerOfModa());
        refused("denied.award.notLeadOfficer", () -> awards.withdraw(offer.id(), accepted.version()));
        acting.as(CallFixtures.officerOfMoc());
        assertThrows(ForbiddenTransitionException.class, () -> awards.withdraw(offer.id(), accepted.version()));
    }

    /**
     * The reserve waits while the funded offer holds its money (refused with the numbers); once the owner declines,
     * saying why, the officer offers the reserve application its request, and then nobody is left on the list.
     */
    @Test
    void aDeclineLetsTheOfficerOfferTheNextOnTheReserveList() {
        Decided call = rankedCall();
        decide(call, REQUEST);
        acting.as(CallFixtures.officerOfMoc());
        AwardView offer = awards.offerDecided(call.callId()).offers().get(0);

        InvalidInputException held = assertThrows(InvalidInputException.class,
                () -> awards.offerNextReserve(call.callId()));
        assertEquals(List.of(FieldProblem.of("reserve", "award.problem.notEnoughFreed", Long.toString(call.reserve()), REQUEST, 0L,
                REQUEST)), held.problems());

        acting.as(call.fundedOwner());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> awards.decline(offer.id(), "  ", offer.version()));
        assertEquals("award.problem.reasonRequired", noReason.problems().get(0).messageKey());
        AwardView declined = awards.decline(offer.id(), "Our team has moved on.", offer.version());
        assertEquals(AwardStatus.DECLINED, declined.status());
        assertEquals("Our team has moved on.", declined.declineReason());
        assertEquals(1, audited(offer.number(), "DECLINE_AWARD"));

        acting.as(call.reserveOwner());
        refused("denied.award.notLeadOfficer", () -> awards.offerNextReserve(call.callId()));
        acting.as(CallFixtures.officerOfMoc());
        AwardView next = awards.offerNextReserve(call.callId());
        assertEquals(call.callId() + "-2", next.number());
        assertEquals(call.reserve(), next.applicationId());
        assertEquals(REQUEST, next.amount());
        assertTrue(next.fromReserve());
        assertEquals(1, audited(next.number(), "OFFER_AWARD"));
        assertEquals(List.of(CallFixtures.LEAD + "=360000", CallFixtures.CO_FUNDER + "=240000"),
                next.parts().stream().map(p -> p.ministryCode() + "=" + p.amount()).toList(), "split by the shares");
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> awards.offerNextReserve(call.callId()));
        assertEquals("award.problem.noReserve", none.problems().get(0).messageKey());

        acting.as(call.reserveOwner());
        assertEquals(List.of(next.number()), awards.mine().stream().map(AwardView::number).toList());
        assertEquals(AwardStatus.ACCEPTED, awards.accept(next.id(), next.version()).status());
    }

    /** Two officers offering at the same moment create one award; the owner's double click accepts once. */
    @Test
    void atTheSameMomentTwoOffersCreateOneAndTwoAcceptsAcceptOnce() throws Exception {
        Decided call = rankedCall();
        decide(call, REQUEST);
        Caller second = CallFixtures.caller("sub-officer-moc-2", EnumSet.of(Role.OFFICER), CallFixtures.LEAD);
        List<Outcome<AwardFacade.Offered>> offers = atOnce(List.of(
                inRequests.as(CallFixtures.officerOfMoc(), () -> awards.offerDecided(call.callId())),
                inRequests.as(second, () -> awards.offerDecided(call.callId()))));
        assertTrue(offers.stream().allMatch(o -> o.failure() == null), () -> AtOnce.traces(offers));
        assertEquals(1, offers.stream().mapToInt(o -> o.value().created()).sum(), "one award created");
        acting.as(CallFixtures.officerOfMoc());
        List<AwardView> stored = awards.offersOf(call.callId());
        assertEquals(1, stored.size());
        AwardView offer = stored.get(0);
        assertEquals(1, audited(offer.number(), "OFFER_AWARD"));

        List<Outcome<AwardView>> accepts = atOnce(List.of(
                inRequests.as(call.fundedOwner(), () -> awards.accept(offer.id(), offer.version())),
                inRequests.as(call.fundedOwner(), () -> awards.accept(offer.id(), offer.version()))));
        List<AwardView> succeeded = accepts.stream().filter(o -> o.failure() == null).map(Outcome::value).toList();
        assertEquals(1, succeeded.size(), accepts.toString());
        assertEquals(AwardStatus.ACCEPTED, succeeded.get(0).status());
        accepts.stream().filter(o -> o.failure() != null).forEach(o -> assertTrue(
                ConcurrentChangeException.isCause(o.failure()) || isForbidden(o.failure()),
                () -> "a concurrent change: " + o.failure()));
        assertEquals(1, audited(offer.number(), "ACCEPT_AWARD"), "accepted once");
    }

    private static boolean isForbidden(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ForbiddenTransitionException) {
                return true;
            }
        }
        return false;
    }

    private <T> List<Outcome<T>> atOnce(List<Callable<T>> works) throws InterruptedException {
        return AtOnce.run(executor, works, 2);
    }
}
