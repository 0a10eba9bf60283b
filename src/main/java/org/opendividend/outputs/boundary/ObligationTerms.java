package org.opendividend.outputs.boundary;

import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * One obligation of an accepted award as awards hands it to outputs ({@link OutputsFacade#track}): everything outputs
 * needs to track and check it without reading the awards' data.
 *
 * @param position          the obligation's position in the award, from 0 (the disbursements' gate asks by it)
 * @param ministries        the award's lead and the ministries paying a part: their officers give the verdicts
 * @param allowedLicences   the licences the call allows for the type, as "a, b" (empty: any open for the type)
 * @param languages         the target languages (ISO 639 codes, as "hak, zho")
 * @param requiredMofClass  the class the call requires of models: 3, 2, 1, or 0 for none
 */
public record ObligationTerms(long awardId, int position, String awardNumber, long organisationId,
        Collection<String> ministries, OutputType type, String title, String plannedLicence, String allowedLicences,
        LocalDate releaseBy, String languages, int requiredMofClass) {

    public ObligationTerms {
        ministries = Set.copyOf(ministries);
    }
}
