package org.opendividend.outputs.boundary;

import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.Collection;

/**
 * Who may do what with an award's output obligations (issue #13): the award's organisation's members read them, its
 * owners and editors (as applicants) register the outputs; officers of the award's ministries (its lead and every
 * ministry paying a part) read them and give the verdicts, never for an award of their own organisation.
 * {@link OutputsFacade} enforces these; the pages render with them.
 */
public final class OutputPermissions {

    static final String NOT_YOURS = "denied.outputs.notYours";
    static final String NOT_GRANTEE = "denied.outputs.notGrantee";
    static final String NOT_OFFICER = "denied.outputs.notOfficerOfMinistry";
    static final String OWN_ORGANISATION = "denied.outputs.ownOrganisation";

    private OutputPermissions() {
    }

    /** Reading the obligations of an award: its organisation's members and the officers of its ministries. */
    public static Decision canRead(Caller caller, OrganisationView organisation, Collection<String> ministries) {
        if (organisation.roleOf(caller.subject()).isPresent() || officerOfOne(caller, ministries)) {
            return Decision.allow();
        }
        return Decision.deny(NOT_YOURS);
    }

    /** Registering an output: an applicant who owns or edits the award's organisation. */
    public static Decision canRegister(Caller caller, OrganisationView organisation) {
        boolean writes = organisation.roleOf(caller.subject()).filter(MemberRole::writes).isPresent();
        return caller.has(Role.APPLICANT) && writes ? Decision.allow() : Decision.deny(NOT_GRANTEE);
    }

    /** A verdict: an officer of one of the award's ministries who is not a member of its organisation. */
    public static Decision canJudge(Caller caller, OrganisationView organisation, Collection<String> ministries) {
        if (!officerOfOne(caller, ministries)) {
            return Decision.deny(NOT_OFFICER);
        }
        return organisation.roleOf(caller.subject()).isPresent() ? Decision.deny(OWN_ORGANISATION)
                : Decision.allow();
    }

    /** The officers' queue: officers only (each sees the obligations of their own ministries). */
    public static Decision canReadQueue(Caller caller) {
        return caller.has(Role.OFFICER) && !caller.ministries().isEmpty() ? Decision.allow()
                : Decision.deny(NOT_OFFICER);
    }

    private static boolean officerOfOne(Caller caller, Collection<String> ministries) {
        return ministries.stream().anyMatch(m -> caller.actsFor(Role.OFFICER, m));
    }
}
