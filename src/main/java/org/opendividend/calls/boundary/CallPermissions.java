package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallActor;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

/**
 * Who may do what with a call, decided on the person and the call: officers act for the ministries in their token;
 * the lead ministry's officers write the call, co-funders manage only their own share and only a co-funder's
 * approver accepts or declines it, an approver of the lead
 * ministry who never edited it publishes it. Pages render with these decisions and the facade enforces them.
 */
public final class CallPermissions {

    private CallPermissions() {
    }

    public static Decision canCreate(Caller caller, String ministry) {
        return caller.actsFor(Role.OFFICER, ministry) ? Decision.allow() : Decision.deny("denied.call.notOfficerOfMinistry");
    }

    /** Published calls are public; drafts only for the staff of the funding ministries and the fund-admin. */
    public static Decision canSee(Caller caller, FundingCall call) {
        if (call.recordedStatus().isPublic() || isStaffOfFunder(caller, call) || caller.has(Role.FUND_ADMIN)) {
            return Decision.allow();
        }
        return Decision.deny("denied.call.notVisible");
    }

    /**
     * Staff views (lists, drafts) for officers, approvers and finance of a funding ministry, and the fund-admin. An
     * officer is refused by the officers' rule ({@link CallStewardship}), with its reason, as screening refuses them.
     */
    public static Decision canSeeAsStaff(Caller caller, FundingCall call) {
        if (isStaffOfFunder(caller, call) || caller.has(Role.FUND_ADMIN)) {
            return Decision.allow();
        }
        return caller.has(Role.OFFICER) ? CallStewardship.ofOfficer(caller, call) : Decision.deny("denied.call.notVisible");
    }

    public static Decision canEditDraft(Caller caller, FundingCall call) {
        if (!caller.actsFor(Role.OFFICER, call.leadMinistry())) {
            return Decision.deny("denied.call.notLeadOfficer");
        }
        return call.isRevisable() ? Decision.allow() : Decision.deny("denied.call.notDraft");
    }

    public static Decision canManageShare(Caller caller, FundingCall call, String ministry) {
        if (!call.isFundedBy(ministry) || !caller.actsFor(Role.OFFICER, ministry)) {
            return Decision.deny("denied.call.notCoFunder");
        }
        return call.isRevisable() ? Decision.allow() : Decision.deny("denied.call.notDraft");
    }

    /**
     * A co-funding ministry's money is committed only by that ministry: only its own approver accepts or declines
     * the share the call asks of it, while the call is a draft.
     */
    public static Decision canDecideShare(Caller caller, FundingCall call, String ministry) {
        if (!call.coFunders().contains(ministry) || !caller.actsFor(Role.APPROVER, ministry)) {
            return Decision.deny("denied.call.notShareApprover");
        }
        return call.isRevisable() ? Decision.allow() : Decision.deny("denied.call.notDraft");
    }

    public static Decision canCorrectTexts(Caller caller, FundingCall call, Instant now) {
        if (!caller.actsFor(Role.OFFICER, call.leadMinistry())) {
            return Decision.deny("denied.call.notLeadOfficer");
        }
        return call.canCorrectTextsAt(now) ? Decision.allow() : Decision.deny("denied.call.closed");
    }

    public static Decision canExtendDeadline(Caller caller, FundingCall call, Instant now) {
        if (!caller.actsFor(Role.OFFICER, call.leadMinistry())) {
            return Decision.deny("denied.call.notLeadOfficer");
        }
        return call.canExtendDeadlineAt(now) ? Decision.allow() : Decision.deny("denied.call.notPublished");
    }

    /** A step of the lifecycle, by the "who" column of the transition table. */
    public static Decision canTake(Caller caller, FundingCall call, CallAction action, Instant now) {
        var transition = CallWorkflow.find(call.statusAt(now), action);
        if (transition.isEmpty()) {
            return Decision.deny("denied.call.notPossibleNow");
        }
        return switch (transition.get().who()) {
            case LEAD_OFFICER -> caller.actsFor(Role.OFFICER, call.leadMinistry()) ? Decision.allow()
                    : Decision.deny("denied.call.notLeadOfficer");
            case LEAD_APPROVER_NOT_EDITOR -> !caller.actsFor(Role.APPROVER, call.leadMinistry())
                    ? Decision.deny("denied.call.notLeadApprover")
                    : call.authorship().hasEdited(caller.subject()) ? Decision.deny("denied.call.fourEyes") : Decision.allow();
            case SYSTEM -> Decision.deny("denied.call.systemOnly");
            case FUNDING_DECISION -> Decision.deny("denied.call.byFundingDecision");
        };
    }

    /**
     * Who opens the applicant response window, and when: an officer of the lead ministry, as for the decision, while
     * the call takes its funding decision (its table says: closed or in review).
     */
    public static Decision canOpenResponseWindow(Caller caller, FundingCall call, Instant now) {
        if (!caller.actsFor(Role.OFFICER, call.leadMinistry())) {
            return Decision.deny("denied.call.notLeadOfficer");
        }
        return CallWorkflow.state(call.statusAt(now)).takesFundingDecision() ? Decision.allow()
                : Decision.deny("denied.call.notPossibleNow");
    }

    /**
     * Who records that the call's funding decision was taken: the approver whose step took it, an approver of a
     * ministry that leads or co-funds the call (which step takes the decision is the review's to say).
     */
    public static Decision canRecordFundingDecision(Caller caller, FundingCall call) {
        return call.shares().keySet().stream().anyMatch(m -> caller.actsFor(Role.APPROVER, m)) ? Decision.allow()
                : Decision.deny("denied.call.notFunderApprover");
    }

    private static boolean isStaffOfFunder(Caller caller, FundingCall call) {
        return CallStewardship.ofOfficer(caller, call).allowed() || call.shares().keySet().stream().anyMatch(m ->
                caller.actsFor(Role.APPROVER, m) || caller.actsFor(Role.FINANCE, m));
    }
}
