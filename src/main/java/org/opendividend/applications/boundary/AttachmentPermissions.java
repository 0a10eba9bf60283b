package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationPermissions;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.security.Decision;

import java.time.Instant;

/**
 * Who may do what with an application's attachments: the organisation's writers upload and delete while the working
 * copy is editable; its members read; officers of a ministry funding the call read what was submitted (for
 * screening), unless their own organisation applies to the same call.
 */
public final class AttachmentPermissions {

    private AttachmentPermissions() {
    }

    /** Writers change attachments while the application is editable; after a request for more information only
     *  when the officer opened the attachments section, until the date given. */
    public static Decision canChange(Caller caller, OrganisationView organisation, Application application, Instant now) {
        Decision writer = OrganisationPermissions.canWriteApplicationsFor(caller, organisation);
        if (!writer.allowed()) {
            return writer;
        }
        return application.mayChange(ScreeningSection.ATTACHMENTS, now) ? Decision.allow()
                : Decision.deny("attachment.denied.notEditable");
    }

    /**
     * The organisation's members read their application's files in any state; an officer who screens the call reads
     * submitted material only ({@link #canScreen}).
     */
    public static Decision canRead(Caller caller, OrganisationView organisation, CallView call, Application application,
                                   boolean callerCompetes) {
        if (OrganisationPermissions.canReadApplicationsOf(caller, organisation).allowed()) {
            return Decision.allow();
        }
        return canScreen(caller, call, application, callerCompetes);
    }

    /**
     * Officers acting for a ministry that funds the call, when the application has been submitted and not withdrawn
     * (a draft is the applicant's own, a withdrawn application is no longer before the fund), and never in a call
     * their own organisation applies to.
     */
    public static Decision canScreen(Caller caller, CallView call, Application application, boolean callerCompetes) {
        Decision officer = CallStewardship.ofOfficer(caller, call);
        if (!officer.allowed()) {
            return officer;
        }
        if (callerCompetes) {
            return Decision.deny("screening.denied.competitor");
        }
        return application.submittedVersions() > 0 && application.status() != ApplicationStatus.WITHDRAWN
                ? Decision.allow() : Decision.deny("attachment.denied.notSubmitted");
    }
}
