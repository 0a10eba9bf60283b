package org.opendividend.organisations.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The applicant's organisations ({@code /applicant/organisations.xhtml}): those they belong to, with their role, and
 * the form to create a new one. A refused creation keeps everything typed, with the reasons at the fields.
 */
@Named
@ViewScoped
public class OrganisationList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":create:";

    @Inject
    transient OrganisationFacade organisations;

    @Inject
    transient CurrentUser currentUser;

    private final OrganisationForm form = new OrganisationForm();
    private transient List<Membership> memberships;

    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = organisations.mine();
        }
        return memberships;
    }

    public void create() {
        try {
            Organisation created = organisations.create(form.details());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("org.created");
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/applicant/organisation.xhtml?id=" + created.id());
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), FIELDS, "org.field.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isCreatable() {
        return OrganisationPermissions.canCreate(currentUser.caller()).allowed();
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public OrganisationForm getForm() {
        return form;
    }
}
