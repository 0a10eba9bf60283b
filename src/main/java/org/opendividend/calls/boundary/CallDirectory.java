package org.opendividend.calls.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calls by id as read records, for other components (applications, review): a whole call ({@link CallView}) for
 * taking and checking an application, summaries ({@link CallSummary}) for lists, read in one query however many calls
 * a list names. Who may see what is the caller's to decide, so reading here checks nobody. In a transaction of its
 * own when the caller has none (a page's bean), so that the call's collections are read before it is detached.
 */
@ApplicationScoped
@Transactional
public class CallDirectory {

    @PersistenceContext
    EntityManager em;

    /** A call in any status; refused as unknown when there is none. */
    public CallView call(long id) {
        FundingCall call = em.find(FundingCall.class, id);
        if (call == null) {
            throw new NoSuchObjectException("Call", id);
        }
        return CallView.of(call);
    }

    /** The call's applicant response window, if it has one (open or closed by now). */
    public Optional<ResponseWindowView> responseWindow(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id)).flatMap(FundingCall::responseWindow)
                .map(ResponseWindowView::of);
    }

    /** A call's output and licence policy, in any status; refused as unknown when there is no such call. */
    public OutputPolicyView outputPolicy(long id) {
        FundingCall call = em.find(FundingCall.class, id);
        if (call == null) {
            throw new NoSuchObjectException("Call", id);
        }
        return OutputPolicyView.of(call.outputPolicy());
    }

    /** A call the public may see (published, never a draft). */
    public Optional<CallView> publicCall(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id)).filter(c -> c.recordedStatus().isPublic())
                .map(CallView::of);
    }

    /** The calls of these ids the public may see, by id. */
    public Map<Long, CallSummary> publicSummaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from FundingCall c where c.id in :ids and c.status <> :draft", FundingCall.class)
                .setParameter("ids", ids).setParameter("draft", CallStatus.DRAFT).getResultList().stream()
                .map(CallSummary::of).collect(Collectors.toMap(CallSummary::id, Function.identity()));
    }

    /**
     * The published calls (drafts never) of these ids, every published call when {@code ids} is null; the latest to
     * open first.
     */
    public List<CallSummary> publishedCalls(Set<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<FundingCall> calls = em.createQuery("select c from FundingCall c where c.status <> :draft"
                        + (ids == null ? "" : " and c.id in :ids") + " order by c.timetable.opensAt desc",
                        FundingCall.class)
                .setParameter("draft", CallStatus.DRAFT);
        if (ids != null) {
            calls.setParameter("ids", ids);
        }
        return calls.getResultList().stream().map(CallSummary::of).toList();
    }

    /**
     * The published calls (drafts never) that some of these ministries fund, with every funder's share of the budget,
     * in the order of their ids: the ministries' ledger.
     */
    public List<CallShares> sharesOf(Set<String> ministries) {
        if (ministries.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct c from FundingCall c join c.funding.shares s where key(s) in :ministries"
                        + " and c.status <> :draft order by c.id", FundingCall.class)
                .setParameter("ministries", ministries).setParameter("draft", CallStatus.DRAFT).getResultList().stream()
                .map(c -> new CallShares(c.id(), c.texts().titleZhTw(), c.texts().titleEn(),
                        c.shares().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                e -> e.getValue().longValueExact()))))
                .toList();
    }

    /** A published call (never a draft: nobody reviews for a call that is not published). */
    public Optional<CallSummary> publishedSummary(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id))
                .filter(c -> c.recordedStatus() != CallStatus.DRAFT).map(CallSummary::of);
    }
}
