package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The submitted applications of a set of calls as rows, sorted, filtered and paged in the database: what the review
 * component lists for officers. Which calls a caller may see is review's to decide; it says so with a {@link Scope}.
 */
@ApplicationScoped
@Transactional
public class SubmittedApplications {

    private static final String FROM = " from Application a, Organisation o, FundingCall c"
            + " where o.id = a.organisationId and c.id = a.callId and a.submittedVersions > 0";

    @PersistenceContext
    EntityManager em;

    /**
     * The calls whose submissions are read.
     *
     * @param calls         only these calls; every call when null
     * @param excludedCalls never these calls
     */
    public record Scope(Set<Long> calls, Set<Long> excludedCalls) {

        public Scope {
            calls = calls == null ? null : Set.copyOf(calls);
            excludedCalls = Set.copyOf(excludedCalls);
        }

        /** No call at all: nothing to ask the database (which takes no empty list). */
        boolean isEmpty() {
            return calls != null && calls.isEmpty();
        }
    }

    /** How many submissions in the scope match the query's filter. */
    public long count(Scope scope, SubmissionsQuery query) {
        if (scope.isEmpty()) {
            return 0;
        }
        return bind(em.createQuery("select count(a)" + where(scope, query), Long.class), scope, query).getSingleResult();
    }

    /** The rows from {@code first}, at most {@code size}, in the query's order made total by the id. */
    public List<SubmissionsRow> rows(Scope scope, SubmissionsQuery query, int first, int size) {
        if (scope.isEmpty()) {
            return List.of();
        }
        TypedQuery<SubmissionsRow> rows = em.createQuery("select new " + SubmissionsRow.class.getName()
                + "(a.id, a.callId, c.texts.titleZhTw, c.texts.titleEn, a.titleZhTw, a.titleEn, o.nameZhTw, o.nameEn, a.status,"
                + " a.lastSubmittedAt, a.lastReceiptNumber, a.submittedVersions,"
                + " (select sum(b.amount) from Application x join x.budget b where x.id = a.id))" + where(scope, query)
                + " order by " + query.sort().expression() + (query.ascending() ? " asc" : " desc") + ", a.id",
                SubmissionsRow.class);
        return bind(rows, scope, query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    private static String where(Scope scope, SubmissionsQuery query) {
        return FROM + (scope.calls() == null ? "" : " and a.callId in :calls")
                + (scope.excludedCalls().isEmpty() ? "" : " and a.callId not in :excludedCalls")
                + (query.callId() == null ? "" : " and a.callId = :call")
                + (query.status() == null ? "" : " and a.status = :status");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Scope scope, SubmissionsQuery query) {
        if (scope.calls() != null) {
            q.setParameter("calls", scope.calls());
        }
        if (!scope.excludedCalls().isEmpty()) {
            q.setParameter("excludedCalls", scope.excludedCalls());
        }
        if (query.callId() != null) {
            q.setParameter("call", query.callId());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        return q;
    }
}
