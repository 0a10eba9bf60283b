package org.opendividend.applications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.platform.identity.CurrentUser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calls to which the person's own organisations apply (with an application in any state). In those calls the
 * person is a competitor: whatever their roles, they never see the other applications (a conflict of interest,
 * said with its reason). Read once per request.
 */
@RequestScoped
public class OwnApplications {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationFacade organisations;

    @Inject
    CurrentUser currentUser;

    /** Whose calls were read: read again when the request acts for someone else (tests switch the caller). */
    private String readFor;
    private Set<Long> calls;

    /** The calls the person's organisations apply to; empty for a person of no organisation. */
    public Set<Long> calls() {
        String subject = currentUser.caller().subject();
        if (calls == null || !java.util.Objects.equals(subject, readFor)) {
            readFor = subject;
            List<Long> own = organisations.mine().stream().map(m -> m.organisation().id()).toList();
            calls = own.isEmpty() ? Set.of() : em.createQuery("select distinct a.callId from Application a "
                            + "where a.organisationId in :own", Long.class)
                    .setParameter("own", own).getResultList().stream().collect(Collectors.toUnmodifiableSet());
        }
        return calls;
    }

    public boolean competesIn(long callId) {
        return calls().contains(callId);
    }
}
