package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.control.BudgetRules;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.awards.control.ObligationsCopy;
import org.opendividend.awards.control.TrancheSchedule;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.AwardPart;
import org.opendividend.awards.entity.AwardStepTaken;
import org.opendividend.awards.entity.OfferTerms;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.OutputPolicyView;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.boundary.TakenDecisions;
import org.opendividend.review.control.portfolio.AwardSplit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes offers, each batch in a transaction of its own, so that {@link AwardFacade} can tell a second offer of the
 * same application (refused by the schema's unique constraint, the whole batch rolled back) from a success. Checks
 * nobody: the facade has.
 */
@ApplicationScoped
@Transactional
public class OfferIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    StepNotices notices;

    @Inject
    Event<DomainEvent> events;

    @Inject
    CallDirectory calls;

    @Inject
    ApplicationScreening applications;

    @Inject
    AwardSettings settings;

    /** One award per funded line of the taken decision, numbered after the call's awards so far, in the decision's order. */
    public List<Award> offerFunded(CallView call, TakenDecisions.Taken decision, Caller officer, Instant now) {
        OutputPolicyView policy = calls.outputPolicy(call.id());
        int seq = lastSeq(call.id());
        List<Award> offered = new ArrayList<>();
        for (TakenDecisions.Funded funded : decision.funded()) {
            List<AwardPart> parts = funded.parts().entrySet().stream()
                    .map(p -> new AwardPart(p.getKey(), p.getValue())).toList();
            offered.add(offer(call, policy, ++seq, funded.applicationId(), funded.amount(), parts, false, officer, now));
        }
        em.flush();
        offered.forEach(a -> fire(officer, a, "application " + a.applicationId() + ", " + a.amount() + " TWD"));
        return offered;
    }

    /**
     * The next application on the reserve list that has no offer yet, for its request, split by the call's shares;
     * refused with the numbers when the money the declined and withdrawn offers freed is less than that request.
     */
    public Award offerNextReserve(CallView call, TakenDecisions.Taken decision, Caller officer, Instant now) {
        List<Award> awards = em.createQuery("select a from Award a where a.callId = :call", Award.class)
                .setParameter("call", call.id()).getResultList();
        List<Long> offeredApplications = awards.stream().map(Award::applicationId).toList();
        TakenDecisions.Reserve next = decision.reserve().stream()
                .filter(r -> !offeredApplications.contains(r.applicationId())).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("reserve",
                        "award.problem.noReserve"))));
        long decided = decision.funded().stream().mapToLong(TakenDecisions.Funded::amount).sum();
        long held = awards.stream().filter(Award::holdsMoney).mapToLong(Award::amount).sum();
        long freed = Math.max(0, decided - held);
        long requested = next.requested() > 0 ? next.requested() : requested(next.applicationId());
        if (freed < requested) {
            throw new InvalidInputException(List.of(FieldProblem.of("reserve", "award.problem.notEnoughFreed",
                    Long.toString(next.applicationId()), requested, freed, requested - freed)));
        }
        List<String> ministries = new ArrayList<>(call.shares().keySet());
        long[] split = AwardSplit.of(requested, call.shares().values().stream().mapToLong(v -> v.longValue()).toArray());
        List<AwardPart> parts = new ArrayList<>();
        for (int m = 0; m < split.length; m++) {
            parts.add(new AwardPart(ministries.get(m), split[m]));
        }
        Award award = offer(call, calls.outputPolicy(call.id()), lastSeq(call.id()) + 1, next.applicationId(),
                requested, parts, true, officer, now);
        em.flush();
        fire(officer, award, "from the reserve list: application " + award.applicationId() + ", " + requested
                + " TWD of " + freed + " TWD freed");
        return award;
    }

    /**
     * Whether any of these applications has an offer in the call: asked after the schema refused an offer, in a
     * transaction of its own, whatever became of the refused one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anyOffered(long callId, Collection<Long> applicationIds) {
        return !applicationIds.isEmpty() && em.createQuery("select count(a) from Award a where a.callId = :call "
                        + "and a.applicationId in :applications", Long.class)
                .setParameter("call", callId).setParameter("applications", applicationIds).getSingleResult() > 0;
    }

    private Award offer(CallView call, OutputPolicyView policy, int seq, long applicationId, long amount,
                        List<AwardPart> parts, boolean fromReserve, Caller officer, Instant now) {
        long organisationId = applications.find(applicationId).organisationId();
        ApplicationContent content = applications.latestSubmission(applicationId).submitted();
        Instant deadline = LocalDate.ofInstant(now, Formats.TAIPEI).plusDays(settings.offerDays())
                .atTime(23, 59, 59).atZone(Formats.TAIPEI).toInstant();
        LocalDate firstPossible = LocalDate.ofInstant(deadline, Formats.TAIPEI).plusDays(1);
        LocalDate start = content.startDate() != null && !content.startDate().isBefore(firstPossible)
                ? content.startDate() : firstPossible.withDayOfMonth(1).plusMonths(1);
        int months = Optional.ofNullable(content.durationMonths()).filter(m -> m > 0)
                .orElse(call.maxDurationMonths() > 0 ? call.maxDurationMonths() : 12);
        LocalDate end = start.plusMonths(months).minusDays(1);
        OfferTerms terms = new OfferTerms(amount, parts, start, end, deadline,
                TrancheSchedule.of(amount, settings.trancheShares(), policy.retentionPercent(), start, end,
                        policy.releaseDeadlineMonths()),
                ObligationsCopy.of(content.outputs(), policy, end), policy.requiredMofClass(),
                policy.releaseDeadlineMonths(), policy.retentionPercent());
        Award award = Award.offer(new Award.Offered(call.id(), seq, applicationId, organisationId, call.leadMinistry(),
                title(content.titleZhTw(), content.titleEn()), title(content.titleEn(), content.titleZhTw()),
                fromReserve), terms, officer.subject(), now);
        em.persist(award);
        return award;
    }

    private long requested(long applicationId) {
        LatestSubmission submission = applications.latestSubmission(applicationId);
        return BudgetRules.total(submission.submitted().budget()).longValue();
    }

    private int lastSeq(long callId) {
        Integer last = em.createQuery("select max(a.seq) from Award a where a.callId = :call", Integer.class)
                .setParameter("call", callId).getSingleResult();
        return last == null ? 0 : last;
    }

    private void fire(Caller actor, Award award, String detail) {
        events.fire(new AwardStepTaken(actor.actor(), award.callId(), award.id(), award.number(),
                AwardAction.OFFER_AWARD, detail, notices.of(award, AwardAction.OFFER_AWARD, actor)));
    }

    private static String title(String preferred, String other) {
        String title = preferred == null || preferred.isBlank() ? other : preferred;
        return title == null ? "" : title.strip();
    }
}
