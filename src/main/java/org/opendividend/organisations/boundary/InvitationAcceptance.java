package org.opendividend.organisations.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.PageMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The invitation link ({@code /applicant/join.xhtml?token=…}): says which organisation invites the person with
 * which role, and lets them accept; an unknown, expired, used or revoked link is said so in plain words.
 */
@Named
@ViewScoped
public class InvitationAcceptance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationFacade organisations;

    private String token;
    private InvitationPreview preview;
    private boolean loaded;

    public void load() {
        if (!loaded) {
            preview = organisations.preview(token).orElse(null);
            loaded = true;
        }
    }

    public void accept() {
        try {
            Organisation joined = organisations.accept(token);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("org.joined");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/applicant/organisation.xhtml?id=" + joined.id());
        } catch (AccessDeniedException refused) {
            preview = organisations.preview(token).orElse(null);
            PageMessages.error(refused.reasonKey());
        } catch (RuntimeException failed) {
            if (!org.opendividend.platform.validation.ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            preview = null;
            PageMessages.error("org.denied.invitation.used");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reason the link cannot be used, as a message key; {@code null} when it can. */
    public String getRefusal() {
        if (preview == null) {
            return "org.join.unknown";
        }
        return preview.decision().allowed() ? null : preview.decision().reasonKey();
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public InvitationPreview getPreview() { return preview; }
}
