package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Text;
import org.opendividend.platform.validation.Translatable;
import org.opendividend.review.control.OfficerRulings;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentMoved;
import org.opendividend.review.entity.ConflictRuled;
import org.opendividend.review.entity.ConflictRuling;
import org.opendividend.review.entity.ConflictSource;
import org.opendividend.review.entity.ReviewAssignment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Officers' decisions on conflicts of interest between a reviewer (a person, by id) and an application: adding a
 * conflict the facts do not show, lifting a source of conflict that does not hold, each with a reason, audited
 * ({@link ConflictRuled}). Who may: whoever may screen the application ({@link ScreeningFacade#mayScreen}); others are
 * refused here. The decisions feed {@link org.opendividend.review.control.ConflictRules} as {@link OfficerRulings}.
 */
@ApplicationScoped
@Transactional
public class ConflictRulings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    ScreeningFacade screening;

    @Inject
    PersonFacade people;

    /** Adds a conflict between the reviewer and the application, for the reason given. */
    public ConflictRuling add(long reviewerPersonId, long applicationId, String reason) {
        return record(reviewerPersonId, applicationId, ConflictSource.OFFICER_ADDED, reason, true);
    }

    /** Lifts a source of conflict between the reviewer and the application, for the reason given; once per source. */
    public ConflictRuling lift(long reviewerPersonId, long applicationId, ConflictSource source, String reason) {
        return record(reviewerPersonId, applicationId, source, reason, false);
    }

    /** What officers decided for this reviewer and application, for the conflict rules. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerRulings rulings(long reviewerPersonId, long applicationId) {
        screening.mayScreen(applicationId).orThrow();
        return rulings(of(reviewerPersonId, applicationId));
    }

    /**
     * What officers decided for every reviewer of these applications, by application and reviewer (person id); for
     * the assignment of a call, whose caller decides who may read them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Long, Map<Long, OfficerRulings>> rulingsOf(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, List<ConflictRuling>>> grouped = em.createQuery("select r from ConflictRuling r where"
                        + " r.applicationId in :applications order by r.id", ConflictRuling.class)
                .setParameter("applications", applicationIds).getResultList().stream()
                .collect(Collectors.groupingBy(ConflictRuling::applicationId,
                        Collectors.groupingBy(ConflictRuling::reviewerPersonId)));
        Map<Long, Map<Long, OfficerRulings>> rulings = new HashMap<>();
        grouped.forEach((application, byReviewer) -> byReviewer.forEach((reviewer, list) ->
                rulings.computeIfAbsent(application, k -> new HashMap<>()).put(reviewer, rulings(list))));
        return rulings;
    }

    private static OfficerRulings rulings(List<ConflictRuling> made) {
        List<OfficerRulings.Added> added = new ArrayList<>();
        List<OfficerRulings.Lifted> lifted = new ArrayList<>();
        for (ConflictRuling r : made) {
            if (r.ruling() == ConflictRuling.Kind.ADDED) {
                added.add(new OfficerRulings.Added(r.officerName(), r.reason()));
            } else {
                lifted.add(new OfficerRulings.Lifted(r.source(), r.officerName(), r.reason()));
            }
        }
        return new OfficerRulings(added, lifted);
    }

    private ConflictRuling record(long reviewerPersonId, long applicationId, ConflictSource source, String reason,
                                  boolean adding) {
        var caller = currentUser.caller();
        screening.mayScreen(applicationId).orThrow();
        if (!people.isKnown(reviewerPersonId)) {
            throw new NoSuchObjectException("Person", reviewerPersonId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "reason", reason);
        Text.maxLength(problems, "reason", reason == null ? null : reason.strip(), ConflictRuling.REASON_MAX);
        if (!adding && of(reviewerPersonId, applicationId).stream()
                .anyMatch(r -> r.ruling() == ConflictRuling.Kind.LIFTED && r.source() == source)) {
            problems.add(FieldProblem.of(null, "conflict.problem.alreadyLifted", new Translatable(source.labelKey())));
        }
        InvalidInputException.unless(problems);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ConflictRuling ruling = adding
                ? ConflictRuling.added(reviewerPersonId, applicationId, reason, caller.actor(), now)
                : ConflictRuling.lifted(reviewerPersonId, applicationId, source, reason, caller.actor(), now);
        em.persist(ruling);
        events.fire(new ConflictRuled(caller.actor(), applicationId, reviewerPersonId, ruling.ruling(), source,
                ruling.reason()));
        if (adding) {
            withdrawAssignment(reviewerPersonId, applicationId, caller.actor());
        }
        return ruling;
    }

    /**
     * A conflict added after the reviewer was assigned closes the application to them at once: their assignment is
     * withdrawn (audited; the next run or a hand assignment finds a replacement), unless the review is submitted,
     * which stays for the panel to weigh with the ruling beside it.
     */
    private void withdrawAssignment(long reviewerPersonId, long applicationId, Actor officer) {
        em.createQuery("select a from ReviewAssignment a where a.applicationId = :application"
                        + " and a.reviewerPersonId = :reviewer", ReviewAssignment.class)
                .setParameter("application", applicationId).setParameter("reviewer", reviewerPersonId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(ReviewAssignment::isWithdrawable).forEach(assignment -> {
                    assignment.withdraw();
                    events.fire(new AssignmentMoved(officer, applicationId, assignment.id(),
                            assignment.reviewerSubject(), AssignmentAction.WITHDRAW, ""));
                });
    }

    private List<ConflictRuling> of(long reviewerPersonId, long applicationId) {
        return em.createQuery("select r from ConflictRuling r where r.reviewerPersonId = :reviewer"
                        + " and r.applicationId = :application order by r.id", ConflictRuling.class)
                .setParameter("reviewer", reviewerPersonId).setParameter("application", applicationId).getResultList();
    }
}
