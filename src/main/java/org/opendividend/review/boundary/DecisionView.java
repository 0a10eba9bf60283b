package org.opendividend.review.boundary;

import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.DecisionChecks;
import org.opendividend.review.control.decision.MinistryBudget;
import org.opendividend.review.entity.DecisionAction;
import org.opendividend.review.entity.DecisionOutcome;
import org.opendividend.review.entity.DecisionWorkflow;
import org.opendividend.review.entity.DecisionPart;
import org.opendividend.review.entity.DecisionStatus;
import org.opendividend.review.entity.FundingDecision;
import org.opendividend.review.entity.ShareConfirmation;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A call's funding decision as its page shows it: the lines with their applications' receipt numbers, ranks and
 * requests, the parts per ministry, where it stands and who took its steps, the ministries still to confirm, the
 * reason it was last sent back with, and per ministry its share, what the lines commit and what remains.
 *
 * @param version    what a change of the decision must name ({@code expectedVersion}), so that a stale page is refused
 * @param candidates the call's ranked applications, best first, lines or not
 * @param names      display names of the people named (proposer, approver, who sent it back, confirmers), by subject
 * @param titles     the candidates' submitted titles, by application
 * @param suggested  the applications the panel's suggested funding line funds, for a draft without lines only
 */
public record DecisionView(long callId, DecisionStatus status, long version, List<Line> lines,
                           List<DecisionCandidate> candidates, List<DecisionPart> parts, String proposedBy,
                           Instant proposedAt, String approvedBy, Instant approvedAt, Instant decidedAt,
                           List<ShareConfirmation> confirmations, List<String> awaitedMinistries, String sentBackBy,
                           String sentBackReason, List<Money> money, Map<String, String> names,
                           Map<Long, CallAssignment.Titles> titles, Set<Long> suggested) {

    public DecisionView {
        lines = List.copyOf(lines);
        candidates = List.copyOf(candidates);
        parts = List.copyOf(parts);
        confirmations = List.copyOf(confirmations);
        awaitedMinistries = List.copyOf(awaitedMinistries);
        money = List.copyOf(money);
        names = Map.copyOf(names);
        titles = Map.copyOf(titles);
        suggested = Set.copyOf(suggested);
    }

    /** An application's submitted title in a language. */
    public String title(long applicationId, Locale locale) {
        CallAssignment.Titles title = titles.get(applicationId);
        return title == null ? "#" + applicationId : title.in(locale);
    }

    /** What holds while the decision is where it stands (awaiting whom, taken). */
    public DecisionWorkflow.State state() {
        return DecisionWorkflow.state(status);
    }

    /** The lines may still be written: the table has an editing step from where the decision stands. */
    public boolean editable() {
        return DecisionWorkflow.RULES.find(status, DecisionAction.EDIT).isPresent();
    }

    /** The line of an application, if the decision has one. */
    public Optional<Line> lineOf(long applicationId) {
        return lines.stream().filter(l -> l.applicationId() == applicationId).findFirst();
    }

    /** One application's line, with what the page shows of its application ({@code rank} 0 once it is no longer ranked). */
    public record Line(long applicationId, String label, int rank, long requested, DecisionOutcome outcome, long amount,
                       String justification) {
    }

    /** A ministry's money in the call: its share, what the decision's lines commit of it and what remains, in TWD. */
    public record Money(String ministryCode, String name, long share, long committed, long remaining) {
    }

    static DecisionView of(FundingDecision decision, List<DecisionCandidate> candidates, List<MinistryBudget> budgets,
                           Map<String, String> names, Map<Long, CallAssignment.Titles> titles,
                           Set<Long> suggested) {
        Map<Long, DecisionCandidate> byId = candidates.stream()
                .collect(Collectors.toMap(DecisionCandidate::applicationId, c -> c));
        List<Line> lines = decision.lines().stream().map(l -> {
            Optional<DecisionCandidate> c = Optional.ofNullable(byId.get(l.applicationId()));
            return new Line(l.applicationId(), c.map(DecisionCandidate::label).orElse("#" + l.applicationId()),
                    c.map(DecisionCandidate::rank).orElse(0), c.map(DecisionCandidate::requested).orElse(0L),
                    l.outcome(), l.amount(), l.justification());
        }).toList();
        Map<String, Long> committed = DecisionChecks.committed(decision.parts());
        List<Money> money = budgets.stream().map(b -> {
            long spent = committed.getOrDefault(b.ministryCode(), 0L);
            return new Money(b.ministryCode(), b.name(), b.share(), spent, b.remaining() - spent);
        }).toList();
        return new DecisionView(decision.callId(), decision.status(), decision.version(), lines, candidates,
                decision.parts(), decision.proposedBy(), decision.proposedAt(), decision.approvedBy(),
                decision.approvedAt(), decision.decidedAt(), decision.confirmations(), decision.awaitedMinistries(),
                decision.sentBackBy(), decision.sentBackReason(), money, names, titles, suggested);
    }
}
