package org.opendividend.ministries.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public landing page: what the fund is and which ministries run it. */
@Named
@RequestScoped
public class Landing {

    @Inject
    MinistryFacade ministries;

    private ProgrammeView programme;
    private List<MinistryView> activeMinistries;

    /** The fund programme shown on the landing page: the first one, as a deployment usually runs one fund. */
    public ProgrammeView getProgramme() {
        if (programme == null) {
            programme = ministries.programmes().stream().findFirst().orElse(null);
        }
        return programme;
    }

    public List<MinistryView> getMinistries() {
        if (activeMinistries == null) {
            activeMinistries = ministries.activeMinistries();
        }
        return activeMinistries;
    }
}
