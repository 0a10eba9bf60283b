package org.opendividend.ministries.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.ministries.entity.FundProgramme;
import org.opendividend.ministries.entity.Ministry;

import java.util.List;
import java.util.Optional;

/**
 * Reads the ministries and fund programmes, as read records for the pages and other components. Public information:
 * no permission is needed to read it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinistryFacade {

    @PersistenceContext
    EntityManager em;

    public List<MinistryView> activeMinistries() {
        return em.createQuery("select m from Ministry m where m.active = true order by m.code", Ministry.class)
                .getResultList().stream().map(MinistryView::of).toList();
    }

    public Optional<MinistryView> ministry(String code) {
        return Optional.ofNullable(em.find(Ministry.class, code)).map(MinistryView::of);
    }

    /**
     * The ministry's name in both languages ({@code 文化部 / Ministry of Culture}) for texts read in either, such as
     * mails; its code when the fund does not know it.
     */
    public String bilingualName(String code) {
        return ministry(code).map(m -> BilingualText.both(m.nameZhTw(), m.nameEn())).orElse(code);
    }

    public List<ProgrammeView> programmes() {
        return em.createQuery("select p from FundProgramme p order by p.code", FundProgramme.class)
                .getResultList().stream().map(ProgrammeView::of).toList();
    }

    public Optional<ProgrammeView> programme(String code) {
        return Optional.ofNullable(em.find(FundProgramme.class, code)).map(ProgrammeView::of);
    }
}
