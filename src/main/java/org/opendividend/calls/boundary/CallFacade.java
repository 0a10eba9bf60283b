package org.opendividend.calls.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.control.CallInputCheck;
import org.opendividend.calls.control.PublicationCheck;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallChange;
import org.opendividend.calls.entity.CallChanged;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Text;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything people do with calls, each operation checking the person and the call first
 * ({@link CallPermissions}), the version they edited (optimistic locking) and their input, then changing the call
 * and firing a {@link CallChanged} event for the audit trail. Reads run in a transaction too, so that the
 * permission check can walk the call's collections; calls leave here fully loaded and detached.
 */
@ApplicationScoped
@Transactional
public class CallFacade {

    static final String PROGRAMME = "tw-public-ai";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    CallInputCheck inputCheck;

    @Inject
    MinistryFacade ministries;

    @Inject
    LicenceCatalogue licences;

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A new empty draft led by one of the officer's ministries. */
    public FundingCall create(String leadMinistry) {
        Caller caller = currentUser.caller();
        CallPermissions.canCreate(caller, leadMinistry).orThrow();
        String programme = ministries.programmes().stream().findFirst().map(p -> p.code()).orElse(PROGRAMME);
        FundingCall call = FundingCall.draft(programme, leadMinistry, caller.actor(), now());
        call.adoptDefaultLicences(defaultLicences());
        em.persist(call);
        em.flush();
        fire(call, CallChange.CREATED, "draft created, led by " + leadMinistry);
        return loaded(call);
    }

    /** A call as its staff see it (drafts included). */
    public FundingCall forStaff(long id) {
        FundingCall call = find(id);
        CallPermissions.canSeeAsStaff(currentUser.caller(), call).orThrow();
        return loaded(call);
    }

    public FundingCall saveDraft(long id, long version, CallContent content) {
        FundingCall call = editable(id, version);
        CallPermissions.canEditDraft(currentUser.caller(), call).orThrow();
        Set<String> known = ministries.activeMinistries().stream().map(MinistryView::code).collect(Collectors.toSet());
        InvalidInputException.unless(inputCheck.problems(content, known));
        Set<String> answered = call.shareConsents().keySet();
        call.revise(content, currentUser.caller().actor(), now());
        fire(call, CallChange.REVISED, "draft saved");
        fireVoidedConsents(call, answered);
        return loaded(call);
    }

    public FundingCall changeShare(long id, long version, String ministry, BigDecimal amount) {
        FundingCall call = editable(id, version);
        CallPermissions.canManageShare(currentUser.caller(), call, ministry).orThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Text.wholeTwd(problems, "shares." + ministry, amount);
        InvalidInputException.unless(problems);
        BigDecimal before = call.shares().get(ministry);
        Set<String> answered = call.shareConsents().keySet();
        call.changeShare(ministry, amount, currentUser.caller().actor(), now());
        fire(call, CallChange.SHARE_CHANGED, ministry + " share " + before + " → " + amount + " TWD");
        fireVoidedConsents(call, answered);
        return loaded(call);
    }

    /** An approver of a co-funding ministry commits its money: accepts the share the call asks of it, as it stands. */
    public FundingCall acceptShare(long id, long version, String ministry) {
        FundingCall call = editable(id, version);
        Caller caller = currentUser.caller();
        CallPermissions.canDecideShare(caller, call, ministry).orThrow();
        BigDecimal amount = call.shares().get(ministry);
        call.decideShare(ministry, ShareConsent.accepted(amount, caller.actor(), now()), now());
        fire(call, CallChange.SHARE_ACCEPTED, ministry + " accepts its share of " + amount + " TWD");
        return loaded(call);
    }

    /** An approver of a co-funding ministry declines the share the call asks of it, for a reason the lead reads. */
    public FundingCall declineShare(long id, long version, String ministry, String reason) {
        FundingCall call = editable(id, version);
        Caller caller = currentUser.caller();
        CallPermissions.canDecideShare(caller, call, ministry).orThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "reason", reason);
        Text.maxLength(problems, "reason", reason, ShareConsent.REASON_MAX);
        InvalidInputException.unless(problems);
        BigDecimal amount = call.shares().get(ministry);
        call.decideShare(ministry, ShareConsent.declined(amount, reason.strip(), caller.actor(), now()), now());
        fire(call, CallChange.SHARE_DECLINED, ministry + " declines its share of " + amount + " TWD: " + reason.strip());
        return loaded(call);
    }

    public FundingCall correctTexts(long id, long version, CallTexts texts) {
        FundingCall call = editable(id, version);
        CallPermissions.canCorrectTexts(currentUser.caller(), call, now()).orThrow();
        InvalidInputException.unless(inputCheck.textProblems(texts));
        call.correctTexts(texts, currentUser.caller().actor(), now());
        fire(call, CallChange.TEXTS_CORRECTED, "texts corrected after publication");
        return loaded(call);
    }

    public FundingCall extendDeadline(long id, long version, Instant newClosesAt, String reason) {
        FundingCall call = editable(id, version);
        CallPermissions.canExtendDeadline(currentUser.caller(), call, now()).orThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "reason", reason);
        Text.maxLength(problems, "reason", reason, 2000);
        if (newClosesAt == null || !newClosesAt.isAfter(call.closesAt())) {
            problems.add(FieldProblem.of("newClosesAt", "call.problem.extensionNotLater"));
        }
        InvalidInputException.unless(problems);
        Instant before = call.closesAt();
        call.extendDeadline(newClosesAt, reason.strip(), currentUser.caller().actor(), now());
        fire(call, CallChange.DEADLINE_EXTENDED, "closes " + Formats.taipei(before) + " → " + Formats.taipei(newClosesAt)
                + " (Asia/Taipei): " + reason.strip());
        return loaded(call);
    }

    /** What still stands in the way of publication; empty when the call may be published. */
    public List<FieldProblem> publicationProblems(long id) {
        FundingCall call = find(id);
        CallPermissions.canSeeAsStaff(currentUser.caller(), call).orThrow();
        return PublicationCheck.problems(call, now());
    }

    /** Publishing, deciding, archiving…: a step of the lifecycle taken by a person. */
    public FundingCall take(long id, long version, CallAction action) {
        FundingCall call = editable(id, version);
        Instant now = now();
        CallPermissions.canTake(currentUser.caller(), call, action, now).orThrow();
        if (action == CallAction.PUBLISH) {
            InvalidInputException.unless(PublicationCheck.problems(call, now));
        }
        CallStatus to = call.apply(action, currentUser.caller().actor(), now);
        fire(call, action, "now " + to);
        return loaded(call);
    }

    /**
     * The call's funding decision was taken (by the review's four eyes, in the caller's transaction): the call is
     * decided now, as its table's row for the funding decision says, audited as the step of the approver who took it.
     * Refused to anyone but an approver of a ministry funding the call, and from a state without that row.
     */
    public void recordFundingDecision(long id) {
        FundingCall call = find(id);
        CallPermissions.canRecordFundingDecision(currentUser.caller(), call).orThrow();
        CallStatus to = call.recordFundingDecision(now());
        fire(call, CallAction.DECIDE, "now " + to + ": its funding decision was taken");
    }

    /**
     * The lead's officer opens (or moves) the applicant response window: until an instant ahead, answers of at most
     * {@code wordLimit} words; refused with the field's message for a past instant or a limit out of range, and (as
     * not possible now) while the call takes applications or once it is decided.
     */
    public FundingCall openResponseWindow(long id, long version, Instant closesAt, Integer wordLimit) {
        FundingCall call = editable(id, version);
        Instant now = now();
        CallPermissions.canOpenResponseWindow(currentUser.caller(), call, now).orThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (closesAt == null || !closesAt.isAfter(now)) {
            problems.add(FieldProblem.of("responseClosesAt", "call.response.problem.closesAt"));
        }
        if (wordLimit == null || wordLimit < 1 || wordLimit > org.opendividend.calls.entity.ResponseWindow.MAX_WORD_LIMIT) {
            problems.add(FieldProblem.of("responseWordLimit", "call.response.problem.wordLimit",
                    org.opendividend.calls.entity.ResponseWindow.MAX_WORD_LIMIT));
        }
        InvalidInputException.unless(problems);
        var window = call.openResponseWindow(closesAt, wordLimit, now);
        fire(call, CallChange.RESPONSE_WINDOW_OPENED, "applicants answer until " + window.closesAt() + " in at most "
                + window.wordLimit() + " words");
        return loaded(call);
    }

    /** Calls the person works on: those their ministries lead or co-fund; all for the fund-admin. */
    public List<FundingCall> staffCalls() {
        Caller caller = currentUser.caller();
        List<FundingCall> found = caller.has(org.opendividend.platform.identity.Role.FUND_ADMIN)
                ? em.createQuery("select c from FundingCall c order by c.updatedAt desc", FundingCall.class).getResultList()
                : caller.ministries().isEmpty() ? List.of()
                : em.createQuery("select distinct c from FundingCall c join c.funding.shares s where key(s) in :ministries "
                        + "order by c.updatedAt desc", FundingCall.class)
                        .setParameter("ministries", caller.ministries())
                        .getResultList();
        return found.stream()
                .filter(c -> CallPermissions.canSeeAsStaff(caller, c).allowed())
                .map(this::loaded)
                .toList();
    }

    /** Published calls for everyone, narrowed by the filter, those closing first on top. */
    public List<FundingCall> publicCalls(PublicCallFilter filter) {
        Instant now = now();
        return em.createQuery("select c from FundingCall c where c.status in :public order by c.timetable.closesAt", FundingCall.class)
                .setParameter("public", CallWorkflow.publicStates())
                .getResultList().stream()
                .map(this::loaded)
                .filter(c -> matches(c, filter, now))
                .toList();
    }

    /** A published call for everyone; drafts are not found, as if they did not exist. */
    public Optional<FundingCall> publicCall(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id))
                .filter(c -> c.recordedStatus().isPublic())
                .map(this::loaded);
    }

    /** Records the openings and closings whose instants have passed, as the system. Returns how many. */
    public int recordSchedule() {
        Instant now = now();
        int recorded = 0;
        for (FundingCall call : em.createQuery("select c from FundingCall c where c.status in :moving", FundingCall.class)
                .setParameter("moving", CallWorkflow.scheduled()).getResultList()) {
            Optional<CallAction> step = call.catchUp(now);
            if (step.isPresent()) {
                events.fire(new CallChanged(org.opendividend.platform.events.Actor.SYSTEM, call.id(), step.get(),
                        "now " + call.recordedStatus() + " at its scheduled instant"));
                recorded++;
            }
        }
        return recorded;
    }

    private Map<OutputType, Set<String>> defaultLicences() {
        Map<OutputType, Set<String>> defaults = new EnumMap<>(OutputType.class);
        for (OutputType type : OutputType.values()) {
            defaults.put(type, new TreeSet<>(licences.defaultsFor(type)));
        }
        return defaults;
    }

    private static boolean matches(FundingCall c, PublicCallFilter f, Instant now) {
        CallStatus status = c.statusAt(now);
        return (f.ministry() == null || c.isFundedBy(f.ministry()))
                && (f.language() == null || c.targetLanguages().contains(f.language()))
                && (f.status() == null || status == f.status())
                && (f.closingWithinDays() == null || c.acceptsApplicationsAt(now)
                    && c.closesAt().isBefore(now.plus(Duration.ofDays(f.closingWithinDays()))));
    }

    private FundingCall find(long id) {
        FundingCall call = em.find(FundingCall.class, id);
        if (call == null) {
            throw new NoSuchObjectException("Call", id);
        }
        return call;
    }

    private FundingCall editable(long id, long version) {
        FundingCall call = find(id);
        if (call.version() != version) {
            throw new ConcurrentChangeException("Call", id);
        }
        return call;
    }

    /** Audits the answers to shares that a change of the shares made void. */
    private void fireVoidedConsents(FundingCall call, Set<String> answeredBefore) {
        Set<String> still = call.shareConsents().keySet();
        answeredBefore.stream().filter(m -> !still.contains(m)).forEach(m ->
                fire(call, CallChange.SHARE_CONSENT_VOIDED, m + "'s answer no longer holds: its share changed or was removed"));
    }

    private void fire(FundingCall call, AuditedAction action, String summary) {
        events.fire(new CallChanged(currentUser.caller().actor(), call.id(), action, summary));
    }

    /** Touches every collection, so that pages can read the call after the transaction. */
    private FundingCall loaded(FundingCall call) {
        call.shares();
        call.organisationTypes();
        call.focusAreas();
        call.targetLanguages();
        call.requiredAttachments();
        call.reviewSetup().criteria();
        call.questions();
        call.outputPolicy().allowedLicences();
        call.extensions();
        call.authorship().editorSubjects();
        call.shareConsents();
        return call;
    }
}
