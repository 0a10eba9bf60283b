package org.opendividend.applications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.Membership;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Starting an application ({@code /applicant/apply.xhtml?call=…}): the applicant picks the organisation that
 * applies, among those they may write applications for, and lands in the wizard.
 */
@Named
@ViewScoped
public class ApplicationStart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationFacade applications;

    @Inject
    transient OrganisationFacade organisations;

    @Inject
    transient CallDirectory calls;

    private Long callId;
    private transient CallView call;

    public void load() {
        if (callId == null) {
            throw new NoSuchObjectException("Call", "none");
        }
        getCall();
    }

    public CallView getCall() {
        if (call == null) {
            call = calls.publicCall(callId).orElseThrow(() -> new NoSuchObjectException("Call", callId));
        }
        return call;
    }

    public boolean isOpen() {
        return getCall().acceptsApplicationsAt(applications.now());
    }

    public List<Membership> getWritable() {
        return organisations.mine().stream().filter(m -> m.role().writes()).toList();
    }

    public String start(long organisationId) {
        try {
            Application started = applications.start(callId, organisationId);
            return "/applicant/application.xhtml?faces-redirect=true&id=" + started.id();
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":start:", "wizard.field.");
            return null;
        }
    }

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
}
