package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.organisations.boundary.OrganisationPermissions;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

/**
 * Who may do what with an application's attachments: the organisation's writers upload and delete while the working
 * copy is editable; its members read; officers of a ministry funding the call read (for screening).
 */
public final class AttachmentPermissions {

    private AttachmentPermissions() {
    }

    /** Writers change attachments while the application is editable; after a request for more information only
     *  when the officer opened the attachments section, until the date given. */
    public static Decision canChange(Caller caller, Organisation organisation, Application application, Instant now) {
        Decision writer = OrganisationPermissions.canWriteApplicationsFor(caller, organisation);
        if (!writer.allowed()) {
            return writer;
        }
        return application.mayChange(ScreeningSection.ATTACHMENTS, now) ? Decision.allow()
                : Decision.deny("attachment.denied.notEditable");
    }

    public static Decision canRead(Caller caller, Organisation organisation, FundingCall call) {
        if (OrganisationPermissions.canReadApplicationsOf(caller, organisation).allowed()) {
            return Decision.allow();
        }
        return canScreen(caller, call);
    }

    /** Officers acting for a ministry that funds the call. */
    public static Decision canScreen(Caller caller, FundingCall call) {
        boolean officer = caller.isAuthenticated()
                && caller.ministries().stream().anyMatch(m -> caller.actsFor(Role.OFFICER, m) && call.isFundedBy(m));
        return officer ? Decision.allow() : Decision.deny("attachment.denied.notReader");
    }
}
