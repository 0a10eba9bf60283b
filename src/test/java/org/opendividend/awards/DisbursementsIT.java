package org.opendividend.awards;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.arquillian.AtOnce;
import org.opendividend.arquillian.AtOnce.Outcome;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.awards.boundary.AwardFacade;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.awards.boundary.disbursement.DisbursementFacade;
import org.opendividend.awards.boundary.disbursement.DisbursementQueues;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.awards.boundary.disbursement.DisbursementView;
import org.opendividend.awards.boundary.disbursement.PaymentRecord;
import org.opendividend.awards.boundary.disbursement.Payments;
import org.opendividend.awards.boundary.disbursement.TrancheView;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disbursement chain in Payara Micro against the migrated database (issue #12): an accepted award of 6,000,000 TWD
 * (moc 3,600,000 and moda 2,400,000) whose first tranche (2,400,000) falls due; the grantee requests it, each
 * ministry's share goes its own way (moc's 1,440,000 above the second-approval amount of 1,000,000 needs two approvers,
 * moda's 960,000 one) through different people; the same person twice, another ministry, the wrong role, a tranche
 * before it is due and bad amounts are refused with their reasons; 50 payments at once pay once. The report's PDF:
 * {@link DisbursementReportsIT}.
 */
@ExtendWith(ArquillianExtension.class)
public class DisbursementsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.awards("disbursements-it.war")
                .addClasses(AtOnce.class, Outcome.class, CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, InRequests.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class,
                        DisbursementFixtures.class, AcceptedAwards.class, AcceptedAwards.Decided.class);
    }

    private static final long LEAD_SHARE = 6_000_000;
    private static final long CO_FUNDER_SHARE = 4_000_000;
    private static final long REQUEST = 6_000_000;
    private static final Caller FINANCE_MOC = CallFixtures.caller("sub-finance-moc", EnumSet.of(Role.FINANCE), "moc");
    private static final Caller FINANCE_MODA = CallFixtures.caller("sub-finance-moda", EnumSet.of(Role.FINANCE), "moda");
    private static final Caller FINANCE_NSTC = CallFixtures.caller("sub-finance-nstc", EnumSet.of(Role.FINANCE), "nstc");
    private static final Caller SECOND_APPROVER_MOC = CallFixtures.caller("sub-approver-moc-2",
            EnumSet.of(Role.APPROVER), "moc");
    /** One person who is officer, approver and finance of moc: still one step per chain. */
    private static final Caller ALL_ROLES_MOC = CallFixtures.caller("sub-all-roles-moc",
            EnumSet.of(Role.OFFICER, Role.APPROVER, Role.FINANCE), "moc");

    @Inject
    DisbursementFacade disbursements;

    @Inject
    DisbursementQueues queues;

    @Inject
    Payments payments;

    @Inject
    AwardFacade awards;

    @Inject
    DisbursementFixtures disbursementFixtures;

    @Inject
    AcceptedAwards awardsMade;

    @Inject
    AuditChain auditChain;

    @Inject
    AssignmentFixtures stored;

    @Inject
    PersonFacade people;

    @Inject
    ActingAs acting;

    @Inject
    InRequests inRequests;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private record Accepted(AwardView award, Caller grantee) {
    }

    /** An application funded with 6,000,000 TWD (split 6 : 4), offered and accepted by its owner. */
    private Accepted accepted() {
        AcceptedAwards.Decided call = awardsMade.rankedCall(LEAD_SHARE, CO_FUNDER_SHARE, REQUEST);
        awardsMade.decide(call, REQUEST);
        return new Accepted(awardsMade.accepted(call), call.fundedOwner());
    }

    /** The award's first tranche due and requested by its grantee: moc's and moda's shares. */
    private List<DisbursementView> requestedFirstTranche(Accepted accepted) {
        disbursementFixtures.dueToday(accepted.award().id(), 0);
        acting.as(accepted.grantee());
        return requestWithPdf(accepted.award().id(), 0, "語料蒐集完成三成。", new BigDecimal("100000"));
    }

    /** The grantee's report PDF, stored as the page stores it, then the request that names it. */
    private List<DisbursementView> requestWithPdf(long awardId, int position, String progress, BigDecimal spent) {
        return disbursements.request(awardId, position, progress, spent, pdf(awardId, "進度報告.pdf", "first report"));
    }

    private ReportFile pdf(long awardId, String name, String text) {
        return disbursementFixtures.pdf(awardId, name, text);
    }

    private static DisbursementView share(List<DisbursementView> shares, String ministry) {
        return shares.stream().filter(s -> s.ministryCode().equals(ministry)).findFirst().orElseThrow();
    }

    private static void refused(String reason, Executable step) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, step).reasonKey());
    }

    private static List<String> problems(Executable step) {
        return assertThrows(InvalidInputException.class, step).problems().stream().map(FieldProblem::messageKey)
                .toList();
    }

    private long audited(String number, String action) {
        return auditChain.latest(500).stream().filter(e -> "Disbursement".equals(e.objectType())
                && e.objectId().startsWith(number + "/") && action.equals(e.action())).count();
    }

    @Test
    void theChainEndToEndEachStepByADifferentPersonOfThePayingMinistry() {
        Accepted accepted = accepted();
        long awardId = accepted.award().id();
        String number = accepted.award().number();

        acting.as(accepted.grantee());
        assertEquals(List.of("disbursement.problem.notDue"),
                problems(() -> requestWithPdf(awardId, 0, "early", BigDecimal.ZERO)), "before it is due");
        disbursementFixtures.dueToday(awardId, 0);
        assertTrue(disbursements.tranches(awardId).get(0).requestable());
        assertEquals(List.of("disbursement.problem.wholeTwd"),
                problems(() -> requestWithPdf(awardId, 0, "ok", new BigDecimal("12.5"))));
        assertEquals(List.of("disbursement.problem.negative"),
                problems(() -> requestWithPdf(awardId, 0, "ok", new BigDecimal("-1"))));
        assertEquals(List.of("disbursement.problem.aboveAward"),
                problems(() -> requestWithPdf(awardId, 0, "ok", new BigDecimal("6000001"))));
        assertEquals(List.of("disbursement.problem.progressRequired"),
                problems(() -> requestWithPdf(awardId, 0, " ", BigDecimal.ZERO)));
        acting.as(CallFixtures.officerOfMoc());
        refused("denied.disbursement.notGrantee", () -> requestWithPdf(awardId, 0, "x", BigDecimal.ZERO));

        // moc's officer and finance user have logged in before, moc's officer last in English
        people.recordLogin(CallFixtures.officerOfMoc(), java.util.Locale.ENGLISH);
        people.recordLogin(FINANCE_MOC);
        List<DisbursementView> shares = requestedFirstTranche(accepted);
        List<String> requestMails = stored.mailsAbout("Disbursement " + number + "/1/moc REQUEST_TRANCHE");
        assertTrue(requestMails.contains(CallFixtures.officerOfMoc().subject() + ": Tranche 1 of award " + number
                + " requested"), "moc's officer, in English: " + requestMails);
        assertTrue(requestMails.stream().noneMatch(m -> m.startsWith(FINANCE_MOC.subject() + ":")),
                "not yet finance's turn: " + requestMails);
        assertEquals(List.of("moc=1440000", "moda=960000"),
                shares.stream().map(s -> s.ministryCode() + "=" + s.amount()).toList(), "2,400,000 split 6 : 4");
        assertEquals(List.of("disbursement.problem.alreadyRequested"),
                problems(() -> requestWithPdf(awardId, 0, "again", BigDecimal.ZERO)), "a double submit");
        assertEquals(2, audited(number, "REQUEST_TRANCHE"));
        DisbursementView moc = share(shares, "moc");
        DisbursementView moda = share(shares, "moda");

        // moc's share: another ministry's officer, the grantee and an approver may not check it
        acting.as(CallFixtures.officerOfModa());
        refused("denied.disbursement.notOfficerOfMinistry", () -> disbursements.check(moc.id(), moc.version()));
        acting.as(CallFixtures.approverOfMoc());
        refused("denied.disbursement.notOfficerOfMinistry", () -> disbursements.check(moc.id(), moc.version()));
        acting.as(ALL_ROLES_MOC);
        assertEquals(List.of(moc.id()), queues.waiting(Who.OFFICER).stream()
                .filter(v -> v.awardId() == awardId).map(DisbursementView::id).toList(), "in the officer's queue");
        assertThrows(ConcurrentChangeException.class, () -> disbursements.check(moc.id(), moc.version() + 1));
        DisbursementView checked = disbursements.check(moc.id(), moc.version());
        assertEquals(DisbursementStatus.CHECKED, checked.status());
        // the same person, who is also an approver and a finance user of moc, takes no second step
        refused("denied.disbursement.alreadyActed", () -> disbursements.approve(moc.id(), checked.version()));
        acting.as(CallFixtures.approverOfModa());
        refused("denied.disbursement.notApproverOfMinistry", () -> disbursements.approve(moc.id(), checked.version()));
        acting.as(CallFixtures.approverOfMoc());
        DisbursementView once = disbursements.approve(moc.id(), checked.version());
        assertEquals(DisbursementStatus.APPROVED_ONCE, once.status(), "1,440,000 is above 1,000,000: two approvers");
        refused("denied.disbursement.alreadyActed", () -> disbursements.approve(moc.id(), once.version()));
        acting.as(FINANCE_MOC);
        assertThrows(ForbiddenTransitionException.class, () -> disbursements.pay(moc.id(), "MOC-1", LocalDate.now(), key()),
                "not approved twice yet");
        acting.as(SECOND_APPROVER_MOC);
        DisbursementView approved = disbursements.approve(moc.id(), once.version());
        assertEquals(DisbursementStatus.APPROVED, approved.status());

        acting.as(FINANCE_NSTC);
        refused("denied.disbursement.notFinanceOfMinistry",
                () -> disbursements.pay(moc.id(), "MOC-1-" + number, LocalDate.now(), key()));
        acting.as(ALL_ROLES_MOC);
        refused("denied.disbursement.alreadyActed",
                () -> disbursements.pay(moc.id(), "MOC-1-" + number, LocalDate.now(), key()));
        acting.as(FINANCE_MOC);
        assertEquals(List.of("disbursement.problem.reference"),
                problems(() -> disbursements.pay(moc.id(), "bad reference!", LocalDate.now(), key())));
        PaymentRecord paid = disbursements.pay(moc.id(), "MOC-1-" + number, LocalDate.of(2027, 7, 15), key());
        assertEquals(1_440_000, paid.amount());
        assertEquals(List.of("disbursement.problem.alreadyPaid"), problems(() -> disbursements.pay(moc.id(),
                "MOC-2-" + number, LocalDate.now(), key())), "a different reference for a paid share");
        assertEquals(1, disbursementFixtures.paymentRows(moc.id()));
        List<PaymentRecord> ofAward = payments.ofAward(awardId);
        assertEquals(1, ofAward.size());
        PaymentRecord record = ofAward.get(0);
        assertEquals(List.of(awardId, number, accepted.award().callId(), 0, "moc", 1_440_000L, "MOC-1-" + number,
                LocalDate.of(2027, 7, 15), FINANCE_MOC.subject()), List.of(record.awardId(), record.awardNumber(),
                record.callId(), record.tranchePosition(), record.ministryCode(), record.amount(),
                record.paymentReference(), record.valueDate(), record.paidBy()));
        assertEquals(1, audited(number, "CHECK_TRANCHE"));
        assertEquals(1, audited(number, "APPROVE_TRANCHE_FIRST"));
        assertEquals(1, audited(number, "APPROVE_TRANCHE"));
        assertEquals(1, audited(number, "RECORD_PAYMENT"));
        assertTrue(stored.mailsAbout("Disbursement " + number + "/1/moc APPROVE_TRANCHE").contains(FINANCE_MOC.subject()
                + ": 補助 " + number + " 第 1 期撥款已核定，待付款"), "moc's finance user hears it is their turn");
        List<String> paidMails = stored.mailSubjects("Disbursement " + number + "/1/moc RECORD_PAYMENT");
        assertEquals(List.of("補助 " + number + " 第 1 期已撥款"), paidMails, "the grantee's one member");

        // moda's share: returned with a reason the grantee reads, requested again, a new chain with one approver
        acting.as(CallFixtures.officerOfModa());
        assertEquals(List.of("disbursement.problem.reasonRequired"),
                problems(() -> disbursements.returnToGrantee(moda.id(), " ", moda.version())));
        DisbursementView returned = disbursements.returnToGrantee(moda.id(), "請補上支出明細。", moda.version());
        assertEquals(DisbursementStatus.RETURNED, returned.status());
        assertEquals(1, stored.mailSubjects("Disbursement " + number + "/1/moda RETURN_TRANCHE").size(),
                "the grantee hears of the return");
        acting.as(accepted.grantee());
        TrancheView first = disbursements.tranches(awardId).get(0);
        assertEquals("請補上支出明細。", share(first.shares(), "moda").returnReason());
        assertTrue(first.requestable(), "a returned share is requested again");
        List<DisbursementView> again = disbursements.request(awardId, 0, "明細已補上。", new BigDecimal("120000"), null);
        assertEquals(List.of("moda"), again.stream().map(DisbursementView::ministryCode).toList());
        assertEquals(moda.reportPdf(), again.get(0).reportPdf(), "requested again without a new PDF: the one sent");
        assertNull(again.get(0).returnReason());
        acting.as(CallFixtures.officerOfModa());
        DisbursementView modaChecked = disbursements.check(moda.id(), again.get(0).version());
        acting.as(CallFixtures.approverOfModa());
        DisbursementView modaApproved = disbursements.approve(moda.id(), modaChecked.version());
        assertEquals(DisbursementStatus.APPROVED, modaApproved.status(), "960,000: one approver");
        acting.as(FINANCE_MODA);
        disbursements.pay(moda.id(), "MODA-1-" + number, LocalDate.of(2027, 7, 16), key());
        acting.as(accepted.grantee());
        List<TrancheView> tranches = disbursements.tranches(awardId);
        assertTrue(tranches.get(0).shares().stream().allMatch(s -> s.status() == DisbursementStatus.PAID));
        assertEquals("MOC-1-" + number, share(tranches.get(0).shares(), "moc").paymentReference());

        // the next tranche is not due yet; the retained one waits for the obligation, named
        assertEquals(List.of("disbursement.problem.notDue"),
                problems(() -> requestWithPdf(awardId, 1, "next", BigDecimal.ZERO)));
        int retained = tranches.size() - 1;
        disbursementFixtures.dueToday(awardId, retained);
        InvalidInputException blocked = assertThrows(InvalidInputException.class,
                () -> requestWithPdf(awardId, retained, "final", BigDecimal.ZERO));
        FieldProblem obligation = blocked.problems().stream()
                .filter(p -> p.messageKey().equals("disbursement.problem.obligationNotVerified")).findFirst()
                .orElseThrow();
        assertEquals(List.of(accepted.award().obligations().get(0).title()), obligation.arguments());
        assertFalse(tranches.get(retained).requestable());
    }

    @Test
    void anotherOrganisationAndAnotherMinistryReadNothing() {
        Accepted accepted = accepted();
        acting.as(CallFixtures.caller("stranger-" + UUID.randomUUID(), Set.of(Role.APPLICANT)));
        refused("denied.disbursement.notYours", () -> disbursements.tranches(accepted.award().id()));
        refused("denied.disbursement.notGrantee",
                () -> requestWithPdf(accepted.award().id(), 0, "x", BigDecimal.ZERO));
        acting.as(FINANCE_NSTC);
        refused("denied.disbursement.notYours", () -> disbursements.tranches(accepted.award().id()));
        assertTrue(queues.waiting(Who.FINANCE).stream().noneMatch(v -> v.awardId() == accepted.award().id()));
    }

    /** 50 payments at once with one idempotency key pay once and all answer that payment; 50 with different keys pay once. */
    @Test
    void fiftyPaymentsAtOncePayOnce() throws Exception {
        Accepted accepted = accepted();
        List<DisbursementView> shares = requestedFirstTranche(accepted);
        DisbursementView moda = share(shares, "moda");
        acting.as(CallFixtures.officerOfModa());
        DisbursementView checked = disbursements.check(moda.id(), moda.version());
        acting.as(CallFixtures.approverOfModa());
        disbursements.approve(moda.id(), checked.version());

        String key = key();
        List<Callable<PaymentRecord>> sameKey = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sameKey.add(inRequests.as(FINANCE_MODA, () -> disbursements.pay(moda.id(), "MODA-X-" + moda.id(),
                    LocalDate.of(2027, 7, 20), key)));
        }
        List<Outcome<PaymentRecord>> outcomes = atOnce(sameKey);
        assertTrue(outcomes.stream().allMatch(o -> o.failure() == null), () -> AtOnce.traces(outcomes));
        assertEquals(Set.of("MODA-X-" + moda.id()),
                Set.copyOf(outcomes.stream().map(o -> o.value().paymentReference()).toList()));
        assertEquals(1, disbursementFixtures.paymentRows(moda.id()), "one payment row");
        assertEquals(1, audited(accepted.award().number(), "RECORD_PAYMENT"));

        DisbursementView moc = share(shares, "moc");
        acting.as(CallFixtures.officerOfMoc());
        DisbursementView mocChecked = disbursements.check(moc.id(), moc.version());
        acting.as(CallFixtures.approverOfMoc());
        DisbursementView mocOnce = disbursements.approve(moc.id(), mocChecked.version());
        acting.as(SECOND_APPROVER_MOC);
        disbursements.approve(moc.id(), mocOnce.version());
        List<Callable<PaymentRecord>> differentKeys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reference = "MOC-X-" + moc.id() + "-" + i;
            differentKeys.add(inRequests.as(FINANCE_MOC, () -> disbursements.pay(moc.id(), reference,
                    LocalDate.of(2027, 7, 20), key())));
        }
        List<Outcome<PaymentRecord>> different = atOnce(differentKeys);
        assertEquals(1, different.stream().filter(o -> o.failure() == null).count(), () -> AtOnce.traces(different));
        different.stream().filter(o -> o.failure() != null).forEach(o -> assertTrue(
                alreadyPaid(o.failure()) || ConcurrentChangeException.isCause(o.failure()),
                () -> "refused as paid already or as a concurrent change: " + o.failure()));
        assertEquals(1, disbursementFixtures.paymentRows(moc.id()), "one payment row");
        assertEquals(2, payments.ofAward(accepted.award().id()).size());
    }

    private static boolean alreadyPaid(Throwable thrown) {
        return thrown instanceof InvalidInputException invalid && invalid.problems().stream()
                .anyMatch(p -> p.messageKey().equals("disbursement.problem.alreadyPaid"));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private <T> List<Outcome<T>> atOnce(List<Callable<T>> works) throws InterruptedException {
        return AtOnce.run(executor, works, 3);
    }
}
