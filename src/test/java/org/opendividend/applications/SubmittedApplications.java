package org.opendividend.applications;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.identity.Caller;

/**
 * A submitted application for the in-container tests, through the facades as people do: a new applicant founds an
 * organisation and submits complete content to the call. Leaves the test acting as that applicant.
 */
@Dependent
public class SubmittedApplications {

    @Inject
    OrganisationFacade organisations;

    @Inject
    ApplicationFacade applications;

    @Inject
    ActingAs acting;

    public Application submitted(FundingCall call, Caller owner) {
        acting.as(owner);
        Organisation organisation = organisations.create(new OrganisationDetails("客語研究協會 " + owner.subject().substring(0, 6),
                "Hakka Research Association", OrganisationType.NON_PROFIT, "04595257", "台北市", null));
        Application draft = applications.start(call.id(), organisation.id());
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call, call.minGrant()));
        applications.submit(saved.id(), saved.version());
        return applications.forMember(saved.id());
    }
}
