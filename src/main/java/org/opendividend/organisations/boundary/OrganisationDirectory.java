package org.opendividend.organisations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Organisations by id as read records ({@link OrganisationView}), for other components: they decide with
 * {@link OrganisationPermissions} what the caller may do, so reading here checks nobody. Lists are read in one
 * query with their members, however many organisations they name. In a transaction of its own when the caller has
 * none (a page's bean), so that the members are read before the organisation is detached.
 */
@ApplicationScoped
@Transactional
public class OrganisationDirectory {

    @PersistenceContext
    EntityManager em;

    public OrganisationView organisation(long id) {
        // called outside a transaction too (uploads, downloads). Fetching the members in the same query (one statement
        // less per lookup) was measured in a deadline rush and gave no gain to show (BENCHMARKS.md), so the plain
        // lookup stays
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NoSuchObjectException("Organisation", id);
        }
        return OrganisationView.of(organisation);
    }

    /** The ids of the organisations the person belongs to, in any role; none for nobody. */
    public List<Long> idsOf(String subject) {
        if (subject == null) {
            return List.of();
        }
        return em.createQuery("select m.organisation.id from OrganisationMember m where m.subject = :subject", Long.class)
                .setParameter("subject", subject).getResultList();
    }

    /** The organisations of these ids that exist, by id. */
    public Map<Long, OrganisationView> organisations(Collection<Long> ids) {
        return byName(ids).stream().collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /** The organisations of these ids that exist, ordered by their Chinese name (then id) as the database sorts. */
    public List<OrganisationView> byName(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct o from Organisation o left join fetch o.members where o.id in :ids "
                        + "order by o.nameZhTw, o.id", Organisation.class)
                .setParameter("ids", ids).getResultList().stream().map(OrganisationView::of).toList();
    }
}
