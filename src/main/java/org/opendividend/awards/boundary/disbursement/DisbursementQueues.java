package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff queues of the disbursement chain, read only: the shares waiting for an officer, an approver or a finance
 * user of the caller's ministries (by the workflow's table), oldest request first, for one award or every award.
 * The steps themselves are {@link DisbursementFacade}'s.
 */
@ApplicationScoped
@Transactional
public class DisbursementQueues {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    DisbursementViews shown;

    /** What waits for the caller as officer, approver or finance of their ministries, oldest request first. */
    public List<DisbursementView> waiting(Who as) {
        return waiting(as, null);
    }

    /**
     * What of one award waits for the caller as officer, approver or finance (every award's when {@code awardId} is
     * null): refused to anyone without that role for a ministry that pays a part of the award.
     */
    public List<DisbursementView> waiting(Who as, Long awardId) {
        Caller caller = currentUser.caller();
        if (awardId != null) {
            Award award = em.find(Award.class, awardId);
            if (award == null) {
                throw new NoSuchObjectException("Award", awardId);
            }
            List<Decision> asStaff = DisbursementFacade.paying(award).stream()
                    .map(m -> DisbursementPermissions.staffOfMinistry(caller, as, m)).toList();
            if (asStaff.stream().noneMatch(Decision::allowed)) {
                (asStaff.isEmpty() ? Decision.deny(DisbursementPermissions.NOT_YOURS) : asStaff.get(0)).orThrow();
            }
            return waiting(caller, as).stream().filter(v -> v.awardId() == awardId).toList();
        }
        return waiting(caller, as);
    }

    private List<DisbursementView> waiting(Caller caller, Who as) {
        Set<String> mine = caller.ministries().stream()
                .filter(m -> DisbursementPermissions.staffOfMinistry(caller, as, m).allowed())
                .collect(Collectors.toSet());
        Set<DisbursementStatus> statuses = DisbursementWorkflow.RULES.statesWhere(s -> s.waitsFor() == as);
        if (mine.isEmpty() || statuses.isEmpty() || as == Who.GRANTEE) {
            return List.of();
        }
        List<Disbursement> found = em.createQuery("select d from Disbursement d where d.ministryCode in :mine "
                + "and d.status in :statuses order by d.requestedAt, d.id", Disbursement.class)
                .setParameter("mine", mine).setParameter("statuses", statuses).getResultList();
        Map<Long, Award> awards = awards(found.stream().map(Disbursement::awardId).collect(Collectors.toSet()));
        List<DisbursementView> views = new ArrayList<>();
        for (Disbursement d : found) {
            Award award = awards.get(d.awardId());
            views.addAll(shown.of(List.of(d), awards, organisations.organisation(award.organisationId())));
        }
        return views;
    }

    private Map<Long, Award> awards(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Award a where a.id in :ids", Award.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Award::id, Function.identity()));
    }
}
