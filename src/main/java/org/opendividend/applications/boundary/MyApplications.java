package org.opendividend.applications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.entity.Application;

import java.util.List;

/** The applicant dashboard's list of the applications of their organisations. */
@Named
@RequestScoped
public class MyApplications {

    @Inject
    ApplicationFacade applications;

    private List<Application> shown;

    public List<Application> getApplications() {
        if (shown == null) {
            shown = applications.mine();
        }
        return shown;
    }
}
