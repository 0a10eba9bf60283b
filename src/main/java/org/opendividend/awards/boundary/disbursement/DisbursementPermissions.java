package org.opendividend.awards.boundary.disbursement;

import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow.Who;
import org.opendividend.awards.entity.disbursement.SeparationOfDuties;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.Collection;

/**
 * Who may do what with an award's disbursements (issue #12): the grantee (an owner or editor of the award's
 * organisation, as an applicant) requests a tranche; an officer, an approver and a finance user of the ministry that
 * pays a share check, approve and pay it, each only for their own ministry, nobody twice in one chain
 * ({@link SeparationOfDuties}) and nobody for their own organisation's award; the organisation's members and the
 * paying ministries' staff read them. {@link DisbursementFacade} enforces these; the pages render with them.
 */
public final class DisbursementPermissions {

    static final String NOT_GRANTEE = "denied.disbursement.notGrantee";
    static final String NOT_YOURS = "denied.disbursement.notYours";
    static final String NOT_OFFICER = "denied.disbursement.notOfficerOfMinistry";
    static final String NOT_APPROVER = "denied.disbursement.notApproverOfMinistry";
    static final String NOT_FINANCE = "denied.disbursement.notFinanceOfMinistry";
    static final String OWN_ORGANISATION = "denied.disbursement.ownOrganisation";

    private DisbursementPermissions() {
    }

    /** Requesting a tranche: an applicant who owns or edits the award's organisation. */
    public static Decision canRequest(Caller caller, OrganisationView organisation) {
        boolean writes = organisation.roleOf(caller.subject()).filter(MemberRole::writes).isPresent();
        return caller.has(Role.APPLICANT) && writes ? Decision.allow() : Decision.deny(NOT_GRANTEE);
    }

    /** Reading an award's disbursements: its organisation's members, and the staff of a ministry paying a part. */
    public static Decision canRead(Caller caller, OrganisationView organisation, Collection<String> payingMinistries) {
        if (organisation.roleOf(caller.subject()).isPresent()) {
            return Decision.allow();
        }
        boolean staff = payingMinistries.stream().anyMatch(m -> caller.actsFor(Role.OFFICER, m)
                || caller.actsFor(Role.APPROVER, m) || caller.actsFor(Role.FINANCE, m));
        return staff ? Decision.allow() : Decision.deny(NOT_YOURS);
    }

    /**
     * Reading a share's report PDF: the award's organisation's members, and the officers, approvers and finance users
     * of the ministry that pays this share (not those of another paying ministry, which read their own share's).
     */
    public static Decision canReadReport(Caller caller, OrganisationView organisation, Disbursement share) {
        if (organisation.roleOf(caller.subject()).isPresent()) {
            return Decision.allow();
        }
        String ministry = share.ministryCode();
        boolean staff = caller.actsFor(Role.OFFICER, ministry) || caller.actsFor(Role.APPROVER, ministry)
                || caller.actsFor(Role.FINANCE, ministry);
        return staff ? Decision.allow() : Decision.deny(NOT_YOURS);
    }

    /**
     * A staff step ({@code who}: officer, approver or finance) on a share: the role for the share's ministry, not for
     * one's own organisation's award, and nobody who took a step in this chain already.
     */
    public static Decision canStep(Caller caller, Who who, Disbursement share, OrganisationView organisation) {
        Decision role = staffOfMinistry(caller, who, share.ministryCode());
        if (!role.allowed()) {
            return role;
        }
        if (organisation.roleOf(caller.subject()).isPresent()) {
            return Decision.deny(OWN_ORGANISATION);
        }
        return share.mayAct(caller.subject()) ? Decision.allow() : Decision.deny(SeparationOfDuties.ALREADY_ACTED);
    }

    /** The role a staff step needs, for the paying ministry. */
    public static Decision staffOfMinistry(Caller caller, Who who, String ministryCode) {
        return switch (who) {
            case OFFICER -> caller.actsFor(Role.OFFICER, ministryCode) ? Decision.allow() : Decision.deny(NOT_OFFICER);
            case APPROVER -> caller.actsFor(Role.APPROVER, ministryCode) ? Decision.allow()
                    : Decision.deny(NOT_APPROVER);
            case FINANCE -> caller.actsFor(Role.FINANCE, ministryCode) ? Decision.allow() : Decision.deny(NOT_FINANCE);
            case GRANTEE -> Decision.deny(NOT_GRANTEE);
        };
    }

    /** The staff role that takes a step of the table. */
    public static Role roleOf(Who who) {
        return switch (who) {
            case OFFICER -> Role.OFFICER;
            case APPROVER -> Role.APPROVER;
            case FINANCE -> Role.FINANCE;
            case GRANTEE -> Role.APPLICANT;
        };
    }
}
