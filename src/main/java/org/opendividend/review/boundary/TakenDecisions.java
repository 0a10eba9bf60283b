package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.StoredDecisions;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionPart;
import org.opendividend.review.entity.FundingDecision;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A call's funding decision once it is taken, as other components read it (awards offer the funded applications and,
 * after a decline, the next on the reserve list): the funded lines with each ministry's part of their amount and the
 * reserve lines in rank order. Nothing until the decision's table says it is taken. Who may read it is the reader's
 * to decide, so reading here checks nobody.
 */
@ApplicationScoped
@Transactional
public class TakenDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallDirectory calls;

    @Inject
    DecisionInputs inputs;

    /** A funded application: its amount in whole TWD and each ministry's part of it, in the call's order. */
    public record Funded(long applicationId, long amount, Map<String, Long> parts) {

        public Funded {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /**
     * An application on the reserve list, with its place in the ranking (1 the best; 0 when the ranking no longer names
     * it) and its request in whole TWD as the ranking counts it (0 when not ranked).
     */
    public record Reserve(long applicationId, int rank, long requested) {
    }

    /** A taken decision: who led it, when it was taken, what it funds and who waits on the reserve list, best first. */
    public record Taken(long callId, long decisionId, String leadMinistry, Instant decidedAt, List<Funded> funded,
                        List<Reserve> reserve) {

        public Taken {
            funded = List.copyOf(funded);
            reserve = List.copyOf(reserve);
        }
    }

    /** The call's decision when it is taken; empty while it is not (or the call has none). */
    public Optional<Taken> of(long callId) {
        return StoredDecisions.takenOfCall(em, callId).map(this::taken);
    }

    private Taken taken(FundingDecision decision) {
        List<Funded> funded = decision.lines().stream().filter(l -> l.outcome() == DecisionOutcome.FUND)
                .map(l -> new Funded(l.applicationId(), l.amount(), decision.parts().stream()
                        .filter(p -> p.applicationId() == l.applicationId())
                        .collect(Collectors.toMap(DecisionPart::ministryCode, DecisionPart::amount, Long::sum,
                                LinkedHashMap::new))))
                .toList();
        List<DecisionLine> reserveLines = decision.lines().stream()
                .filter(l -> l.outcome() == DecisionOutcome.RESERVE).toList();
        Map<Long, DecisionCandidate> ranked = reserveLines.isEmpty() ? Map.of()
                : inputs.candidates(calls.call(decision.callId())).stream()
                .collect(Collectors.toMap(DecisionCandidate::applicationId, Function.identity()));
        // in rank order; a line the ranking no longer names keeps its place in the decision, after the ranked ones
        List<Reserve> reserve = reserveLines.stream().map(line -> {
            DecisionCandidate candidate = ranked.get(line.applicationId());
            return candidate == null ? new Reserve(line.applicationId(), 0, 0)
                    : new Reserve(line.applicationId(), candidate.rank(), candidate.requested());
        }).sorted(Comparator.comparingInt(r -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank())).toList();
        return new Taken(decision.callId(), decision.id(), decision.leadMinistry(), decision.decidedAt(), funded,
                reserve);
    }
}
