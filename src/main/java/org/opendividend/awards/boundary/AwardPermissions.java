package org.opendividend.awards.boundary;

import org.opendividend.awards.entity.Award;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

/**
 * Who may do what with a call's award offers (issue #11, item 6): an officer of the call's lead ministry offers the
 * awards of a taken decision and the next application on the reserve list, and withdraws an unanswered offer; the
 * officers of the ministries that lead or co-fund the call read its offers; the applicant organisation's members read
 * their organisation's offer and only its owner accepts or declines it, before its deadline. Nobody whose own
 * organisation applies to the call offers or reads another's offer in it (a competitor, as for the decision).
 * {@link AwardFacade} enforces these; the pages render with them.
 */
public final class AwardPermissions {

    static final String NOT_OF_CALL = "denied.award.notOfCall";
    static final String NOT_LEAD_OFFICER = "denied.award.notLeadOfficer";
    static final String COMPETITOR = "denied.award.competitor";
    static final String NOT_YOURS = "denied.award.notYours";
    static final String NOT_OWNER = "denied.award.notOwner";
    static final String DEADLINE_PASSED = "denied.award.deadlinePassed";
    static final String NOT_LEAD_APPROVER = "denied.award.notLeadApprover";
    static final String OWN_PROPOSAL = "denied.award.ownProposal";

    private AwardPermissions() {
    }

    /** The call's offers: officers of the ministries that lead or co-fund it. */
    public static Decision canReadOffersOf(Caller caller, CallView call, boolean callerCompetes) {
        return unlessCompeting(CallStewardship.ofOfficer(caller, call).allowed() ? Decision.allow()
                : Decision.deny(NOT_OF_CALL), callerCompetes);
    }

    /** Offering the awards of a taken decision, the next on the reserve list, withdrawing: the lead's officers. */
    public static Decision canOffer(Caller caller, CallView call, boolean callerCompetes) {
        return unlessCompeting(caller.actsFor(Role.OFFICER, call.leadMinistry()) ? Decision.allow()
                : Decision.deny(NOT_LEAD_OFFICER), callerCompetes);
    }

    /** One offer: every member of the organisation it is made to, and the officers who read the call's offers. */
    public static Decision canRead(Caller caller, OrganisationView organisation, CallView call,
                                   boolean callerCompetes) {
        if (organisation.roleOf(caller.subject()).isPresent()) {
            return Decision.allow();
        }
        Decision staff = canReadOffersOf(caller, call, callerCompetes);
        return staff.allowed() || COMPETITOR.equals(staff.reasonKey()) ? staff : Decision.deny(NOT_YOURS);
    }

    /** Accepting or declining: the organisation's owner, as an applicant, while the offer's deadline has not passed. */
    public static Decision canAnswer(Caller caller, Award award, OrganisationView organisation, Instant now) {
        boolean owner = caller.has(Role.APPLICANT)
                && organisation.roleOf(caller.subject()).filter(r -> r == MemberRole.OWNER).isPresent();
        if (!owner) {
            return Decision.deny(organisation.roleOf(caller.subject()).isPresent() ? NOT_OWNER : NOT_YOURS);
        }
        return !now.isBefore(award.offerDeadline()) ? Decision.deny(DEADLINE_PASSED) : Decision.allow();
    }

    /**
     * Deciding a measure an officer proposed (suspend, resume, terminate): an approver of the call's lead ministry who
     * did not propose it (four eyes, whatever other roles they hold).
     */
    public static Decision canDecideMeasure(Caller caller, CallView call, boolean proposedByCaller,
                                            boolean callerCompetes) {
        if (!caller.actsFor(Role.APPROVER, call.leadMinistry())) {
            return Decision.deny(NOT_LEAD_APPROVER);
        }
        return unlessCompeting(proposedByCaller ? Decision.deny(OWN_PROPOSAL) : Decision.allow(), callerCompetes);
    }

    private static Decision unlessCompeting(Decision role, boolean callerCompetes) {
        return role.allowed() && callerCompetes ? Decision.deny(COMPETITOR) : role;
    }
}
