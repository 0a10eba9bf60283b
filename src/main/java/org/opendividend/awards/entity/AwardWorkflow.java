package org.opendividend.awards.entity;

import org.opendividend.platform.workflow.Workflow;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.opendividend.awards.entity.AwardAction.ACCEPT_AWARD;
import static org.opendividend.awards.entity.AwardAction.DECLINE_AWARD;
import static org.opendividend.awards.entity.AwardAction.RESUME_AWARD;
import static org.opendividend.awards.entity.AwardAction.SUSPEND_AWARD;
import static org.opendividend.awards.entity.AwardAction.TERMINATE_AWARD;
import static org.opendividend.awards.entity.AwardAction.WITHDRAW_AWARD;
import static org.opendividend.awards.entity.AwardStatus.ACCEPTED;
import static org.opendividend.awards.entity.AwardStatus.DECLINED;
import static org.opendividend.awards.entity.AwardStatus.OFFERED;
import static org.opendividend.awards.entity.AwardStatus.SUSPENDED;
import static org.opendividend.awards.entity.AwardStatus.TERMINATED;
import static org.opendividend.awards.entity.AwardStatus.WITHDRAWN;

/**
 * An award offer as one table: the applicant organisation's owner accepts or declines it (before the deadline, which
 * the permission checks on the server's clock), the lead ministry's officer may withdraw it while unanswered. An offer
 * starts {@link AwardStatus#OFFERED} ({@link AwardAction#OFFER_AWARD} creates it; no row leads into it again).
 */
public final class AwardWorkflow {

    /** Who takes a step, relative to the award. */
    public enum Who { OWNER, LEAD_OFFICER, LEAD_APPROVER }

    /**
     * What holds while an award is in a state.
     *
     * @param awaitsAnswer the organisation's owner has to accept or decline it
     * @param binding      the grant agreement binds and pays: its tranches are requested and paid on their schedule
     * @param freesMoney   its money is free again, for the next application on the reserve list
     * @param commits      the ministries' money is committed to it in the ledger (accepted, suspended)
     * @param returnsUnpaid nothing more is paid: what it had not paid returns to the ministries' budgets (terminated)
     */
    public record State(boolean awaitsAnswer, boolean binding, boolean freesMoney, boolean commits,
                        boolean returnsUnpaid) {
    }

    public static final Workflow<AwardStatus, AwardAction, Who, State> RULES = new Workflow<>(
            AwardStatus.class,
            List.of(
                    row(OFFERED, ACCEPT_AWARD, ACCEPTED, Who.OWNER),
                    row(OFFERED, DECLINE_AWARD, DECLINED, Who.OWNER),
                    row(OFFERED, WITHDRAW_AWARD, WITHDRAWN, Who.LEAD_OFFICER),
                    row(ACCEPTED, SUSPEND_AWARD, SUSPENDED, Who.LEAD_APPROVER),
                    row(SUSPENDED, RESUME_AWARD, ACCEPTED, Who.LEAD_APPROVER),
                    row(ACCEPTED, TERMINATE_AWARD, TERMINATED, Who.LEAD_APPROVER),
                    row(SUSPENDED, TERMINATE_AWARD, TERMINATED, Who.LEAD_APPROVER)),
            Map.ofEntries(
                    entry(OFFERED, new State(true, false, false, false, false)),
                    entry(ACCEPTED, new State(false, true, false, true, false)),
                    entry(DECLINED, new State(false, false, true, false, false)),
                    entry(WITHDRAWN, new State(false, false, true, false, false)),
                    entry(SUSPENDED, new State(false, false, false, true, false)),
                    entry(TERMINATED, new State(false, false, false, false, true))));

    private AwardWorkflow() {
    }

    public static State state(AwardStatus status) {
        return RULES.state(status);
    }

    private static Workflow.Transition<AwardStatus, AwardAction, Who> row(
            AwardStatus from, AwardAction action, AwardStatus to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }
}
