package org.opendividend.awards.boundary.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.awards.boundary.disbursement.PaymentRecord;
import org.opendividend.awards.boundary.disbursement.Payments;
import org.opendividend.awards.control.ledger.AwardMoney;
import org.opendividend.awards.control.ledger.CallMoney;
import org.opendividend.awards.control.ledger.Ledger;
import org.opendividend.awards.control.ledger.MonthlyStatement;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.awards.entity.AwardWorkflow;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallShares;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.identity.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A ministry's books, for its finance users ({@link LedgerPermissions}): the calls it funds with its share of each
 * budget, the awards that commit it (accepted or suspended) with its part of each (of a terminated one, only what it
 * paid: the rest returned to the budget), and what it paid of them, rolled up by
 * {@link Ledger}; and its statement of a month. Everything is read from the calls, awards and payments at the moment
 * of asking, so the books cannot drift from them.
 */
@ApplicationScoped
@Transactional
public class Books {

    /** The award's money as the ledger reads it: id, number, call, ministry, that ministry's part, the award's status. */
    private static final String COMMITTED = "select a.id, a.number, a.callId, p.ministryCode, p.amount, a.status"
            + " from Award a join a.parts p where a.status in :booked and p.ministryCode = :ministry";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CallDirectory calls;

    @Inject
    Payments payments;

    @Inject
    MinistryFacade ministries;

    @Inject
    Clock clock;

    /** The ministries whose books the caller reads. */
    public Set<String> readable() {
        return LedgerPermissions.readable(currentUser.caller());
    }

    /** One ministry's books; refused to anyone but its finance users. */
    public Books.Read ledger(String ministryCode) {
        LedgerPermissions.canRead(currentUser.caller(), ministryCode).orThrow();
        List<CallShares> funded = calls.sharesOf(Set.of(ministryCode));
        return new Read(books(ministryCode, funded, payments.ofMinistry(ministryCode)), titles(funded));
    }

    /**
     * One ministry's statement of a month: the calls with what was paid in the month and up to its end (by value
     * date), and the month's payments; refused to anyone but its finance users.
     */
    public MonthlyStatement statement(String ministryCode, YearMonth month) {
        LedgerPermissions.canRead(currentUser.caller(), ministryCode).orThrow();
        List<CallShares> funded = calls.sharesOf(Set.of(ministryCode));
        LedgerPaid paid = new LedgerPaid(payments.ofMinistry(ministryCode), month);
        Ledger toMonthEnd = books(ministryCode, funded, paid.toMonthEnd());
        Map<Long, Long> inMonth = paid.inMonth().stream()
                .collect(Collectors.groupingBy(PaymentRecord::callId, Collectors.summingLong(PaymentRecord::amount)));
        Map<Long, CallShares> byId = titles(funded);
        List<MonthlyStatement.CallLine> lines = toMonthEnd.calls().stream().map(c -> new MonthlyStatement.CallLine(
                c.callId(), title(byId, c, true), title(byId, c, false), c.budget(), c.committed(), c.paid(),
                inMonth.getOrDefault(c.callId(), 0L))).toList();
        List<MonthlyStatement.PaymentLine> shown = paid.inMonth().stream()
                .map(p -> new MonthlyStatement.PaymentLine(p.valueDate(), p.awardNumber(), p.tranchePosition() + 1,
                        p.paymentReference(), p.amount()))
                .toList();
        MinistryView ministry = ministries.ministry(ministryCode).orElseThrow();
        return new MonthlyStatement(ministry.nameZhTw(), ministry.nameEn(), month, clock.instant(), lines, shown);
    }

    /** The month the ledger offers statements up to: the current one in Asia/Taipei. */
    public YearMonth currentMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), Formats.TAIPEI));
    }

    private Ledger books(String ministryCode, List<CallShares> funded, List<PaymentRecord> paid) {
        Map<Long, Map<String, Long>> budgets = funded.stream().collect(Collectors.toMap(CallShares::id,
                c -> c.shares().containsKey(ministryCode) ? Map.of(ministryCode, c.shares().get(ministryCode))
                        : Map.of()));
        Map<Long, Long> paidPerAward = paid.stream()
                .collect(Collectors.groupingBy(PaymentRecord::awardId, Collectors.summingLong(PaymentRecord::amount)));
        List<AwardMoney> awards = em.createQuery(COMMITTED, Object[].class)
                .setParameter("booked", booked()).setParameter("ministry", ministryCode).getResultList().stream()
                .map(r -> {
                    long paidOfIt = paidPerAward.getOrDefault((Long) r[0], 0L);
                    // a terminated award pays nothing more: what it had not paid is no longer committed
                    long committed = AwardWorkflow.state((AwardStatus) r[5]).commits() ? (Long) r[4] : paidOfIt;
                    return new AwardMoney((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], committed, paidOfIt);
                })
                .toList();
        return Ledger.of(budgets, awards).forMinistry(ministryCode);
    }

    /**
     * The award statuses the books hold, as the awards' table says: those that commit the ministries' money (accepted,
     * suspended) and those whose unpaid money returned to the budgets (terminated), for what they paid.
     */
    private static List<AwardStatus> booked() {
        return Arrays.stream(AwardStatus.values())
                .filter(s -> AwardWorkflow.state(s).commits() || AwardWorkflow.state(s).returnsUnpaid()).toList();
    }

    private static Map<Long, CallShares> titles(List<CallShares> funded) {
        return funded.stream().collect(Collectors.toMap(CallShares::id, Function.identity()));
    }

    private static String title(Map<Long, CallShares> byId, CallMoney call, boolean chinese) {
        CallShares shares = byId.get(call.callId());
        return shares == null ? "" : chinese ? shares.titleZhTw() : shares.titleEn();
    }

    /** A ministry's books as read: the ledger, and the calls' titles by id for showing it. */
    public record Read(Ledger ledger, Map<Long, CallShares> calls) {
    }
}
