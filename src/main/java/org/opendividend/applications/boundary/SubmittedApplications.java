package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The submitted applications of a set of calls as rows, sorted, filtered and paged in the database: what the review
 * component lists for officers. Which calls a caller may see is review's to decide; it says so with a {@link Scope}.
 * The calls and the organisations are their components' own: a
 * page's call titles and organisation names are read for the page's rows in one query each. Sorted by organisation,
 * the organisations component orders the names and the rows follow that order.
 */
@ApplicationScoped
@Transactional
public class SubmittedApplications {

    private static final String FROM = " from Application a where a.submittedVersions > 0";

    /** What a row holds of the application, with the ids of its call and organisation. */
    private static final String COLUMNS = "select a.id, a.callId, a.organisationId, a.titleZhTw, a.titleEn, a.status,"
            + " a.lastSubmittedAt, a.lastReceiptNumber, a.submittedVersions,"
            + " (select sum(b.amount) from Application x join x.budget b where x.id = a.id)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallDirectory calls;

    @Inject
    OrganisationDirectory organisations;

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
        List<Object[]> page = query.sort() == SubmissionsQuery.Sort.ORGANISATION
                ? byOrganisation(scope, query, first, size)
                : bind(em.createQuery(COLUMNS + where(scope, query) + " order by " + query.sort().expression()
                        + (query.ascending() ? " asc" : " desc") + ", a.id", Object[].class), scope, query)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return rowsOf(page);
    }

    /**
     * A page in the order of the organisations' names (as the database sorts them, ties by the application's id):
     * the matching applications' ids with their organisation's, ordered by the names the organisations component
     * reads in one query, then the page's columns in one more.
     */
    private List<Object[]> byOrganisation(Scope scope, SubmissionsQuery query, int first, int size) {
        List<Object[]> matching = bind(em.createQuery("select a.id, a.organisationId" + where(scope, query),
                Object[].class), scope, query).getResultList();
        Map<Long, Integer> rank = nameRanks(matching.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
        Comparator<Object[]> byName = Comparator.comparing(r -> rank.getOrDefault((Long) r[1], Integer.MAX_VALUE));
        List<Long> ids = matching.stream()
                .sorted((query.ascending() ? byName : byName.reversed()).thenComparing(r -> (Long) r[0]))
                .skip(first).limit(size).map(r -> (Long) r[0]).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> columns = em.createQuery(COLUMNS + FROM + " and a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
        return ids.stream().map(columns::get).filter(Objects::nonNull).toList();
    }

    /** The organisations' places in the order of their Chinese names; the same name, the same place. */
    private Map<Long, Integer> nameRanks(Set<Long> organisationIds) {
        Map<Long, Integer> rank = new HashMap<>();
        String previous = null;
        int place = -1;
        for (OrganisationView o : organisations.byName(organisationIds)) {
            if (!o.nameZhTw().equals(previous)) {
                place++;
                previous = o.nameZhTw();
            }
            rank.put(o.id(), place);
        }
        return rank;
    }

    /** The rows with their calls' titles and organisations' names, read for all of them at once. */
    private List<SubmissionsRow> rowsOf(List<Object[]> page) {
        Map<Long, CallSummary> callsById = calls.publicSummaries(page.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
        Map<Long, OrganisationView> organisationsById = organisations.organisations(
                page.stream().map(r -> (Long) r[2]).collect(Collectors.toSet()));
        return page.stream().map(r -> {
            CallSummary call = callsById.get((Long) r[1]);
            OrganisationView organisation = organisationsById.get((Long) r[2]);
            return new SubmissionsRow((Long) r[0], (Long) r[1], call == null ? "" : call.titleZhTw(),
                    call == null ? "" : call.titleEn(), (String) r[3], (String) r[4],
                    organisation == null ? "" : organisation.nameZhTw(), organisation == null ? "" : organisation.nameEn(),
                    (ApplicationStatus) r[5], (Instant) r[6], (String) r[7], (Integer) r[8], (BigDecimal) r[9]);
        }).toList();
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
