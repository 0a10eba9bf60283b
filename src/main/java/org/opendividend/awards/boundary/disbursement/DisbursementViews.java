package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.awards.entity.disbursement.Payment;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Shares as their pages show them ({@link DisbursementView}): names instead of subjects, the paying ministry's name,
 * the payment once recorded, and whether the reader may take the next step (by {@link DisbursementPermissions}) or why
 * not. Called by {@link DisbursementFacade} inside its transactions, after it checked who may read.
 */
@ApplicationScoped
public class DisbursementViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    MinistryFacade ministries;

    @Inject
    PersonFacade people;

    /** The shares of the awards given (by id), all of one organisation. */
    public List<DisbursementView> of(List<Disbursement> shares, Map<Long, Award> awards,
                                     OrganisationView organisation) {
        Caller caller = currentUser.caller();
        Set<String> subjects = new HashSet<>();
        shares.forEach(d -> d.steps().forEach(s -> subjects.add(s.actorSubject())));
        Map<String, String> names = subjects.isEmpty() ? Map.of() : people.displayNames(subjects);
        Map<Long, Payment> paid = new HashMap<>();
        List<Long> ids = shares.stream().map(Disbursement::id).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select p from Payment p where p.disbursementId in :ids", Payment.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> paid.put(p.disbursementId(), p));
        }
        List<DisbursementView> views = new ArrayList<>();
        for (Disbursement d : shares) {
            Award award = awards.get(d.awardId());
            Optional<MinistryView> ministry = ministries.ministry(d.ministryCode());
            Who next = d.waitsFor();
            String refusal = next == null ? "disbursement.page.nothingToDo"
                    : next == Who.GRANTEE ? DisbursementPermissions.canRequest(caller, organisation).reasonKey()
                    : DisbursementPermissions.canStep(caller, next, d, organisation).reasonKey();
            boolean actionable = next != null && refusal == null;
            Payment payment = paid.get(d.id());
            views.add(new DisbursementView(d.id(), award.id(), award.number(), award.titleZhTw(), award.titleEn(),
                    d.tranchePosition(), d.ministryCode(),
                    ministry.map(MinistryView::nameZhTw).orElse(d.ministryCode()),
                    ministry.map(MinistryView::nameEn).orElse(d.ministryCode()), d.amount(), d.status(),
                    d.progressReport(), d.spentSoFar(), names.getOrDefault(d.requestedBy(), d.requestedBy()),
                    d.requestedAt(), d.returnReason(),
                    d.steps().stream().map(s -> new DisbursementView.Step(names.getOrDefault(s.actorSubject(),
                            s.actorSubject()), s.action(), s.takenAt(), s.reason())).toList(),
                    payment == null ? null : payment.paymentReference(), payment == null ? null : payment.valueDate(),
                    actionable, refusal, d.version(), d.reportFile().orElse(null)));
        }
        return views;
    }
}
