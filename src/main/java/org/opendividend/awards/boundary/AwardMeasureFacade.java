package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.AwardMeasure;
import org.opendividend.awards.entity.AwardStepTaken;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suspending, resuming and terminating an accepted award with four eyes (issue #12, item 7): an officer of the call's
 * lead ministry proposes the measure with a reason ({@link AwardPermissions#canOffer}), an approver of that ministry
 * who did not propose it confirms it — the award takes the step of its table — or refuses it with a reason
 * ({@link AwardPermissions#canDecideMeasure}). One measure per award waits at a time (a unique column). A suspended
 * award pays nothing until resumed; a terminated one pays nothing more and the ledger returns what it had not paid to
 * the ministries' budgets. Every step is audited ({@link AwardStepTaken}).
 */
@ApplicationScoped
@Transactional
public class AwardMeasureFacade {

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
    PersonFacade people;

    @Inject
    OrganisationDirectory organisations;

    /** An officer of the lead ministry proposes a measure on the award as they saw it, saying why. */
    public AwardMeasureView propose(long awardId, AwardAction action, String reason, long expectedAwardVersion) {
        Award award = find(awardId);
        CallView call = calls.call(award.callId());
        Caller caller = currentUser.caller();
        AwardPermissions.canOffer(caller, call, ownApplications.competesIn(call.id())).orThrow();
        if (award.version() != expectedAwardVersion) {
            throw new ConcurrentChangeException("Award", award.number());
        }
        if (action == null || !award.allows(action)) {
            throw new ForbiddenTransitionException(award.status().labelKey(),
                    (action == null ? AwardAction.PROPOSE_MEASURE : action).labelKey());
        }
        requireReason(reason, "reason");
        if (!open(awardId).isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("measure", "award.problem.measureOpen")));
        }
        AwardMeasure measure = AwardMeasure.propose(awardId, action, reason, caller.subject(), clock.instant());
        // a second proposal at the same moment: the award's version and the unique open measure refuse one of them
        em.lock(award, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(measure);
        flush(award);
        fire(award, AwardAction.PROPOSE_MEASURE, action.name().toLowerCase() + ": " + measure.reason());
        return view(measure, award);
    }

    /** An approver of the lead ministry, not the proposer, confirms the measure: the award takes the step. */
    public AwardMeasureView confirm(long measureId, long expectedVersion) {
        AwardMeasure measure = decidable(measureId, expectedVersion);
        Award award = find(measure.awardId());
        measure.confirm(award, currentUser.caller().subject(), clock.instant());
        flush(award);
        fire(award, measure.action(), measure.reason());
        return view(measure, award);
    }

    /** An approver of the lead ministry, not the proposer, refuses the measure, saying why: nothing changes. */
    public AwardMeasureView refuse(long measureId, String reason, long expectedVersion) {
        AwardMeasure measure = decidable(measureId, expectedVersion);
        requireReason(reason, "refusal");
        Award award = find(measure.awardId());
        measure.refuse(currentUser.caller().subject(), reason, clock.instant());
        flush(award);
        fire(award, AwardAction.REFUSE_MEASURE, measure.action().name().toLowerCase() + ": " + measure.refusalReason());
        return view(measure, award);
    }

    /** The measures on a call's awards, newest first, for the officers who read its offers. */
    public List<AwardMeasureView> ofCall(long callId) {
        CallView call = calls.call(callId);
        AwardPermissions.canReadOffersOf(currentUser.caller(), call, ownApplications.competesIn(call.id())).orThrow();
        return views(em.createQuery("select m from AwardMeasure m, Award a where a.id = m.awardId and a.callId = :call"
                + " order by m.id desc", AwardMeasure.class).setParameter("call", callId).getResultList());
    }

    /**
     * The measures confirmed on an award, newest first: what its organisation's members are told (suspended, resumed,
     * terminated, why and when), and the officers who read it. Proposals and refusals stay between the staff.
     */
    public List<AwardMeasureView> confirmedOn(long awardId) {
        Award award = find(awardId);
        CallView call = calls.call(award.callId());
        AwardPermissions.canRead(currentUser.caller(), organisations.organisation(award.organisationId()), call,
                ownApplications.competesIn(call.id())).orThrow();
        return views(em.createQuery("select m from AwardMeasure m where m.awardId = :award and m.confirmed = true"
                + " order by m.id desc", AwardMeasure.class).setParameter("award", awardId).getResultList());
    }

    /** The open measures the caller may decide: on awards of calls their ministries lead, proposed by someone else. */
    public List<AwardMeasureView> waitingForMe() {
        Caller caller = currentUser.caller();
        if (!caller.has(Role.APPROVER) || caller.ministries().isEmpty()) {
            return List.of();
        }
        List<AwardMeasure> open = em.createQuery("select m from AwardMeasure m, Award a where a.id = m.awardId"
                        + " and m.openAwardId is not null and a.leadMinistry in :ministries and m.proposedBy <> :me"
                        + " order by m.proposedAt", AwardMeasure.class)
                .setParameter("ministries", caller.ministries()).setParameter("me", caller.subject()).getResultList();
        return views(open.stream().filter(m -> {
            Award award = em.find(Award.class, m.awardId());
            return AwardPermissions.canDecideMeasure(caller, calls.call(award.callId()), false,
                    ownApplications.competesIn(award.callId())).allowed();
        }).toList());
    }

    private AwardMeasure decidable(long measureId, long expectedVersion) {
        AwardMeasure measure = em.find(AwardMeasure.class, measureId);
        if (measure == null) {
            throw new NoSuchObjectException("AwardMeasure", measureId);
        }
        Award award = find(measure.awardId());
        Caller caller = currentUser.caller();
        AwardPermissions.canDecideMeasure(caller, calls.call(award.callId()), measure.proposedBy(caller.subject()),
                ownApplications.competesIn(award.callId())).orThrow();
        if (measure.version() != expectedVersion) {
            throw new ConcurrentChangeException("AwardMeasure", measureId);
        }
        if (!measure.isOpen()) {
            throw new ForbiddenTransitionException(award.status().labelKey(), measure.action().labelKey());
        }
        return measure;
    }

    private List<AwardMeasure> open(long awardId) {
        return em.createQuery("select m from AwardMeasure m where m.openAwardId = :award", AwardMeasure.class)
                .setParameter("award", awardId).getResultList();
    }

    private Award find(long awardId) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new NoSuchObjectException("Award", awardId);
        }
        return award;
    }

    private void flush(Award award) {
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new ConcurrentChangeException("Award", award.number());
        }
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank() || reason.strip().length() > Award.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of(field, "award.problem.reasonRequired",
                    Award.REASON_MAX)));
        }
    }

    private void fire(Award award, AwardAction action, String detail) {
        Caller caller = currentUser.caller();
        events.fire(new AwardStepTaken(caller.actor(), award.callId(), award.id(), award.number(), action, detail,
                notices.of(award, action, caller)));
    }

    private AwardMeasureView view(AwardMeasure m, Award award) {
        return views(List.of(m), Map.of(m.awardId(), award)).get(0);
    }

    private List<AwardMeasureView> views(List<AwardMeasure> measures) {
        Map<Long, Award> awards = new java.util.HashMap<>();
        measures.forEach(m -> awards.computeIfAbsent(m.awardId(), id -> em.find(Award.class, id)));
        return views(measures, awards);
    }

    private List<AwardMeasureView> views(List<AwardMeasure> measures, Map<Long, Award> awards) {
        Set<String> subjects = new HashSet<>();
        measures.forEach(m -> {
            subjects.add(m.proposedBy());
            if (m.decidedBy() != null) {
                subjects.add(m.decidedBy());
            }
        });
        Map<String, String> names = subjects.isEmpty() ? Map.of() : people.displayNames(subjects);
        return measures.stream().map(m -> {
            Award a = awards.get(m.awardId());
            return new AwardMeasureView(m.id(), m.awardId(), a.number(), a.callId(), m.action(), m.reason(),
                    names.getOrDefault(m.proposedBy(), m.proposedBy()), m.proposedAt(),
                    m.decidedBy() == null ? null : names.getOrDefault(m.decidedBy(), m.decidedBy()), m.decidedAt(),
                    m.confirmed(), m.refusalReason(), m.version());
        }).toList();
    }
}
