package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.control.AssignmentCallLocks;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.control.decision.DecisionChecks;
import org.opendividend.review.control.decision.MinistryBudget;
import org.opendividend.review.control.decision.StoredDecisions;
import org.opendividend.review.entity.DecisionAction;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionStatus;
import org.opendividend.review.entity.DecisionStepTaken;
import org.opendividend.review.entity.FundingDecision;
import org.opendividend.review.entity.ShareConfirmation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A call's funding decision with four eyes (issue #11, item 5): the lead ministry's officer writes fund (with an
 * amount) / reserve / reject per ranked application and proposes it; an approver of the lead ministry who did not
 * propose it approves or returns it; each co-funding ministry whose money it commits confirms or refuses its share
 * through its own approver; the last confirmation takes the decision, which decides the call and tells each
 * application's organisation its outcome ({@link DecisionAnnouncements}), in the same transaction. Each step is
 * refused to anyone {@link DecisionPermissions} refuses, names the version the person saw (a stale one is refused, nothing is lost),
 * and is audited through {@link DecisionStepTaken}.
 */
@ApplicationScoped
@Transactional
public class DecisionFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    CallDirectory calls;

    @Inject
    OwnApplications ownApplications;

    @Inject
    DecisionInputs inputs;

    @Inject
    AssignmentCallLocks locks;

    @Inject
    PersonFacade people;

    @Inject
    CallFacade callFacade;

    @Inject
    DecisionAnnouncements announcements;

    /** The call's decision; the lead's officer starts it as an empty draft the first time, others read that draft. */
    public DecisionView decision(long callId) {
        CallView call = authorised(callId, DecisionPermissions::canRead);
        boolean writer = DecisionPermissions.canWrite(currentUser.caller(), call,
                ownApplications.competesIn(callId)).allowed();
        FundingDecision decision = writer ? started(call) : existing(call);
        return view(call, decision);
    }

    /**
     * The lead's officer replaces the draft's lines (the parts follow from the call's shares); refused with every
     * problem of {@link DecisionChecks#draft}, or when someone changed the decision since {@code expectedVersion}.
     */
    public DecisionView save(long callId, List<DecisionLine> lines, long expectedVersion) {
        CallView call = authorised(callId, DecisionPermissions::canWrite);
        requireDecisionTime(call, DecisionAction.EDIT);
        FundingDecision decision = current(started(call), expectedVersion);
        List<DecisionLine> written = List.copyOf(Objects.requireNonNull(lines));
        List<MinistryBudget> budgets = inputs.budgets(call);
        InvalidInputException.unless(DecisionChecks.draft(written, inputs.candidates(call), maximum(call), budgets));
        decision.write(written, DecisionChecks.parts(written, budgets));
        return stepped(call, decision, DecisionAction.EDIT, written.size() + " lines");
    }

    /** The lead's officer proposes the draft: every ranked application needs its line, every line must fit. */
    public DecisionView propose(long callId, long expectedVersion) {
        CallView call = authorised(callId, DecisionPermissions::canWrite);
        requireDecisionTime(call, DecisionAction.PROPOSE);
        FundingDecision decision = current(started(call), expectedVersion);
        InvalidInputException.unless(DecisionChecks.proposal(decision.lines(), inputs.candidates(call), maximum(call),
                inputs.budgets(call)));
        decision.propose(currentUser.caller().subject(), clock.instant());
        return stepped(call, decision, DecisionAction.PROPOSE, "");
    }

    /** An approver of the lead ministry sends the proposal back to the officer, saying why. */
    public DecisionView sendBack(long callId, String reason, long expectedVersion) {
        CallView call = authorised(callId, DecisionPermissions::canApprove);
        FundingDecision decision = current(existing(call), expectedVersion);
        requireReason(reason);
        decision.sendBack(currentUser.caller().subject(), reason);
        return stepped(call, decision, DecisionAction.RETURN, decision.sentBackReason());
    }

    /** An approver of the lead ministry who did not propose it approves the batch. */
    public DecisionView approve(long callId, long expectedVersion) {
        CallView call = authorised(callId, DecisionPermissions::canApprove);
        FundingDecision decision = current(existing(call), expectedVersion);
        decision.approve(currentUser.caller().subject(), clock.instant());
        fire(call, decision, DecisionAction.APPROVE, "awaiting " + decision.awaitedMinistries());
        return takenOrStepped(call, decision);
    }

    /** A co-funding ministry's approver confirms that ministry's share; the last confirmation takes the decision. */
    public DecisionView confirmShare(long callId, String ministry, long expectedVersion) {
        CallView call = authorisedForShare(callId, ministry);
        FundingDecision decision = current(existing(call), expectedVersion);
        decision.confirmShare(ministry, currentUser.caller().subject(), clock.instant());
        fire(call, decision, DecisionAction.CONFIRM_SHARE, ministry);
        return takenOrStepped(call, decision);
    }

    /** A co-funding ministry's approver refuses that ministry's share, saying why: the proposal goes back to a draft. */
    public DecisionView refuseShare(long callId, String ministry, String reason, long expectedVersion) {
        CallView call = authorisedForShare(callId, ministry);
        FundingDecision decision = current(existing(call), expectedVersion);
        requireReason(reason);
        decision.refuseShare(ministry, currentUser.caller().subject(), reason);
        return stepped(call, decision, DecisionAction.REFUSE_SHARE, ministry + ": " + decision.sentBackReason());
    }

    private interface Rule {
        Decision decide(Caller caller, CallView call, boolean callerCompetes);
    }

    private CallView authorised(long callId, Rule rule) {
        CallView call = calls.call(callId);
        rule.decide(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        return call;
    }

    private CallView authorisedForShare(long callId, String ministry) {
        CallView call = calls.call(callId);
        DecisionPermissions.canAnswerShare(currentUser.caller(), call, ministry, ownApplications.competesIn(callId))
                .orThrow();
        return call;
    }

    private Optional<FundingDecision> stored(long callId) {
        return StoredDecisions.ofCall(em, callId);
    }

    /** The call's decision, created as an empty draft under the call's lock so that two first uses create one. */
    private FundingDecision started(CallView call) {
        return stored(call.id()).orElseGet(() -> {
            locks.lock(call.id());
            return stored(call.id()).orElseGet(() -> {
                FundingDecision draft = FundingDecision.draft(call.id(), call.leadMinistry());
                em.persist(draft);
                em.flush();
                return draft;
            });
        });
    }

    /**
     * The decision an approver acts on; before the officer started one, an unsaved empty draft, whose table then refuses
     * the approver's step as it refuses it for any draft.
     */
    private FundingDecision existing(CallView call) {
        return stored(call.id()).orElseGet(() -> FundingDecision.draft(call.id(), call.leadMinistry()));
    }

    /** The decision as the person saw it; a change since is refused before anything is written. */
    private static FundingDecision current(FundingDecision decision, long expectedVersion) {
        if (decision.version() != expectedVersion) {
            throw new ConcurrentChangeException("FundingDecision", decision.callId());
        }
        return decision;
    }

    private DecisionView takenOrStepped(CallView call, FundingDecision decision) {
        if (decision.status() == DecisionStatus.DECIDED) {
            // the step that took the decision is recorded as well, so that the log says when it was taken
            fire(call, decision, DecisionAction.COMPLETE, "every ministry's share confirmed");
            // in the same transaction: the call is decided and every applicant is told, or none of it happened
            callFacade.recordFundingDecision(call.id());
            announcements.announce(call, decision, currentUser.caller().actor());
        }
        return flushed(call, decision);
    }

    private DecisionView stepped(CallView call, FundingDecision decision, DecisionAction action, String detail) {
        fire(call, decision, action, detail);
        return flushed(call, decision);
    }

    private void fire(CallView call, FundingDecision decision, DecisionAction action, String detail) {
        events.fire(new DecisionStepTaken(currentUser.caller().actor(), call.id(), decision.id(), action, detail));
    }

    /** Written now, so that a concurrent change fails here and the view carries the new version. */
    private DecisionView flushed(CallView call, FundingDecision decision) {
        em.flush();
        return view(call, decision);
    }

    private DecisionView view(CallView call, FundingDecision decision) {
        CallPanel read = inputs.panel(call);
        List<DecisionCandidate> candidates = DecisionInputs.candidates(read);
        // the suggestion only matters to a draft still without lines, and solving it costs a solver run
        Set<Long> suggested = decision.lines().isEmpty() && decision.status() == DecisionStatus.DRAFT
                ? DecisionInputs.suggested(call, read) : Set.of();
        Set<String> subjects = new HashSet<>();
        subjects.add(decision.proposedBy());
        subjects.add(decision.approvedBy());
        subjects.add(decision.sentBackBy());
        decision.confirmations().stream().map(ShareConfirmation::approverSubject).forEach(subjects::add);
        subjects.remove(null);
        return DecisionView.of(decision, candidates, inputs.budgets(call), people.displayNames(subjects),
                read.titles(), suggested);
    }

    /** A call still taking applications (or already decided) takes no funding decision: its table says when. */
    private void requireDecisionTime(CallView call, DecisionAction action) {
        Instant now = clock.instant();
        if (!call.takesFundingDecisionAt(now)) {
            throw new ForbiddenTransitionException(call.statusAt(now).labelKey(), action.labelKey());
        }
    }

    /** A reason the decision keeps: refused as input (with its limit) rather than failing in the entity. */
    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > FundingDecision.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "decision.problem.reasonRequired",
                    FundingDecision.REASON_MAX)));
        }
    }

    private static long maximum(CallView call) {
        return call.maxGrant().longValue();
    }
}
