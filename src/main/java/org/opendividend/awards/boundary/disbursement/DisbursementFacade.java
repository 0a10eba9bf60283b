package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.opendividend.awards.control.disbursement.RequestGate;
import org.opendividend.awards.control.disbursement.TrancheSplit;
import org.opendividend.awards.boundary.StepNotices;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardPart;
import org.opendividend.awards.entity.AwardWorkflow;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.awards.entity.disbursement.DisbursementStep;
import org.opendividend.awards.entity.disbursement.DisbursementStepTaken;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.awards.entity.disbursement.Payment;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.outputs.boundary.OutputsFacade;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The disbursement chain (issue #12): the grantee requests a due tranche with its report, which creates (or, after a
 * return, requests again) each paying ministry's share; an officer of that ministry checks it, an approver (two above
 * the second-approval amount) approves it, a finance user records the payment; the officer or an approver may return
 * it with a reason. Each step is refused to anyone {@link DisbursementPermissions} refuses (the same person twice in
 * a chain included), names the version the person saw, and is audited through {@link DisbursementStepTaken}. A payment
 * is inserted under the schema's unique constraints: the same idempotency key again, also at the same moment, returns
 * the payment recorded; another payment of a paid share is refused.
 */
@ApplicationScoped
@Transactional
public class DisbursementFacade {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final int PAY_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    StepNotices notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    DisbursementSettings settings;

    @Inject
    PaymentDesk desk;

    @Inject
    DisbursementViews shown;

    @Inject
    ReportFiles reportFiles;

    /** This facade through its proxy: the role a payment needs is read in a transaction of its own. */
    @Inject
    DisbursementFacade self;

    /** Which obligations are verified is the outputs component's to say. */
    @Inject
    OutputsFacade outputs;

    /** An award's tranches with their shares, for its organisation's members and the paying ministries' staff. */
    public List<TrancheView> tranches(long awardId) {
        Award award = award(awardId);
        OrganisationView organisation = organisations.organisation(award.organisationId());
        Caller caller = currentUser.caller();
        DisbursementPermissions.canRead(caller, organisation, paying(award)).orThrow();
        List<Disbursement> shares = sharesOf(awardId);
        Map<Integer, List<DisbursementStatus>> statuses = statuses(shares);
        boolean grantee = DisbursementPermissions.canRequest(caller, organisation).allowed();
        List<DisbursementView> views = shown.of(shares, Map.of(awardId, award), organisation);
        List<TrancheView> tranches = new ArrayList<>();
        for (int i = 0; i < award.tranches().size(); i++) {
            int position = i;
            List<FieldProblem> blockers = RequestGate.mayRequest(gate(award), i, today(), statuses);
            tranches.add(new TrancheView(i, award.tranches().get(i),
                    views.stream().filter(v -> v.tranchePosition() == position).toList(),
                    grantee && blockers.isEmpty(), blockers));
        }
        return tranches;
    }

    /**
     * The grantee requests tranche {@code position} (from 0) with its report and its PDF (stored by
     * {@link ReportFiles#upload}; {@code null} on a request again keeps the PDF the returned shares have): each paying
     * ministry's share is created, or requested again where it was returned. Refused with every problem (not due, the
     * earlier report not accepted, an obligation not verified for the retained tranche, an amount with decimals,
     * negative or above the award, no PDF).
     */
    public List<DisbursementView> request(long awardId, int position, String progress, BigDecimal spentSoFar,
                                          ReportFile pdf) {
        Award award = award(awardId);
        OrganisationView organisation = organisations.organisation(award.organisationId());
        Caller caller = currentUser.caller();
        DisbursementPermissions.canRequest(caller, organisation).orThrow();
        List<Disbursement> shares = sharesOf(awardId);
        List<FieldProblem> problems = new ArrayList<>(RequestGate.report(progress, spentSoFar, award.amount(),
                Disbursement.REPORT_MAX));
        problems.addAll(RequestGate.mayRequest(gate(award), position, today(), statuses(shares)));
        List<Disbursement> returned = shares.stream()
                .filter(d -> d.tranchePosition() == position && d.waitsFor() == Who.GRANTEE).toList();
        if (pdf == null && (returned.isEmpty() || returned.stream().anyMatch(d -> d.reportFile().isEmpty()))) {
            problems.add(FieldProblem.of("file", "disbursement.problem.pdfRequired"));
        } else if (pdf != null && !reportFiles.keep(pdf)) {
            problems.add(FieldProblem.of("file", "disbursement.problem.pdfGone"));
        }
        InvalidInputException.unless(problems);

        Disbursement.Report report = new Disbursement.Report(progress, spentSoFar.longValueExact(), pdf);
        Set<String> replaced = returned.stream().flatMap(d -> d.reportFile().stream()).map(ReportFile::sha256)
                .filter(sha -> pdf != null && !sha.equals(pdf.sha256())).collect(Collectors.toSet());
        Map<String, Disbursement> existing = shares.stream().filter(d -> d.tranchePosition() == position)
                .collect(Collectors.toMap(Disbursement::ministryCode, Function.identity()));
        Map<DisbursementStatus, Long> byStatus = new HashMap<>();
        shares.forEach(d -> byStatus.merge(d.status(), d.amount(), Long::sum));
        long remaining = RequestGate.remaining(award.amount(), byStatus);
        List<Disbursement> requested = new ArrayList<>();
        for (Map.Entry<String, Long> share : TrancheSplit.of(award.tranches().get(position).amount(), award.parts())
                .entrySet()) {
            Disbursement d = existing.get(share.getKey());
            if (d == null && share.getValue() > 0) {
                d = Disbursement.request(awardId, position, share.getKey(), share.getValue(), report,
                        caller.subject(), clock.instant());
                em.persist(d);
                requested.add(d);
            } else if (d != null && d.waitsFor() == Who.GRANTEE) {
                d.requestAgain(report, caller.subject(), clock.instant());
                requested.add(d);
            }
        }
        long asked = requested.stream().mapToLong(Disbursement::amount).sum();
        if (asked > remaining) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "disbursement.problem.aboveRemaining",
                    asked, remaining)));
        }
        try {
            // written now: a request at the same moment (a double submit) fails here on the unique constraint
            em.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentChangeException("Disbursement", award.number() + "/" + (position + 1));
        }
        replaced.forEach(reportFiles::released);
        requested.forEach(d -> fire(d, award, DisbursementAction.REQUEST_TRANCHE, d.amount() + " TWD"
                + d.reportFile().map(f -> ", PDF " + f.fileName() + " (SHA-256 " + f.sha256() + ")").orElse("")));
        return shown.of(requested, Map.of(awardId, award), organisation);
    }

    /** An officer of the paying ministry accepts the share's report. */
    public DisbursementView check(long disbursementId, long expectedVersion) {
        Disbursement d = staffStep(disbursementId, Who.OFFICER, expectedVersion);
        requirePaying(award(d.awardId()));
        d.check(currentUser.caller().subject(), clock.instant());
        return stepped(d, last(d), "");
    }

    /** An approver of the paying ministry approves (the first of two above the second-approval amount). */
    public DisbursementView approve(long disbursementId, long expectedVersion) {
        Disbursement d = staffStep(disbursementId, Who.APPROVER, expectedVersion);
        requirePaying(award(d.awardId()));
        d.approve(currentUser.caller().subject(), settings.secondApprovalAbove(), clock.instant());
        return stepped(d, last(d), "");
    }

    /** The officer (before the check) or an approver (after it) returns the share to the grantee, saying why. */
    public DisbursementView returnToGrantee(long disbursementId, String reason, long expectedVersion) {
        Disbursement found = find(disbursementId);
        Who who = found.waitsFor() == Who.APPROVER ? Who.APPROVER : Who.OFFICER;
        Disbursement d = staffStep(disbursementId, who, expectedVersion);
        if (reason == null || reason.isBlank() || reason.strip().length() > Disbursement.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason",
                    "disbursement.problem.reasonRequired", Disbursement.REASON_MAX)));
        }
        d.returnToGrantee(currentUser.caller().subject(), who, reason, clock.instant());
        return stepped(d, DisbursementAction.RETURN_TRANCHE, d.returnReason());
    }

    /**
     * A finance user of the paying ministry records the payment of an approved share, with a unique reference and the
     * value date, under an idempotency key (one per form shown): inserted, never looked for first. The same key again,
     * also at the same moment, returns the payment recorded; another payment of a paid share, or a reference used
     * already, is refused with a translated message.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PaymentRecord pay(long disbursementId, String reference, LocalDate valueDate, String idempotencyKey) {
        return payment(disbursementId, reference, valueDate, idempotencyKey).payment();
    }

    /**
     * A payment as {@link #pay} records it, saying whether this request made it ({@code made}) or found it made by an
     * earlier request with the same key: the API answers 201 or 200.
     */
    public record Paid(PaymentRecord payment, boolean made) {
    }

    /** {@link #pay}, telling a payment made now from one an earlier request with the same key made. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Paid payment(long disbursementId, String reference, LocalDate valueDate, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        String ref = reference == null ? "" : reference.strip();
        if (!REFERENCE.matcher(ref).matches()) {
            problems.add(FieldProblem.of("reference", "disbursement.problem.reference", Payment.REFERENCE_MAX));
        }
        if (valueDate == null) {
            problems.add(FieldProblem.of("valueDate", "disbursement.problem.valueDateRequired"));
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > Payment.REFERENCE_MAX) {
            problems.add(FieldProblem.of(null, "disbursement.problem.idempotencyKey"));
        }
        InvalidInputException.unless(problems);
        self.mayPay(disbursementId);
        RuntimeException last = null;
        for (int attempt = 0; attempt < PAY_ATTEMPTS; attempt++) {
            try {
                return new Paid(desk.record(disbursementId, ref, valueDate, idempotencyKey), true);
            } catch (InvalidInputException refused) {
                // refused as things stand now (e.g. the award suspended since): a request sent again is still
                // answered with the payment it made
                Optional<PaymentRecord> made = desk.explain(disbursementId, ref, idempotencyKey);
                if (made.isPresent()) {
                    return new Paid(made.get(), false);
                }
                throw refused;
            } catch (RuntimeException e) {
                last = e;
                // whatever refused the insert (the constraint, the version, a lock at the same moment, the table for
                // a paid share, the payer's own earlier step when they send it again), what is stored now says what
                // happened: the payment of this request, or why another payment is refused
                Optional<PaymentRecord> explained = desk.explain(disbursementId, ref, idempotencyKey);
                if (explained.isPresent()) {
                    return new Paid(explained.get(), false);
                }
                if (e instanceof AccessDeniedException refused) {
                    throw refused;
                }
            }
        }
        throw ConcurrentChangeException.isCause(last) ? last
                : new ConcurrentChangeException("Disbursement", disbursementId);
    }

    /** The role and ministry a payment needs (the chain's rule is checked as it is written). */
    public void mayPay(long disbursementId) {
        Disbursement d = find(disbursementId);
        DisbursementPermissions.staffOfMinistry(currentUser.caller(), Who.FINANCE, d.ministryCode()).orThrow();
    }

    /**
     * A share is checked, approved and paid only while its award pays (accepted: not suspended, not terminated, as the
     * awards' table says); returning it to the grantee stays possible.
     */
    static void requirePaying(Award award) {
        if (!AwardWorkflow.state(award.status()).binding()) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "disbursement.problem.awardNotAccepted")));
        }
    }

    private Disbursement staffStep(long disbursementId, Who who, long expectedVersion) {
        Disbursement d = find(disbursementId);
        Award award = award(d.awardId());
        OrganisationView organisation = organisations.organisation(award.organisationId());
        DisbursementPermissions.canStep(currentUser.caller(), who, d, organisation)
                .orThrow();
        if (d.version() != expectedVersion) {
            throw new ConcurrentChangeException("Disbursement", disbursementId);
        }
        return d;
    }

    private DisbursementView stepped(Disbursement d, DisbursementAction action, String detail) {
        Award award = award(d.awardId());
        fire(d, award, action, detail);
        // written now, so that a concurrent change fails here and the view carries the new version
        em.flush();
        OrganisationView organisation = organisations.organisation(award.organisationId());
        return shown.of(List.of(d), Map.of(award.id(), award), organisation).get(0);
    }

    private void fire(Disbursement d, Award award, DisbursementAction action, String detail) {
        Caller caller = currentUser.caller();
        events.fire(new DisbursementStepTaken(caller.actor(), award.id(), award.number(), d.tranchePosition(),
                d.ministryCode(), d.id(), action, detail, notices.of(award, d, action, caller)));
    }

    private static DisbursementAction last(Disbursement d) {
        List<DisbursementStep> steps = d.steps();
        return steps.get(steps.size() - 1).action();
    }

    private RequestGate.Award gate(Award award) {
        return new RequestGate.Award(award.amount(), AwardWorkflow.state(award.status()).binding(), award.tranches(),
                award.obligations(), outputs.verifiedPositions(award.id()));
    }

    private static Map<Integer, List<DisbursementStatus>> statuses(List<Disbursement> shares) {
        Map<Integer, List<DisbursementStatus>> statuses = new LinkedHashMap<>();
        shares.forEach(d -> statuses.computeIfAbsent(d.tranchePosition(), p -> new ArrayList<>()).add(d.status()));
        return statuses;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.TAIPEI));
    }

    /** The ministries that pay a part of the award. */
    static Collection<String> paying(Award award) {
        return award.parts().stream().filter(p -> p.amount() > 0).map(AwardPart::ministryCode).toList();
    }

    private List<Disbursement> sharesOf(long awardId) {
        return em.createQuery("select d from Disbursement d where d.awardId = :award order by d.tranchePosition, d.id",
                Disbursement.class).setParameter("award", awardId).getResultList();
    }

    private Award award(long awardId) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new NoSuchObjectException("Award", awardId);
        }
        return award;
    }

    private Disbursement find(long disbursementId) {
        Disbursement d = em.find(Disbursement.class, disbursementId);
        if (d == null) {
            throw new NoSuchObjectException("Disbursement", disbursementId);
        }
        return d;
    }
}
