package org.opendividend.awards;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.awards.AcceptedAwards.Decided;
import org.opendividend.awards.boundary.AwardFacade;
import org.opendividend.awards.boundary.AwardMeasureFacade;
import org.opendividend.awards.boundary.AwardMeasureView;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.awards.boundary.disbursement.ReportFiles;
import org.opendividend.awards.boundary.disbursement.DisbursementFacade;
import org.opendividend.awards.boundary.disbursement.DisbursementView;
import org.opendividend.awards.boundary.disbursement.PaymentRecord;
import org.opendividend.awards.boundary.ledger.Books;
import org.opendividend.awards.control.ledger.AwardMoney;
import org.opendividend.awards.control.ledger.CallMoney;
import org.opendividend.awards.control.ledger.MonthlyStatement;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures on an accepted award and the ministries' books, in Payara Micro against the migrated database (issue #12,
 * items 5 and 7): the lead's officer proposes, an approver of the lead ministry who did not propose it decides (four
 * eyes, whatever roles the proposer holds); other ministries are refused; one measure waits at a time. A suspended
 * award takes no request; a terminated one's unpaid money leaves the ledger's committed, and the books of moc show
 * the payment made before, in total, per call, per award and in the month's statement, to moc's finance users only.
 */
@ExtendWith(ArquillianExtension.class)
public class AwardMeasuresIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.awards("award-measures-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, InRequests.class,
                        ApplicationTestContent.class, OpenCalls.class, AssignmentFixtures.class, RankedCalls.class,
                        AcceptedAwards.class, Decided.class, DisbursementFixtures.class);
    }

    /** moc 600,000 and moda 400,000 TWD: the funded application gets 600,000, split 6 : 4 (moc 360,000). */
    private static final long REQUEST = 600_000;
    private static final long MOC_PART = 360_000;
    /** The first tranche, 40 % of 600,000, of which moc pays 6/10. */
    private static final long MOC_FIRST_TRANCHE = 144_000;

    private static final Caller FINANCE_MOC = CallFixtures.caller("sub-finance-moc", EnumSet.of(Role.FINANCE),
            CallFixtures.LEAD);
    private static final Caller FINANCE_NSTC = CallFixtures.caller("sub-finance-nstc", EnumSet.of(Role.FINANCE), "nstc");

    @Inject
    ReportFiles reportFiles;

    @Inject
    AcceptedAwards awardsMade;

    @Inject
    AwardFacade awards;

    @Inject
    AwardMeasureFacade measures;

    @Inject
    DisbursementFacade disbursements;

    @Inject
    DisbursementFixtures disbursementFixtures;

    @Inject
    Books books;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    private static void refused(String reason, Executable step) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, step).reasonKey());
    }

    private static String problem(Executable step) {
        return assertThrows(InvalidInputException.class, step).problems().get(0).messageKey();
    }

    private long audited(String number, String action) {
        return auditChain.latest(300).stream()
                .filter(e -> "Award".equals(e.objectType()) && number.equals(e.objectId()) && action.equals(e.action()))
                .count();
    }

    private AwardView award(long id) {
        acting.as(CallFixtures.officerOfMoc());
        return awards.offer(id);
    }

    @Test
    void aMeasureIsProposedByTheLeadsOfficerAndDecidedByAnotherApproverOfTheLead() {
        Decided call = awardsMade.rankedCall(360_000, 240_000, REQUEST);
        awardsMade.decide(call, REQUEST);
        AwardView accepted = awardsMade.accepted(call);

        Caller officerAndApprover = CallFixtures.caller("sub-both-" + UUID.randomUUID(),
                EnumSet.of(Role.OFFICER, Role.APPROVER), CallFixtures.LEAD);
        acting.as(CallFixtures.officerOfModa());
        refused("denied.award.notLeadOfficer",
                () -> measures.propose(accepted.id(), AwardAction.SUSPEND_AWARD, "reports overdue", accepted.version()));
        acting.as(officerAndApprover);
        assertEquals("award.problem.reasonRequired",
                problem(() -> measures.propose(accepted.id(), AwardAction.SUSPEND_AWARD, "  ", accepted.version())));
        assertThrows(ForbiddenTransitionException.class,
                () -> measures.propose(accepted.id(), AwardAction.RESUME_AWARD, "why", accepted.version()),
                "an accepted award is not resumed");
        AwardMeasureView suspension = measures.propose(accepted.id(), AwardAction.SUSPEND_AWARD,
                "兩期報告逾期未交", accepted.version());
        assertTrue(suspension.open());
        assertEquals(1, audited(accepted.number(), "PROPOSE_MEASURE"));
        AwardView proposedOn = award(accepted.id());
        acting.as(officerAndApprover);
        assertEquals("award.problem.measureOpen", problem(() -> measures.propose(accepted.id(),
                AwardAction.TERMINATE_AWARD, "and terminate", proposedOn.version())), "one measure waits at a time");

        refused("denied.award.ownProposal", () -> measures.confirm(suspension.id(), suspension.version()));
        assertTrue(measures.waitingForMe().stream().noneMatch(m -> m.id() == suspension.id()),
                "the proposer is not asked to decide");
        acting.as(CallFixtures.approverOfModa());
        refused("denied.award.notLeadApprover", () -> measures.confirm(suspension.id(), suspension.version()));
        acting.as(CallFixtures.approverOfMoc());
        assertTrue(measures.waitingForMe().stream().anyMatch(m -> m.id() == suspension.id()));
        AwardMeasureView confirmed = measures.confirm(suspension.id(), suspension.version());
        assertEquals(Boolean.TRUE, confirmed.confirmed());
        assertEquals(AwardStatus.SUSPENDED, award(accepted.id()).status());
        assertEquals(1, audited(accepted.number(), "SUSPEND_AWARD"));
        acting.as(call.fundedOwner());
        assertEquals(List.of("兩期報告逾期未交"), measures.confirmedOn(accepted.id()).stream()
                .map(AwardMeasureView::reason).toList(), "the grantee is told why");
        acting.as(call.reserveOwner());
        refused("denied.award.notYours", () -> measures.confirmedOn(accepted.id()));

        // suspended: the grantee requests nothing
        disbursementFixtures.dueToday(accepted.id(), 0);
        acting.as(call.fundedOwner());
        assertEquals("disbursement.problem.awardNotAccepted", problem(() -> requestWithPdf(accepted.id(), 0,
                "first months", BigDecimal.ZERO)));

        // a resumption refused with a reason changes nothing; a reason is needed
        AwardView suspended = award(accepted.id());
        acting.as(CallFixtures.officerOfMoc());
        AwardMeasureView resumption = measures.propose(accepted.id(), AwardAction.RESUME_AWARD, "reports are in",
                suspended.version());
        acting.as(officerAndApprover);
        assertEquals("award.problem.reasonRequired", problem(() -> measures.refuse(resumption.id(), " ",
                resumption.version())));
        AwardMeasureView refusedOne = measures.refuse(resumption.id(), "只交了一期", resumption.version());
        assertEquals(Boolean.FALSE, refusedOne.confirmed());
        assertEquals(AwardStatus.SUSPENDED, award(accepted.id()).status());
        assertEquals(1, audited(accepted.number(), "REFUSE_MEASURE"));
        acting.as(CallFixtures.officerOfMoc());
        assertEquals(List.of("award.measure.outcome.REFUSED", "award.measure.outcome.CONFIRMED"),
                measures.ofCall(call.callId()).stream().map(AwardMeasureView::outcomeKey).toList(), "newest first");
    }

    @Test
    void theBooksShowWhatWasPaidAndATerminatedAwardReturnsItsUnpaidMoney() {
        Decided call = awardsMade.rankedCall(360_000, 240_000, REQUEST);
        awardsMade.decide(call, REQUEST);
        AwardView accepted = awardsMade.accepted(call);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));

        // moc pays its share of the first tranche through its chain
        disbursementFixtures.dueToday(accepted.id(), 0);
        acting.as(call.fundedOwner());
        List<DisbursementView> shares = requestWithPdf(accepted.id(), 0, "the corpus is collected",
                BigDecimal.ZERO);
        DisbursementView moc = shares.stream().filter(d -> d.ministryCode().equals(CallFixtures.LEAD)).findFirst()
                .orElseThrow();
        DisbursementView moda = shares.stream().filter(d -> d.ministryCode().equals(CallFixtures.CO_FUNDER))
                .findFirst().orElseThrow();
        acting.as(CallFixtures.officerOfMoc());
        DisbursementView checked = disbursements.check(moc.id(), moc.version());
        acting.as(CallFixtures.approverOfMoc());
        DisbursementView approved = disbursements.approve(moc.id(), checked.version());
        acting.as(FINANCE_MOC);
        String reference = "MOC-" + UUID.randomUUID().toString().substring(0, 8);
        PaymentRecord paid = disbursements.pay(approved.id(), reference, today, UUID.randomUUID().toString());
        assertEquals(MOC_FIRST_TRANCHE, paid.amount());

        Books.Read read = books.ledger(CallFixtures.LEAD);
        assertEquals(new AwardMoney(accepted.id(), accepted.number(), call.callId(), CallFixtures.LEAD, MOC_PART,
                MOC_FIRST_TRANCHE), awardOf(read, accepted.number()));
        assertEquals(new CallMoney(call.callId(), CallFixtures.LEAD, 360_000, MOC_PART, MOC_FIRST_TRANCHE),
                callOf(read, call.callId()));
        assertTrue(read.ledger().consistent());
        assertEquals(read.ledger().calls().stream().mapToLong(CallMoney::paid).sum(),
                read.ledger().ministries().get(0).paid(), "the total is the calls' sum");

        MonthlyStatement statement = books.statement(CallFixtures.LEAD, YearMonth.from(today));
        assertTrue(statement.payments().stream().anyMatch(p -> p.reference().equals(reference)
                && p.amount() == MOC_FIRST_TRANCHE && p.awardNumber().equals(accepted.number()) && p.tranche() == 1));
        MonthlyStatement.CallLine line = statement.calls().stream().filter(c -> c.callId() == call.callId())
                .findFirst().orElseThrow();
        assertEquals(List.of(MOC_FIRST_TRANCHE, MOC_FIRST_TRANCHE, 360_000L - MOC_PART),
                List.of(line.paidInMonth(), line.paidToMonthEnd(), line.remaining()));
        MonthlyStatement before = books.statement(CallFixtures.LEAD, YearMonth.from(today).minusMonths(1));
        assertTrue(before.payments().stream().noneMatch(p -> p.reference().equals(reference)), "not in last month's");

        // only moc's finance users read moc's books
        for (Caller other : List.of(FINANCE_NSTC, CallFixtures.approverOfMoc(), CallFixtures.officerOfMoc())) {
            acting.as(other);
            refused("denied.ledger.notFinance", () -> books.ledger(CallFixtures.LEAD));
            refused("denied.ledger.notFinance", () -> books.statement(CallFixtures.LEAD, YearMonth.from(today)));
        }

        // terminated with four eyes: what it had not paid is no longer committed, what it paid stays paid
        AwardView current = award(accepted.id());
        AwardMeasureView termination = measures.propose(accepted.id(), AwardAction.TERMINATE_AWARD,
                "the organisation was dissolved", current.version());
        acting.as(CallFixtures.approverOfMoc());
        measures.confirm(termination.id(), termination.version());
        assertEquals(AwardStatus.TERMINATED, award(accepted.id()).status());
        acting.as(FINANCE_MOC);
        Books.Read after = books.ledger(CallFixtures.LEAD);
        AwardMoney terminated = awardOf(after, accepted.number());
        assertEquals(List.of(MOC_FIRST_TRANCHE, MOC_FIRST_TRANCHE, 0L),
                List.of(terminated.committed(), terminated.paid(), terminated.unpaid()));
        assertEquals(360_000 - MOC_FIRST_TRANCHE, callOf(after, call.callId()).remaining(),
                "the unpaid money returned to moc's share of the call");
        assertEquals(1, audited(accepted.number(), "TERMINATE_AWARD"));
        acting.as(CallFixtures.officerOfModa());
        assertEquals("disbursement.problem.awardNotAccepted", problem(() -> disbursements.check(moda.id(),
                moda.version())), "moda's share of the first tranche is no longer paid");
        assertEquals(List.of(FieldProblem.of(null, "disbursement.problem.awardNotAccepted")),
                requestProblems(call, accepted.id()));
    }

    private List<FieldProblem> requestProblems(Decided call, long awardId) {
        disbursementFixtures.dueToday(awardId, 1);
        acting.as(call.fundedOwner());
        return assertThrows(InvalidInputException.class,
                () -> requestWithPdf(awardId, 1, "more", BigDecimal.ZERO)).problems();
    }

    private static AwardMoney awardOf(Books.Read read, String number) {
        return read.ledger().awards().stream().filter(a -> a.awardNumber().equals(number)).findFirst().orElseThrow();
    }

    private static CallMoney callOf(Books.Read read, long callId) {
        return read.ledger().calls().stream().filter(c -> c.callId() == callId).findFirst().orElseThrow();
    }

    /** The grantee's report PDF, stored as the award page stores it, then the request that names it. */
    private List<DisbursementView> requestWithPdf(long awardId, int position, String progress, BigDecimal spent) {
        return disbursements.request(awardId, position, progress, spent, reportFiles.upload(awardId, "report.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }
}
