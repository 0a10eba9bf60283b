package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.awards.boundary.StepNotices;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.awards.entity.disbursement.DisbursementStepTaken;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.awards.entity.disbursement.Payment;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link DisbursementFacade#pay} writes a payment and, when the insert is refused, reads what happened: each in a
 * transaction of its own (as {@code OfferIssuer} for the offers), so that a refused insert leaves nothing behind and
 * what is stored is read afresh. Not for pages: the facade checks the role first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PaymentDesk {

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
    OrganisationDirectory organisations;

    @Inject
    Payments payments;

    /** One attempt: the share paid and its payment inserted, in one transaction. */
    public PaymentRecord record(long disbursementId, String reference, LocalDate valueDate, String key) {
        Disbursement d = find(disbursementId);
        Award award = award(d.awardId());
        DisbursementPermissions.canStep(currentUser.caller(), Who.FINANCE, d,
                organisations.organisation(award.organisationId())).orThrow();
        DisbursementFacade.requirePaying(award);
        d.pay(currentUser.caller().subject(), clock.instant());
        Payment payment = Payment.of(d, reference, key, valueDate, currentUser.caller().subject(), clock.instant());
        em.persist(payment);
        em.flush();
        Caller caller = currentUser.caller();
        events.fire(new DisbursementStepTaken(caller.actor(), award.id(), award.number(), d.tranchePosition(),
                d.ministryCode(), d.id(), DisbursementAction.RECORD_PAYMENT, reference + ", value date " + valueDate,
                notices.of(award, d, DisbursementAction.RECORD_PAYMENT, caller)));
        return new PaymentRecord(award.id(), award.number(), award.callId(), d.tranchePosition(), d.ministryCode(),
                payment.amount(), payment.paymentReference(), payment.valueDate(), payment.paidAt(), payment.paidBy());
    }

    /**
     * Why an attempt to pay failed, from what is stored: the payment of this key for this share (returned, the request
     * was a repetition); otherwise a refusal when the share is paid already or the reference is another's; empty when
     * nothing explains it yet (a concurrent attempt still open: try again).
     */
    public Optional<PaymentRecord> explain(long disbursementId, String reference, String key) {
        List<Payment> byKey = em.createQuery("select p from Payment p where p.idempotencyKey = :key", Payment.class)
                .setParameter("key", key).getResultList();
        if (!byKey.isEmpty()) {
            if (byKey.get(0).disbursementId() != disbursementId) {
                throw new InvalidInputException(List.of(FieldProblem.of(null, "disbursement.problem.idempotencyKey")));
            }
            return payments.ofDisbursement(disbursementId);
        }
        List<Payment> paid = em.createQuery("select p from Payment p where p.disbursementId = :d", Payment.class)
                .setParameter("d", disbursementId).getResultList();
        if (!paid.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reference", "disbursement.problem.alreadyPaid",
                    paid.get(0).paymentReference())));
        }
        List<Payment> sameReference = em.createQuery("select p from Payment p where p.paymentReference = :r",
                Payment.class).setParameter("r", reference).getResultList();
        if (!sameReference.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reference", "disbursement.problem.referenceUsed",
                    reference)));
        }
        Disbursement d = find(disbursementId);
        if (DisbursementWorkflow.state(d.status()).waitsFor() != Who.FINANCE) {
            // not approved (or returned): the table's refusal, said by the entity
            d.pay(currentUser.caller().subject(), clock.instant());
        }
        return Optional.empty();
    }

    private Award award(long awardId) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new NoSuchObjectException("Award", awardId);
        }
        return award;
    }

    private Disbursement find(long disbursementId) {
        Disbursement d = em.find(Disbursement.class, disbursementId);
        if (d == null) {
            throw new NoSuchObjectException("Disbursement", disbursementId);
        }
        return d;
    }
}
