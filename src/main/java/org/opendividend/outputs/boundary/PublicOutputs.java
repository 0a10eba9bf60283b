package org.opendividend.outputs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.control.MofClassifier;
import org.opendividend.outputs.control.MofComponent;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.outputs.entity.TrackedObligation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tracked outputs of the awards the caller names, as {@link PublicOutput} read records for the public registry,
 * without login. The caller (the registry) names only published awards: outputs does not know which awards are
 * public, awards does. Public by the fund's rule, so reading here checks nobody; what is personal never leaves:
 * no subject of the grantee or of the officer, no check evidence.
 * <p>
 * The officer's reason for "not compliant" is not published either: it is written to the grantee as "what to fix",
 * in free text that may name people or quote a private exchange, and no one reviews it for publication. The public
 * sees the state; the grantee and the officers read the reason on the outputs' pages.
 */
@ApplicationScoped
@Transactional
public class PublicOutputs {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenceCatalogue catalogue;

    /** How many award ids one query names at most (PostgreSQL takes at most 65,535 parameters). */
    static final int CHUNK = 1000;

    /**
     * The tracked outputs of the named awards by award id, each award's in the order of their positions. The models'
     * MOF components come in the same query (a fetch join), not one query per model.
     */
    public Map<Long, List<PublicOutput>> ofAwards(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Map.of();
        }
        MofClassifier classifier = new MofClassifier(catalogue);
        List<Long> all = List.copyOf(new java.util.TreeSet<>(awardIds));
        Map<Long, List<PublicOutput>> found = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery("select o from TrackedObligation o left join fetch o.mofComponents "
                            + "where o.awardId in :awards order by o.awardId, o.position", TrackedObligation.class)
                    .setParameter("awards", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList().stream()
                    .map(o -> record(o, classifier))
                    .forEach(r -> found.computeIfAbsent(r.awardId(), k -> new java.util.ArrayList<>()).add(r));
        }
        return found;
    }

    static PublicOutput record(TrackedObligation o, MofClassifier classifier) {
        boolean registered = o.state() != ObligationState.PLANNED && o.url() != null;
        Integer mofClass = null;
        if (o.type() == OutputType.MODEL_WEIGHTS && registered) {
            mofClass = classifier.assess(o.mofComponents().stream()
                    .map(e -> new MofClassifier.Entry(component(e.component()), e.licence(), e.location()))
                    .toList()).mofClass();
        }
        return new PublicOutput(o.awardId(), o.position(), o.type(), o.title(), registered ? o.url() : null,
                registered && o.declaredLicence() != null ? o.declaredLicence() : o.plannedLicence(), o.state(),
                o.state() == ObligationState.VERIFIED ? o.judgedAt() : null, mofClass, o.requiredMofClass());
    }

    private static MofComponent component(String name) {
        try {
            return MofComponent.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
