package org.opendividend.organisations.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One organisation ({@code /applicant/organisation.xhtml?id=…}) for its members: the details (editable by owners),
 * the members with their roles, and for owners the invitation form and the pending invitations with their links.
 * Refused to people who are not members (403) and for organisations that do not exist (404).
 */
@Named
@ViewScoped
public class OrganisationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationFacade organisations;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private long version;
    private transient Organisation organisation;
    private OrganisationForm form;
    private String inviteEmail;
    private String inviteRole = MemberRole.EDITOR.name();
    private String lastLink;
    private final Map<Long, String> roleChoices = new HashMap<>();
    private transient List<Invitation> pending;

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Organisation", "none");
        }
        if (form == null) {
            show(organisations.forMember(id));
        }
    }

    private void show(Organisation loaded) {
        organisation = loaded;
        version = loaded.version();
        form = OrganisationForm.of(loaded);
        roleChoices.clear();
        loaded.members().forEach(m -> roleChoices.put(m.id(), m.role().name()));
        pending = null;
    }

    public void save() {
        attempt(() -> organisations.update(id, version, form.details()), "org.saved", ":details:");
    }

    public void invite() {
        try {
            Invitation invitation = organisations.invite(id, inviteEmail, parseRole(inviteRole));
            lastLink = absolute(organisations.link(invitation.issuedToken()));
            PageMessages.info("org.invited", invitation.email());
            inviteEmail = null;
            pending = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":invite:", "org.field.");
        }
    }

    public void revoke(Invitation invitation) {
        organisations.revoke(id, invitation.id());
        pending = null;
        PageMessages.info("org.revoked");
    }

    public void changeRole(OrganisationMember member) {
        attempt(() -> organisations.changeRole(id, member.id(), parseRole(roleChoices.get(member.id()))), "org.roleChanged", ":members:");
    }

    public void remove(OrganisationMember member) {
        attempt(() -> organisations.remove(id, member.id()), "org.removed", ":members:");
    }

    private void attempt(Supplier<Organisation> change, String doneKey, String fields) {
        try {
            show(change.get());
            PageMessages.info(doneKey);
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), fields, "org.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("org.conflict");
        }
    }

    private static MemberRole parseRole(String name) {
        try {
            return name == null ? null : MemberRole.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The link as the owner can copy it: made absolute with this request's address when not configured. */
    private static String absolute(String link) {
        if (!link.startsWith("/")) {
            return link;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + link;
    }

    public Organisation getOrganisation() {
        if (organisation == null) {
            organisation = organisations.forMember(id);
        }
        return organisation;
    }

    public List<OrganisationMember> getMembers() {
        return getOrganisation().members();
    }

    public List<Invitation> getPendingInvitations() {
        if (pending == null) {
            pending = isOwner() ? organisations.pendingInvitations(id) : List.of();
        }
        return pending;
    }

    public boolean isOwner() {
        return OrganisationPermissions.canManageMembers(currentUser.caller(), getOrganisation()).allowed();
    }

    public MemberRole getMyRole() {
        return getOrganisation().roleOf(currentUser.caller().subject()).orElse(null);
    }

    public boolean canRemove(OrganisationMember member) {
        return OrganisationPermissions.canRemove(currentUser.caller(), getOrganisation(), member).allowed();
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public List<MemberRole> getRoles() {
        return List.of(MemberRole.values());
    }

    public java.time.Instant getNow() {
        return organisations.now();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OrganisationForm getForm() { return form; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String v) { inviteEmail = v; }
    public String getInviteRole() { return inviteRole; }
    public void setInviteRole(String v) { inviteRole = v; }
    public String getLastLink() { return lastLink; }
    public Map<Long, String> getRoleChoices() { return roleChoices; }
}
