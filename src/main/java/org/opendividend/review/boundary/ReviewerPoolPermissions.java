package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.review.entity.PoolMember;

/**
 * Who may see and grow reviewer pools, and who keeps a reviewer's profile. A ministry's pool belongs to its officers;
 * a call's pool to the officers of a ministry that leads or co-funds the call (the calls' own rule,
 * {@link CallStewardship}), who invite into it in their ministry's name. A profile and the answer to an
 * invitation belong to the reviewer alone. Pages render with these decisions and {@link ReviewerFacade} enforces them.
 */
public final class ReviewerPoolPermissions {

    private ReviewerPoolPermissions() {
    }

    /** The pools' page at all: officers. */
    public static Decision canUsePools(Caller caller) {
        return caller.has(Role.OFFICER) ? Decision.allow() : Decision.deny("reviewers.denied.notOfficer");
    }

    /** A ministry's own pool: its officers. */
    public static Decision canManagePool(Caller caller, String ministry) {
        return caller.actsFor(Role.OFFICER, ministry) ? Decision.allow() : Decision.deny("reviewers.denied.notOfMinistry");
    }

    /** A call's pool, in the name of one of the caller's ministries: that ministry must fund the call. */
    public static Decision canManagePool(Caller caller, String ministry, CallSummary call) {
        Decision ofMinistry = canManagePool(caller, ministry);
        if (!ofMinistry.allowed()) {
            return ofMinistry;
        }
        if (!call.funders().contains(ministry)) {
            return Decision.deny("reviewers.denied.notFunder");
        }
        return CallStewardship.ofOfficer(caller, call);
    }

    /** Keeping a reviewer profile: people with the reviewer role, each their own. */
    public static Decision canKeepProfile(Caller caller) {
        return caller.has(Role.REVIEWER) ? Decision.allow() : Decision.deny("reviewers.denied.notReviewer");
    }

    /** Declining an invitation: only the invited reviewer, and only while invited. */
    public static Decision canDecline(Caller caller, PoolMember member) {
        if (!caller.isAuthenticated() || !member.isOf(caller.subject())) {
            return Decision.deny("reviewers.denied.notInvitee");
        }
        return member.status().isAwaitingAnswer() ? Decision.allow()
                : Decision.deny("reviewers.denied.alreadyDeclined");
    }
}
