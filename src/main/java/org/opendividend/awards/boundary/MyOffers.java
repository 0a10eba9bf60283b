package org.opendividend.awards.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The award offers made to the applicant's organisations, for the dashboard: {@code #{myOffers.offers}}. */
@Named
@RequestScoped
public class MyOffers {

    @Inject
    AwardFacade awards;

    private List<AwardView> offers;

    public List<AwardView> getOffers() {
        if (offers == null) {
            offers = awards.mine();
        }
        return offers;
    }
}
