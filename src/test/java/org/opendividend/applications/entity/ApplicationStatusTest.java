package org.opendividend.applications.entity;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The applicant reads the screening's verdict exactly in the states screening leads to. */
class ApplicationStatusTest {

    @Test
    void theVerdictShownFollowsTheScreeningsOutcomeStates() {
        assertEquals(Optional.of("screening.applicant.eligible"), ApplicationStatus.ELIGIBLE.screeningVerdictKey());
        assertEquals(Optional.of("screening.applicant.ineligible"), ApplicationStatus.INELIGIBLE.screeningVerdictKey());
        assertEquals(Optional.of("screening.applicant.moreInfo"), ApplicationStatus.MORE_INFO_REQUESTED.screeningVerdictKey());
        for (ApplicationStatus other : EnumSet.complementOf(EnumSet.of(ApplicationStatus.ELIGIBLE,
                ApplicationStatus.INELIGIBLE, ApplicationStatus.MORE_INFO_REQUESTED))) {
            assertEquals(Optional.empty(), other.screeningVerdictKey(), other.name());
        }
    }
}
