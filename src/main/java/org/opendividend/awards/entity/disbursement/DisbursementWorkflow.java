package org.opendividend.awards.entity.disbursement;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.APPROVE_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.APPROVE_TRANCHE_FIRST;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.CHECK_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.RECORD_PAYMENT;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.REQUEST_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementAction.RETURN_TRANCHE;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.APPROVED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.APPROVED_ONCE;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.CHECKED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.PAID;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.REQUESTED;
import static org.opendividend.awards.entity.disbursement.DisbursementStatus.RETURNED;

/**
 * One ministry's share of a tranche as one table: the grantee requests it ({@link DisbursementAction#REQUEST_TRANCHE}
 * creates it, and requests it again after a return), an officer of the paying ministry checks the report, an approver
 * approves it (above the second-approval amount a first approver leads to {@link DisbursementStatus#APPROVED_ONCE}
 * and a second, different one approves), a finance user records the payment. Each staff step before the payment may
 * return it with a reason. That each step is taken by a different person is {@link SeparationOfDuties}'.
 */
public final class DisbursementWorkflow {

    /** Who takes a step, relative to the disbursement: its award's organisation, or the paying ministry's staff. */
    public enum Who { GRANTEE, OFFICER, APPROVER, FINANCE }

    /**
     * What holds while a disbursement is in a state.
     *
     * @param waitsFor who takes the next step ({@code null} when nothing is left to do)
     * @param paid     the money went out: it counts as paid
     * @param open     the request is on its way (neither paid nor returned): the tranche is not requested again
     * @param reportAccepted the officer accepted the request's report (the next tranche may be requested)
     */
    public record State(Who waitsFor, boolean paid, boolean open, boolean reportAccepted) {
    }

    public static final Workflow<DisbursementStatus, DisbursementAction, Who, State> RULES = new Workflow<>(
            DisbursementStatus.class,
            List.of(
                    row(REQUESTED, CHECK_TRANCHE, CHECKED, Who.OFFICER),
                    row(REQUESTED, RETURN_TRANCHE, RETURNED, Who.OFFICER),
                    row(CHECKED, APPROVE_TRANCHE, APPROVED, Who.APPROVER),
                    row(CHECKED, APPROVE_TRANCHE_FIRST, APPROVED_ONCE, Who.APPROVER),
                    row(CHECKED, RETURN_TRANCHE, RETURNED, Who.APPROVER),
                    row(APPROVED_ONCE, APPROVE_TRANCHE, APPROVED, Who.APPROVER),
                    row(APPROVED_ONCE, RETURN_TRANCHE, RETURNED, Who.APPROVER),
                    row(APPROVED, RECORD_PAYMENT, PAID, Who.FINANCE),
                    row(RETURNED, REQUEST_TRANCHE, REQUESTED, Who.GRANTEE)),
            Map.ofEntries(
                    entry(REQUESTED, new State(Who.OFFICER, false, true, false)),
                    entry(CHECKED, new State(Who.APPROVER, false, true, true)),
                    entry(APPROVED_ONCE, new State(Who.APPROVER, false, true, true)),
                    entry(APPROVED, new State(Who.FINANCE, false, true, true)),
                    entry(PAID, new State(null, true, false, true)),
                    entry(RETURNED, new State(Who.GRANTEE, false, false, false))));

    private DisbursementWorkflow() {
    }

    public static State state(DisbursementStatus status) {
        return RULES.state(status);
    }

    private static Workflow.Transition<DisbursementStatus, DisbursementAction, Who> row(
            DisbursementStatus from, DisbursementAction action, DisbursementStatus to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
