package org.opendividend.awards.control;

import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardPart;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.outputs.boundary.ObligationTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An accepted award's obligations as the outputs component tracks them: each with the award's number, organisation
 * and ministries (the lead and every ministry paying a part, whose officers verify the outputs), and the MOF class the
 * call requires of models as a number (3, 2, 1; 0 none). Pure.
 */
public final class ObligationsHandOver {

    private ObligationsHandOver() {
    }

    public static List<ObligationTerms> of(Award award) {
        Set<String> ministries = new TreeSet<>();
        ministries.add(award.leadMinistry());
        award.parts().stream().filter(p -> p.amount() > 0).map(AwardPart::ministryCode).forEach(ministries::add);
        int mofClass = switch (award.requiredMofClass()) {
            case CLASS_I -> 1;
            case CLASS_II -> 2;
            case CLASS_III -> 3;
            case NONE -> 0;
        };
        List<ObligationTerms> terms = new ArrayList<>();
        List<Obligation> obligations = award.obligations();
        for (int position = 0; position < obligations.size(); position++) {
            Obligation o = obligations.get(position);
            terms.add(new ObligationTerms(award.id(), position, award.number(), award.organisationId(), ministries,
                    o.type(), o.title(), o.licenceId(), o.allowedLicences(), o.releaseBy(), o.languages(), mofClass));
        }
        return terms;
    }
}
