package org.opendividend.organisations.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Direct access to the stored organisations for the Arquillian tests: what the facade never lets anybody do. */
@ApplicationScoped
@Transactional
public class StoredOrganisations {

    @PersistenceContext
    EntityManager em;

    /** What the database holds of an invitation's token. */
    public String storedToken(long invitationId) {
        return (String) em.createNativeQuery("select token_hash from organisation_invitation where id = ?")
                .setParameter(1, invitationId).getSingleResult();
    }

    /** Moves an invitation's expiry into the past, as if seven days had gone by. */
    public void expire(long invitationId) {
        em.createNativeQuery("update organisation_invitation set expires_at = created_at where id = ?")
                .setParameter(1, invitationId)
                .executeUpdate();
    }

    public long auditEntries(long organisationId, String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_entry where object_type = 'Organisation' "
                        + "and object_id = ? and action = ?")
                .setParameter(1, Long.toString(organisationId))
                .setParameter(2, action)
                .getSingleResult()).longValue();
    }
}
