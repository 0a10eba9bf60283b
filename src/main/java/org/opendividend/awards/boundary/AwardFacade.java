package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.awards.control.AgreementPdf;
import org.opendividend.awards.control.ObligationsHandOver;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.AwardStepTaken;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.outputs.boundary.OutputsFacade;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.review.boundary.TakenDecisions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Award offers (issue #11, item 6): the lead ministry's officer offers the awards of a call's taken decision, once (a
 * second offer creates nothing: the schema's unique constraint refuses it, whoever sends it at the same moment), and,
 * after a decline, the next application on the reserve list when the money freed covers its request; the applicant
 * organisation's owner accepts or declines (saying why) by the offer's deadline. Each step is refused to anyone
 * {@link AwardPermissions} refuses, names the version the person saw (a stale one is refused, nothing is lost) and is
 * audited through {@link AwardStepTaken}.
 */
@ApplicationScoped
@Transactional
public class AwardFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    StepNotices notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    CallDirectory calls;

    @Inject
    OwnApplications ownApplications;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    MinistryFacade ministries;

    @Inject
    PersonFacade people;

    @Inject
    TakenDecisions decisions;

    @Inject
    OfferIssuer issuer;

    @Inject
    AwardSettings settings;

    @Inject
    OutputsFacade outputs;

    /** This facade through its proxy: the steps that write in the issuer's transaction read back in one of their own. */
    @Inject
    AwardFacade self;

    /** What offering a decision's awards did: how many it created (none the second time) and the call's offers. */
    public record Offered(int created, List<AwardView> offers) {
    }

    /** A call's offers, in the order of their numbers, for the officers of its ministries. */
    public List<AwardView> offersOf(long callId) {
        CallView call = calls.call(callId);
        AwardPermissions.canReadOffersOf(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        return views(em.createQuery("select a from Award a where a.callId = :call order by a.seq", Award.class)
                .setParameter("call", callId).getResultList());
    }

    /** Whether the caller may offer the call's awards (the page shows its buttons by the same rule). */
    public boolean mayOffer(long callId) {
        return AwardPermissions.canOffer(currentUser.caller(), calls.call(callId), ownApplications.competesIn(callId))
                .allowed();
    }

    /** Whether the call's decision is taken, so that its awards can be offered (for the officer's page). */
    public boolean decisionTaken(long callId) {
        CallView call = calls.call(callId);
        AwardPermissions.canReadOffersOf(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        return decisions.of(callId).isPresent();
    }

    /**
     * The lead's officer offers an award to every funded application of the taken decision. Done once: a second time
     * (or at the same moment) it creates nothing and says so with {@code created == 0}. Refused while the decision is
     * not taken.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Offered offerDecided(long callId) {
        Caller caller = currentUser.caller();
        CallView call = calls.call(callId);
        AwardPermissions.canOffer(caller, call, ownApplications.competesIn(callId)).orThrow();
        TakenDecisions.Taken taken = taken(callId);
        int created;
        try {
            created = issuer.offerFunded(call, taken, caller, clock.instant()).size();
        } catch (RuntimeException e) {
            // the schema refused an offer made already (by a double click, or by someone at the same moment): the
            // issuer's transaction is rolled back whole; whatever the container wrapped the refusal in, the offers
            // now stored say whether it was that
            if (!issuer.anyOffered(callId, taken.funded().stream().map(TakenDecisions.Funded::applicationId)
                    .toList())) {
                throw e;
            }
            created = 0;
        }
        return new Offered(created, self.offersOf(callId));
    }

    /**
     * After a decline (or a withdrawal), the lead's officer offers the next application on the reserve list, for its
     * request: refused with the numbers when the money freed is less, when nobody is left on the list, and as a
     * concurrent change when someone offered it at the same moment.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AwardView offerNextReserve(long callId) {
        Caller caller = currentUser.caller();
        CallView call = calls.call(callId);
        AwardPermissions.canOffer(caller, call, ownApplications.competesIn(callId)).orThrow();
        TakenDecisions.Taken taken = taken(callId);
        long offered;
        try {
            offered = issuer.offerNextReserve(call, taken, caller, clock.instant()).id();
        } catch (PersistenceException | TransactionalException e) {
            // the same application or number offered by someone else at the same moment: the schema refused this one
            throw new ConcurrentChangeException("Award", callId);
        }
        return self.offer(offered);
    }

    /** One offer, for the organisation's members and the call's officers. */
    public AwardView offer(long awardId) {
        Award award = find(awardId);
        OrganisationView organisation = organisations.organisation(award.organisationId());
        CallView call = calls.call(award.callId());
        AwardPermissions.canRead(currentUser.caller(), organisation, call, ownApplications.competesIn(call.id()))
                .orThrow();
        return view(award, organisation, call);
    }

    /** The offer's bilingual grant agreement as a PDF, for whoever may read the offer. */
    public byte[] agreement(long awardId) {
        AwardView view = offer(awardId);
        return AgreementPdf.render(new AgreementPdf.Content(view.number(), view.titleZhTw(), view.titleEn(),
                view.organisationZhTw(), view.organisationEn(), view.callTitleZhTw(), view.callTitleEn(), view.amount(),
                view.parts().stream().map(p -> new AgreementPdf.Part(p.nameZhTw(), p.nameEn(), p.amount())).toList(),
                view.startDate(), view.endDate(), view.offerDeadline(), view.tranches(), view.obligations(),
                view.requiredMofClass().labelKey(), view.releaseDeadlineMonths(), view.retentionPercent(),
                view.status().labelKey(), view.answeredByName(), view.answeredAt()), settings.agreementFont());
    }

    /** The offers made to the organisations the caller belongs to, newest first. */
    public List<AwardView> mine() {
        List<Long> own = organisations.idsOf(currentUser.caller().subject());
        if (own.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select a from Award a where a.organisationId in :own order by a.offeredAt desc, "
                + "a.id desc", Award.class).setParameter("own", own).getResultList());
    }

    /** The organisation's owner accepts the offer as they saw it, before its deadline. */
    public AwardView accept(long awardId, long expectedVersion) {
        Award award = answerable(awardId, expectedVersion);
        award.accept(currentUser.caller().subject(), clock.instant());
        // the award's own version decides two accepts at once (the second waits for the row and finds it changed: a
        // concurrent change), before the obligations' rows could collide on their unique key
        em.flush();
        // from now on the outputs component tracks the obligations: registrations, checks, verdicts
        outputs.track(ObligationsHandOver.of(award));
        return stepped(award, AwardAction.ACCEPT_AWARD, "");
    }

    /** The organisation's owner declines the offer, saying why: its money is free for the reserve list. */
    public AwardView decline(long awardId, String reason, long expectedVersion) {
        Award award = answerable(awardId, expectedVersion);
        if (reason == null || reason.isBlank() || reason.strip().length() > Award.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "award.problem.reasonRequired",
                    Award.REASON_MAX)));
        }
        award.decline(currentUser.caller().subject(), reason, clock.instant());
        return stepped(award, AwardAction.DECLINE_AWARD, award.declineReason());
    }

    /** The lead's officer withdraws an offer not answered (e.g. past its deadline): its money is free again. */
    public AwardView withdraw(long awardId, long expectedVersion) {
        Award award = find(awardId);
        CallView call = calls.call(award.callId());
        AwardPermissions.canOffer(currentUser.caller(), call, ownApplications.competesIn(call.id())).orThrow();
        current(award, expectedVersion).withdraw(currentUser.caller().subject(), clock.instant());
        return stepped(award, AwardAction.WITHDRAW_AWARD, "");
    }

    private Award answerable(long awardId, long expectedVersion) {
        Award award = find(awardId);
        OrganisationView organisation = organisations.organisation(award.organisationId());
        AwardPermissions.canAnswer(currentUser.caller(), award, organisation, clock.instant()).orThrow();
        return current(award, expectedVersion);
    }

    private TakenDecisions.Taken taken(long callId) {
        return decisions.of(callId).orElseThrow(() -> new ForbiddenTransitionException("award.notTakenYet",
                AwardAction.OFFER_AWARD.labelKey()));
    }

    private Award find(long awardId) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new NoSuchObjectException("Award", awardId);
        }
        return award;
    }

    /** The award as the person saw it; a change since is refused before anything is written. */
    private static Award current(Award award, long expectedVersion) {
        if (award.version() != expectedVersion) {
            throw new ConcurrentChangeException("Award", award.number());
        }
        return award;
    }

    private AwardView stepped(Award award, AwardAction action, String detail) {
        Caller caller = currentUser.caller();
        events.fire(new AwardStepTaken(caller.actor(), award.callId(), award.id(), award.number(), action, detail,
                notices.of(award, action, caller)));
        // written now, so that a concurrent change fails here and the view carries the new version
        em.flush();
        return view(award, organisations.organisation(award.organisationId()), calls.call(award.callId()));
    }

    private List<AwardView> views(List<Award> awards) {
        return awards.stream().map(a -> view(a, organisations.organisation(a.organisationId()),
                calls.call(a.callId()))).toList();
    }

    private AwardView view(Award award, OrganisationView organisation, CallView call) {
        Instant now = clock.instant();
        boolean answerable = award.awaitsAnswerAt(now)
                && AwardPermissions.canAnswer(currentUser.caller(), award, organisation, now).allowed();
        Set<String> subjects = new HashSet<>();
        Optional.ofNullable(award.answeredBy()).ifPresent(subjects::add);
        Map<String, String> names = subjects.isEmpty() ? Map.of() : people.displayNames(subjects);
        Map<String, MinistryView> named = award.parts().stream().map(p -> p.ministryCode()).distinct()
                .map(ministries::ministry).flatMap(Optional::stream)
                .collect(Collectors.toMap(MinistryView::code, m -> m));
        return AwardView.of(award, new AwardView.Names() {
            public String organisationZhTw() {
                return organisation.nameZhTw();
            }

            public String organisationEn() {
                return organisation.nameEn();
            }

            public String callTitleZhTw() {
                return call.titleZhTw();
            }

            public String callTitleEn() {
                return call.titleEn();
            }

            public String ministryZhTw(String code) {
                return Optional.ofNullable(named.get(code)).map(MinistryView::nameZhTw).orElse(code);
            }

            public String ministryEn(String code) {
                return Optional.ofNullable(named.get(code)).map(MinistryView::nameEn).orElse(code);
            }

            public String person(String subject) {
                return names.getOrDefault(subject, subject);
            }
        }, answerable);
    }
}
