package org.opendividend.awards.boundary.disbursement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What waits for an officer (check or return), an approver (approve or return) or a finance user (record the payment
 * with its reference and value date) of their ministries ({@code /officer/disbursements.xhtml} and the approver's and
 * finance's, one include). Each share shows its report and steps; its buttons only where the facade would allow the
 * step, which it checks again. Each payment form carries an idempotency key of its own, so that a double submit pays
 * once.
 */
@Named
@ViewScoped
public class DisbursementQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DisbursementFacade disbursements;

    @Inject
    transient DisbursementQueues queues;

    private Who as;
    private Long award;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> references = new HashMap<>();
    private final Map<Long, String> valueDates = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();
    private transient List<DisbursementView> waiting;

    /** The page's role: {@code OFFICER}, {@code APPROVER} or {@code FINANCE}; one award's with {@code ?award=}. */
    public void loadAs(String who) {
        as = Who.valueOf(who);
        waiting = null;
        // read now, so that an award of other ministries is refused (403) before the page renders
        getWaiting();
    }

    public Long getAward() {
        return award;
    }

    public void setAward(Long award) {
        this.award = award;
    }

    public List<DisbursementView> getWaiting() {
        if (waiting == null) {
            waiting = queues.waiting(as, award);
            waiting.forEach(d -> keys.computeIfAbsent(d.id(), id -> UUID.randomUUID().toString()));
        }
        return waiting;
    }

    public String getRole() {
        return as == null ? "" : as.name();
    }

    public boolean isOfficer() {
        return as == Who.OFFICER;
    }

    public boolean isApprover() {
        return as == Who.APPROVER;
    }

    public boolean isFinance() {
        return as == Who.FINANCE;
    }

    public void check(DisbursementView d) {
        act(() -> disbursements.check(d.id(), d.version()), "disbursement.page.checked");
    }

    public void approve(DisbursementView d) {
        act(() -> disbursements.approve(d.id(), d.version()), "disbursement.page.approved");
    }

    public void giveBack(DisbursementView d) {
        act(() -> disbursements.returnToGrantee(d.id(), reasons.get(d.id()), d.version()),
                "disbursement.page.returned");
    }

    public void pay(DisbursementView d) {
        LocalDate valueDate;
        try {
            String typed = valueDates.get(d.id());
            valueDate = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            PageMessages.problems(List.of(FieldProblem.of("valueDate", "disbursement.problem.valueDateRequired")),
                    "queue:", "disbursement.page.field.");
            return;
        }
        act(() -> disbursements.pay(d.id(), references.get(d.id()), valueDate, keys.get(d.id())),
                "disbursement.page.paid");
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            PageMessages.info(done);
            waiting = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "queue:", "disbursement.page.field.");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
            waiting = null;
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            waiting = null;
            PageMessages.error("disbursement.page.conflict");
        }
    }

    public int getReasonMax() {
        return Disbursement.REASON_MAX;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getReferences() {
        return references;
    }

    public Map<Long, String> getValueDates() {
        return valueDates;
    }
}
